// sprintf, second round: flag combinations, precisions, pad strings, * widths,
// %O of nested values, column/table modes with multi-line text, @ arrays.
#include <conform.h>

class pt { int x; string y; }

int f1() { return 1; }

void create() {
    int n = 42, neg = -42, z = 0, big = 123456789;
    float f = 2.5, nf = -1.25, zf = 0.0;
    class pt c = new(class pt, x: 1, y: "a");
    show("d widths", sprintf("[%d][%1d][%3d][%-3d][%|3d]", n, n, n, n, n));
    show("d neg", sprintf("[%5d][%-5d][%|5d][%+5d]", neg, neg, neg, neg));
    show("d zero", sprintf("[%d][%+d][% d][%3d]", z, z, z, z));
    show("+ and space", sprintf("[%+d][% d][% d]", n, n, neg));
    show("d precision", sprintf("[%.3d][%5.1d]", n, n));
    show("big", sprintf("[%d][%12d][%-12d|]", big, big, big));
    show("x", sprintf("[%x][%4x][%-4x][%X][%04x]", 171, 171, 171, 171, 171));
    show("x neg", sprintf("[%x]", neg));
    show("o", sprintf("[%o][%5o]", 64, 64));
    show("f variants", sprintf("[%f][%.1f][%.3f][%10.2f][%-10.2f|]", f, f, f, f, f));
    show("f neg", sprintf("[%f][%.2f][%8.2f][%+.1f]", nf, nf, nf, f));
    show("f zero", sprintf("[%f][%.2f]", zf, zf));
    show("f of int", caught(catch(sprintf("[%f]", n))));
    show("d of float", caught(catch(sprintf("[%d]", f))));
    show("s widths", sprintf("[%s][%8s][%-8s][%|8s][%|9s]", "abc", "abc", "abc", "abc", "abc"));
    show("s precision", sprintf("[%.0s][%.1s][%.10s][%-6.2s][%|6.2s]", "abc", "abc", "abc", "abc", "abc"));
    show("s narrower", sprintf("[%2s][%-2s]", "abcdef", "abcdef"));
    show("pad strings", sprintf("[%'-'10s][%'-'-10s][%'-'|10s]", "ab", "ab", "ab"));
    show("pad multi", sprintf("[%'xy'9s][%'xy'-9s][%'xy'|10s]", "ab", "ab", "ab"));
    show("pad d", sprintf("[%'0'6d][%'*'-6d][%'_'|6d]", n, n, n));
    show("pad with space quote", sprintf("[%' '6s]", "a"));
    show("zero flag s", sprintf("[%06s][%-06s]", "ab", "ab"));
    show("zero flag d", sprintf("[%06d][%-06d]", n, n));
    show("star width", sprintf("[%*s][%-*s][%*d]", 5, "a", 5, "b", 4, 7));
    show("star precision", sprintf("[%.*s][%*.*s]", 2, "abcdef", 6, 3, "abcdef"));
    show("star neg width", caught(catch(sprintf("[%*s]", -4, "a"))));
    show("star neg width value", sprintf("[%*s]", -4, "a"));
    show("c", sprintf("[%c][%3c][%-3c|][%c]", 65, 66, 67, 32));
    show("percent in width", caught(catch(sprintf("[%5%]"))));
    show("O float", sprintf("%O %O %O", 1.0, 0.5, -2.25));
    show("O float big", sprintf("%O", 1234567.0));
    show("O float small", sprintf("%O", 0.001));
    show("O string escapes", sprintf("%O", "a\nb\tc\\d\"e"));
    show("O nested", sprintf("%O", ({ ({ }), ([ ]), ({ 1, ({ "x" }) }) })));
    show("O mapping in array", sprintf("%O", ({ ([ "a": 1 ]) })));
    show("O array in mapping", sprintf("%O", ([ 1: ({ 2, 3 }) ])));
    show("O mapping nested", sprintf("%O", ([ "m": ([ "n": 0 ]) ])));
    show("O class", sprintf("%O", c));
    show("O function", sprintf("%O", (: f1 :)));
    show("O efun pointer", sprintf("%O", (: sizeof :)));
    show("O anon", sprintf("%O", (: $1 + 1 :)));
    show("O object", sprintf("%O", this_object()));
    show("O array with object", sprintf("%O", ({ this_object() })));
    show("O neg int", sprintf("%O", -5));
    show("O width", sprintf("[%-8O][%8O]", 12, "ab"));
    show("O zero in array", sprintf("%O", ({ 0, 0 })));
    show("column multi-line", sprintf("%-=12s|", "aaa bbb\nccc ddd eee fff ggg"));
    show("column centered", sprintf("%|=12s|", "one two three four five"));
    show("column right", sprintf("%=12s|", "one two three four five"));
    show("column with prefix", sprintf("> %-=8s <", "alpha beta gamma delta"));
    show("column and normal", sprintf("%-=6s %s", "aa bb cc dd", "X"));
    show("two columns uneven", sprintf("%-=5s|%-=5s|", "a b c d e f g", "x"));
    show("column empty", sprintf("[%-=5s]", ""));
    show("column trailing newline", sprintf("[%-=10s]", "abc\n"));
    show("column exact width word", sprintf("%-=5s|", "abcde abcde"));
    show("table 3 items", sprintf("%-#15s|", "a\nb\nc"));
    show("table right", sprintf("%#15s|", "a\nbbb\ncc\nd"));
    show("table precision 3", sprintf("%-#30.3s|", "one\ntwo\nthree\nfour\nfive\nsix\nseven"));
    show("table single", sprintf("%-#10s|", "alone"));
    show("table empty lines", sprintf("%-#12s|", "a\n\nb"));
    show("@ s", sprintf("%@s,", ({ "a", "b" })));
    show("@ with width", sprintf("%@5d|", ({ 1, 22, 333 })));
    show("@ empty", sprintf("[%@s]", ({ })));
    show("@ non-array", caught(catch(sprintf("%@s", "a"))));
    show("too many args", sprintf("%s", "a", "b"));
    show("unknown conversion", caught(catch(sprintf("%y", 1))));
    show("trailing percent", caught(catch(sprintf("abc%"))));
    show("s of 0", caught(catch(sprintf("[%s]", 0))));
    show("d of 0 string", sprintf("[%d]", 0));
    show("s of float", caught(catch(sprintf("[%s]", 1.5))));
    show("s of object", caught(catch(sprintf("[%s]", this_object()))));
    show("empty format", sprintf(""));
    show("no conversions", sprintf("plain text"));
    show("newlines kept", sprintf("a\nb%s\n", "c"));
    show("long string pad", sprintf("%-40s|", "x"));
    show("x of big", sprintf("%x", 65535 * 65536));
    done();
}
