#include <conform.h>

string hb() { return sprintf("%c%c%c", 200, 255, 128); }

void create() {
    string s, t;
    mixed e, x, arr, mp, ob;
    int i, n;

    arr = ({ 1 }); mp = ([ 1: 2 ]); ob = this_object();
    s = hb();
    show("high strlen", strlen(s));
    show("high index", ({ s[0], s[1], s[2] }));
    show("high neg index", s[<1]);
    show("high cmp lt", s < "a");
    show("high cmp gt", s > "zzz");
    show("cmp prefix", ({ "ab" < "abc", "abc" < "ab", "" < "a", "a" > "" }));
    show("cmp equal", ({ "abc" == "abc", "abc" != "abd", "abc" <= "abc", "abc" >= "abd" }));
    show("cmp case", ({ "B" < "a", "a" < "B" }));
    t = "x";
    t[0] = 233;
    show("set high", t);
    show("set high read", t[0]);
    e = catch(x = "abc" + arr);
    show("str + array", caught(e));
    show("str + array val", x);
    x = 0;
    e = catch(x = "abc" + ob);
    show("str + object", caught(e));
    show("str + object val", x);
    e = catch(x = arr + "abc");
    show("array + str", caught(e));
    e = catch(x = "abc" + mp);
    show("str + mapping", caught(e));
    show("str + int", "a" + 5 + 6);
    show("int + str", 5 + 6 + "a");
    show("str + float", "f" + 1.5);
    show("float + str", 2.25 + "f");
    s = "";
    for (i = 0; i < 5; i++) {
        if (i % 2) s += i;
        else s += "<" + i + ">";
        s += 0.5;
    }
    show("+= mixed loop", s);
    s = "q";
    s += -3;
    show("+= negative", s);
    n = 2;
    s = "abcdef";
    show("range computed neg start", s[n - 5 .. 2]);
    show("range computed neg end", s[1 .. n - 5]);
    show("range both neg", s[n - 10 .. n - 9]);
    show("range past end", s[3 .. n + 100]);
    show("range start past end", s[10 .. 20]);
    show("range < computed", s[<(n + 1) .. <n]);
    show("range < big", s[<100 .. 1]);
    show("range empty inverted", s[4 .. 2]);
    show("range single", s[n .. n]);
    e = catch(x = s[n - 10]);
    show("index computed neg", caught(e));
    show("index <len", s[<6]);
    e = catch(x = s[<7]);
    show("index <len+1", caught(e));
    s = "abc";
    s[<1] = 'Z';
    show("set <1", s);
    e = catch(s[3] = 'x');
    show("set past end", caught(e));
    show("array multiply", catch(x = arr * 3) ? "error" : x);
    show("strsrch high", strsrch(hb(), 255));
    show("replace high", replace_string("a" + hb() + "b", hb(), "-"));
    show("explode high", explode("a" + sprintf("%c", 200) + "b", sprintf("%c", 200)));
    show("upper high", upper_case("a" + sprintf("%c", 233)));
    show("string to int compare", ({ "10" < "9", "abc" == "ab" + "c" }));
    s = "abc";
    t = s;
    t[0] = 'X';
    show("copy on write", ({ s, t }));
    s = "hello";
    s[1..2] = "EE";
    show("range assign", s);
    s[0..0] = "";
    show("range assign shrink", s);
    s[<1..] = "!!!";
    show("range assign grow", s);
    done();
}
