// sprintf, fourth round: rare flag combinations, column/table modes with long
// or many short words, %c edge codes, wrong argument types and their texts,
// %O of floats, %i, precision on strings.
#include <conform.h>

void create() {
    mixed z = 0, fl = 1.5, str = "12", arr = ({ 1, 2 }), map = ([ "a": 1 ]);
    show("minus star s", sprintf("[%-*s]", 6, "ab"));
    show("star s", sprintf("[%*s]", 6, "ab"));
    show("dot pad 10s", sprintf("[%'.'10s]", "abc"));
    show("dot pad -10s", sprintf("[%'.'-10s]", "abc"));
    show("dot pad |10s", sprintf("[%'.'|10s]", "abc"));
    show("col long word", sprintf("%=-10s|", "short averyveryverylongword tail"));
    show("col exact width", sprintf("%=-5s|", "abcde fghij"));
    show("col right", sprintf("%=10s|", "one two three"));
    show("table many short", sprintf("%#-20s|", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk"));
    show("table mixed", sprintf("%#-30s|", "one\ntwo\nthree\nfour\nfive\nsix\nseven"));
    show("table right", sprintf("%#20s|", "a\nbb\nccc\ndddd"));
    show("table one word", sprintf("%#-10s|", "single"));
    show("table with precision", sprintf("%#-20.3s|", "a\nb\nc\nd\ne\nf"));
    show("c zero len", sizeof(sprintf("%c", 0)));
    show("c 255", sprintf("%c", 255));
    show("c 256", sprintf("%c", 256));
    show("c in width", sprintf("[%5c]", 0) == "[    \0]" ? "nul kept" : "nul other");
    show("c neg", sizeof(sprintf("%c", -1)));
    show("d of float", catch(sprintf("%d", fl)));
    show("d of string", catch(sprintf("%d", str)));
    show("d of array", catch(sprintf("%d", arr)));
    show("i", sprintf("[%i][%5i][%-5i]", 42, -7, 3));
    show("s of int", catch(sprintf("[%s][%5s]", 42, -3)));
    show("s of float", catch(sprintf("[%s]", 1.5)));
    show("s of array", catch(sprintf("%s", arr)));
    show("s of mapping", catch(sprintf("%s", map)));
    show("s of object", catch(sprintf("%s", this_object())));
    show("s of zero", catch(sprintf("[%s]", z)));
    show("O 0.1", sprintf("%O", 0.1));
    show("O 1e-5", sprintf("%O", 0.00001));
    show("O 100.0", sprintf("%O", 100.0));
    show("O -0.5", sprintf("%O", -0.5));
    show("O 1e10", sprintf("%O", 10000000000.0));
    show("O 1.0/3", sprintf("%O", 1.0 / 3));
    show("O float array", sprintf("%O", ({ 0.1, 2.0 })));
    show("prec s", sprintf("[%.2s][%.0s][%5.3s][%-5.3s]", "hello", "hello", "hello", "hello"));
    show("prec s longer", sprintf("[%.9s]", "hi"));
    show("prec d", sprintf("[%.2d]", 12345));
    show("prec f round", sprintf("[%.1f][%.2f]", 0.05, 1.005));
    show("too few args", catch(sprintf("%s %s", "a")));
    show("too many args", sprintf("%s", "a", "b"));
    show("unknown conv", catch(sprintf("%y", 1)));
    show("x upper prefix", sprintf("[%X][%#x]", 255, 255));
    show("percent only", sprintf("100%%"));
    show("empty fmt", sprintf(""));
    show("lone percent end", catch(sprintf("abc%")));
    show("center odd", sprintf("[%|6s][%|7s]", "abc", "ab"));
    show("star both", sprintf("[%-*.*s]", 7, 2, "abcdef"));
    show("O string width", sprintf("[%10O]", "ab"));
    show("O int prec", sprintf("[%.1O]", 123));
    done();
}
