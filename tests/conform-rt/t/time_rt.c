// ctime and localtime of fixed times.  ctime's text depends on the time
// zone, so only its shape is shown; localtime's TZ-independent fields are
// shown (seconds, minutes for a whole-hour zone), and the array's shape.
#include <conform.h>

void create() {
    int t = 1000000000;   // 2001-09-09 01:46:40 UTC
    string c = ctime(t);
    mixed lt = localtime(t), bad = "x";
    show("ctime length", strlen(c));
    show("ctime (runner TZ is UTC)", c);
    show("ctime of 0", ctime(0));
    show("ctime single-digit day", ctime(1234567));
    show("ctime shape", ({ c[3], c[7], c[10], c[13], c[16], c[19] }));
    show("ctime year", c[20..]);
    show("ctime of epoch+1 day year", ctime(86400 * 365 * 10)[20..]);
    show("ctime weekday names valid", member_array(c[0..2], ({ "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" })) >= 0);
    show("ctime month valid", member_array(c[4..6], ({ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" })) >= 0);
    show("ctime seconds", c[17..18]);
    show("localtime size", sizeof(lt));
    show("localtime seconds", lt[0]);
    show("localtime types", map(lt, (: typeof :)));
    show("localtime minutes", lt[1]);
    show("localtime gmt offset is an int", intp(lt[8]));
    show("localtime year", lt[5]);
    show("localtime month index range", lt[4] >= 0 && lt[4] <= 11);
    show("localtime zone name is a string", stringp(lt[9]));
    show("localtime yday consistent", lt[7] == 251 || lt[7] == 250);
    show("ctime() without args is a string", stringp(ctime(time())));
    show("time is an int", intp(time()));
    show("ctime bad arg", caught(catch(ctime(bad))));
    done();
}
