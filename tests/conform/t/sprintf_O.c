// sprintf("%O") and friends render values the way mudlib debug output
// and save tools depend on: nested arrays, mappings, floats, strings with
// escapes, objects, functions, classes, 0.
#include <conform.h>

class pt { int x; string y; }

void create() {
    class pt p = new(class pt);
    mixed *a = ({ 1, "two", 3.5, ({ }), ([ ]) });
    p->x = 1; p->y = "y";
    out(sprintf("int %O", 42));
    out(sprintf("neg %O", -42));
    out(sprintf("zero %O", 0));
    out(sprintf("float %O", 3.5));
    out(sprintf("float whole %O", 2.0));
    out(sprintf("float small %O", 0.001));
    out(sprintf("float neg %O", -0.25));
    out(sprintf("string %O", "hi"));
    out(sprintf("string quotes %O", "a\"b"));
    out(sprintf("string newline %O", "a\nb"));
    out(sprintf("string tab %O", "a\tb"));
    out(sprintf("string backslash %O", "a\\b"));
    out(sprintf("empty string %O", ""));
    out(sprintf("empty array %O", ({ })));
    out(sprintf("empty mapping %O", ([ ])));
    out(sprintf("array %O", ({ 1, 2 })));
    out(sprintf("nested %O", a));
    out(sprintf("mapping one %O", ([ "k": ({ 1 }) ])));
    out(sprintf("object %O", load_object("/t/sprintf_O/thing")));
    out(sprintf("class %O", p));
    out(sprintf("%%O with width %10O|", 5));
    out(sprintf("%%-O with width %-10O|", "ab"));
    out(sprintf("%%s of array %s", catch(sprintf("%s", ({ 1 }))) ? "error" : "no error"));
    out(sprintf("%%d of string %d", catch(sprintf("%d", "x")) ? 1 : 0));
    show("%d of float", catch(sprintf("%d", 3.9)));
    show("%f of int", catch(sprintf("%f", 3)));
    show("%s of int", catch(sprintf("%s", 3)));
    show("%s of float", catch(sprintf("%s", 1.5)));
    show("%s of 0", catch(sprintf("%s", 0)));
    out(sprintf("%%x %x %X", 255, 255));
    out(sprintf("%%o %o", 8));
    out(sprintf("%%c %c%c", 72, 105));
    out(sprintf("%%5.2f|%5.2f|%-8.3f|", 3.14159, 2.0));
    out(sprintf("%%+d %+d %+d", 5, -5));
    out(sprintf("%% d|% d|% d", 5, -5));
    out(sprintf("%%*d|%*d|%-*d|", 6, 42, 6, 42));
    out(sprintf("%%.3s|%.3s|", "abcdef"));
    out(sprintf("%%10.3s|%10.3s|", "abcdef"));
    out(sprintf("%%'.'10s|%'.'10s|%'.'-10s|", "ab", "ab"));
    out(sprintf("%%|10s|%|10s|%|9s|", "ab", "ab"));
    out(sprintf("%%i %i", 77));
    out(sprintf("%%O of function is %s", sprintf("%O", (: 1 :))[0..0] == "(" ? "(" : "other"));
    out(sprintf("too few args: %s", catch(sprintf("%s %s", "a")) ? "error" : "no error"));
    out(sprintf("plain %%"));
    out(sprintf("%%-5d|%-5d|%05d|%5d|", 42, 42, 42));
    out(sprintf("%%O big int %O", 1234567890123));
    done();
}
