// typeof/sizeof of efun results, bit strings, crypt of a fixed DES hash,
// to_int/to_float of strings, copy() and deep sharing, and type
// predicates.
#include <conform.h>

void create() {
    mixed a, b, s;
    show("typeof efun results", ({ typeof(explode("a b", " ")), typeof(allocate_mapping(1)),
        typeof(this_object()), typeof(1.0), typeof(""), typeof(0), typeof((: 1 :)), typeof(time()) }));
    show("sizeof of efun results", ({ sizeof(explode("a,b,c", ",")), sizeof(keys(([ 1: 2 ]))), sizeof(0), sizeof("abc") }));
    s = "";
    s = set_bit(s, 0);
    show("set_bit 0", s);
    s = set_bit(s, 7);
    show("set_bit 7", s);
    s = set_bit(s, 6);
    show("set_bit 6", s);
    show("test_bit 7", test_bit(s, 7));
    show("test_bit 5", test_bit(s, 5));
    show("test_bit beyond", test_bit(s, 100));
    s = clear_bit(s, 7);
    show("clear_bit 7", s);
    show("clear_bit beyond", clear_bit(s, 50));
    s = set_bit("", 13);
    show("set_bit 13 on empty", s);
    show("next_bit from 0", next_bit(set_bit(set_bit("", 3), 9), 0));
    show("next_bit from 3", next_bit(set_bit(set_bit("", 3), 9), 3));
    show("next_bit none", next_bit(set_bit("", 3), 3));
    show("set_bit too large", caught(catch(set_bit("", 5000))));
    show("set_bit negative", caught(catch(set_bit("", -1))));
    show("crypt verifies", crypt("secret", "ab") == crypt("secret", crypt("secret", "ab")));
    show("crypt fixed DES", crypt("secret", "ab"));
    show("crypt fixed DES 2", crypt("password", "xy"));
    show("crypt salt from hash", crypt("password", "xyZZZZZ"));
    show("crypt length", strlen(crypt("x", "zz")));
    show("to_int strings", ({ to_int("42"), to_int("-7"), to_int("  12"), to_int("12abc"), to_int("abc"), to_int("") }));
    show("to_int hex/oct text", ({ to_int("0x1f"), to_int("010") }));
    show("to_int of float", ({ to_int(3.9), to_int(-3.9) }));
    show("to_float strings", ({ to_float("1.5"), to_float("-2"), to_float("3e2"), to_float("x"), to_float(" 4.25") }));
    show("to_float of int", to_float(7));
    a = ({ ({ 1 }), ([ "k": ({ 2 }) ]) });
    b = copy(a);
    b[0][0] = 100;
    b[1]["k"][0] = 200;
    show("copy is deep", ({ a, b }));
    b = a;
    b[0][0] = 5;
    show("assignment shares", a[0]);
    b = a + ({ });
    b[0][0] = 6;
    show("a + ({}) is shallow", a[0]);
    show("copy of int/string", ({ copy(5), copy("s") }));
    show("intp/floatp/stringp", ({ intp(1), floatp(1.0), stringp(""), objectp(0), functionp((: 1 :)) > 0 }));
    show("functionp of string", functionp("x"));
    show("undefinedp", ({ undefinedp(0), undefinedp(([ ])["x"]) }));
    show("nullp", nullp(([ ])["x"]));
    show("bufferp", bufferp("x"));
    show("strlen of to_int", strlen("" + to_int("123")));
    done();
}
