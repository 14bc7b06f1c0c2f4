// String efuns mudlibs lean on: explode/implode edge cases, replace_string
// with its counted forms, strsrch forwards and backwards, and the small
// case/trim helpers.
#include <conform.h>

void create() {
    string s = "a,b,,c,";
    show("explode trailing sep", explode(s, ","));
    show("explode leading sep", explode(",a,b", ","));
    show("explode doubled leading sep", explode(",,a", ","));
    show("explode only seps", explode(",,,", ","));
    show("explode empty string", explode("", ","));
    show("explode no sep present", explode("abc", ","));
    show("explode empty delimiter", explode("abc", ""));
    show("explode multi-char sep", explode("a::b::::c", "::"));
    show("explode sep longer than string", explode("ab", "abc"));
    show("explode equal to sep", explode("ab", "ab"));
    show("explode space", explode("  hello   world  ", " "));
    show("explode newline", explode("l1\nl2\n\nl3\n", "\n"));
    show("implode", implode(({ "a", "b", "c" }), ", "));
    show("implode empty array", implode(({ }), ","));
    show("implode one element", implode(({ "x" }), ","));
    show("implode skips non-strings", implode(({ "a", 1, "b", 0, "c" }), "-"));
    show("implode empty separator", implode(({ "a", "b" }), ""));
    show("implode of explode", implode(explode("x y z", " "), "+"));
    show("implode with a function", implode(({ 1, 2, 3, 4 }), (: $1 + $2 :)));
    show("implode function with start", implode(({ "a", "b" }), (: $1 + $2 :), "S"));
    show("replace_string", replace_string("aaa", "a", "bb"));
    show("replace_string empty replacement", replace_string("a.b.c", ".", ""));
    show("replace_string not found", replace_string("abc", "x", "y"));
    show("replace_string longer pattern", replace_string("abcabc", "bc", "X"));
    show("replace_string max 1", replace_string("aaaa", "a", "b", 1));
    show("replace_string max 2", replace_string("aaaa", "a", "b", 2));
    show("replace_string first..last 2..3", replace_string("aaaa", "a", "b", 2, 3));
    show("replace_string overlapping", replace_string("aaaa", "aa", "b"));
    show("replace_string in empty", replace_string("", "a", "b"));
    show("strsrch", strsrch("hello world", "o"));
    show("strsrch reverse", strsrch("hello world", "o", -1));
    show("strsrch char", strsrch("hello", 'l'));
    show("strsrch char reverse", strsrch("hello", 'l', -1));
    show("strsrch missing", strsrch("hello", "z"));
    show("strsrch multi-char", strsrch("abcabc", "ca"));
    show("strsrch at start", strsrch("abc", "ab"));
    show("strsrch at end reverse", strsrch("abcab", "ab", -1));
    show("strsrch longer than string", strsrch("ab", "abc"));
    show("capitalize", ({ capitalize("abc"), capitalize("Abc"), capitalize(""), capitalize("1a") }));
    show("lower_case", lower_case("MiXeD 123"));
    show("upper_case", upper_case("MiXeD 123"));
    show("strlen", ({ strlen(""), strlen("abc"), strlen("a\nb") }));
    show("string index and range", ({ "hello"[1], "hello"[1..2], "hello"[<3..], "hello"[3..10] }));
    show("string multiply via sprintf", sprintf("%'-'10s", ""));
    show("strcmp signs", map(({ strcmp("a", "b"), strcmp("b", "a"), strcmp("a", "a"), strcmp("ab", "a") }), (: $1 < 0 ? -1 : $1 > 0 :)));
    show("string compare ops", ({ "abc" < "abd", "b" > "abc", "A" < "a" }));
    show("string + int + float", "x" + 1 + "y");
    show("int to string via +", "" + 42 + -7);
    done();
}
