// sprintf beyond the basics: field widths from arguments, padding strings,
// alignment, column (=) and table (#) modes, %O of nested values, %c, %x,
// argument reuse errors.
#include <conform.h>

void create() {
    int n = 42, neg = -5;
    float f = 3.14159;
    show("%5d", sprintf("[%5d]", n));
    show("%-5d", sprintf("[%-5d]", n));
    show("%|6d", sprintf("[%|6d]", n));
    show("%+d", sprintf("[%+d] [%+d]", n, neg));
    show("% d", sprintf("[% d]", n));
    show("%*d", sprintf("[%*d]", 6, n));
    show("%-*s", sprintf("[%-*s]", 6, "ab"));
    show("%'.'8s", sprintf("[%'.'8s]", "ab"));
    show("%'.'-8s", sprintf("[%'.'-8s]", "ab"));
    show("%'ab'7s", sprintf("[%'ab'7s]", "X"));
    show("%|'*'9s", sprintf("[%|'*'9s]", "mid"));
    show("%.2s", sprintf("[%.2s]", "abcdef"));
    show("%5.2s", sprintf("[%5.2s]", "abcdef"));
    show("%.2f", sprintf("[%.2f]", f));
    show("%8.3f", sprintf("[%8.3f]", f));
    show("%-8.1f", sprintf("[%-8.1f]", f));
    show("%f", sprintf("[%f]", f));
    show("%x %X", sprintf("%x %X", 255, 255));
    show("%o", sprintf("%o", 8));
    show("%c", sprintf("%c%c%c", 72, 105, 33));
    show("%%", sprintf("100%%"));
    show("%s of int", caught(catch(sprintf("%s", 12))));
    show("%d of string", caught(catch(sprintf("%d", "x"))));
    show("%s of array", caught(catch(sprintf("%s", ({ 1 })))));
    show("too few args", caught(catch(sprintf("%s %s", "a"))));
    show("%O int", sprintf("%O", 7));
    show("%O string", sprintf("%O", "q\"x"));
    show("%O float", sprintf("%O", 1.5));
    show("%O empty array", sprintf("%O", ({ })));
    show("%O array", sprintf("%O", ({ 1, "a" })));
    show("%O nested array", sprintf("%O", ({ 1, ({ 2, ({ 3 }) }) })));
    show("%O empty mapping", sprintf("%O", ([ ])));
    show("%O mapping", sprintf("%O", ([ "k": ({ 1 }) ])));
    show("%O zero", sprintf("%O", 0));
    show("%O object", sprintf("%O", this_object()));
    show("%O in a field", sprintf("[%10O]", 5));
    show("column mode", sprintf("%-=20s|", "the quick brown fox jumps over the lazy dog"));
    show("column mode right", sprintf("%=10s|", "aaa bbb ccc ddd"));
    show("column mode two columns", sprintf("%-=10s %-=10s|", "one two three four", "five six"));
    show("column long word", sprintf("%-=5s|", "abcdefghij kl"));
    show("table mode", sprintf("%-#20s|", "one\ntwo\nthree\nfour\nfive\nsix"));
    show("table mode width 30", sprintf("%#30s|", "a\nbb\nccc\ndddd"));
    show("table with precision (columns)", sprintf("%-#20.2s|", "a\nb\nc\nd\ne"));
    show("array arg %s", caught(catch(sprintf("%-5s|", ({ "a", "b" })))));
    show("@ array", sprintf("%@-4s|", ({ "a", "bb", "ccc" })));
    show("@ with %d", sprintf("%@d,", ({ 1, 2, 3 })));
    show("multiline string in field", sprintf("%5s|", "a\nb"));
    show("zero pad", sprintf("%05d|", 42));
    show("%i", sprintf("%i", 9));
    show("%c of 0 width", sprintf("[%3c]", 'x'));
    done();
}
