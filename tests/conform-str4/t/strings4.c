// String efuns, fourth round: explode/implode delimiters, replace_string with
// an empty pattern, strsrch edge starts, regexp flags, reg_assoc defaults,
// case functions on non-letters and 8-bit bytes, to_int/to_float edges.
#include <conform.h>

void create() {
    show("explode multi", explode("a::b::c", "::"));
    show("explode multi runs", explode("a::::b", "::"));
    show("explode whole", explode("abc", "abc"));
    show("explode whole twice", explode("abcabc", "abc"));
    show("explode runs", explode("a,,b,,,c", ","));
    show("explode lead trail", explode(",,a,b,,", ","));
    show("explode only delims", explode(",,,", ","));
    show("explode longer delim", explode("ab", "abc"));
    show("explode empty string", explode("", ","));
    show("explode empty delim", explode("abc", ""));
    show("explode partial overlap", explode("aaa", "aa"));
    show("explode lead multi", explode("::a", "::"));
    show("implode multi", implode(({ "a", "b", "c" }), "::"));
    show("implode empty", implode(({ }), ","));
    show("implode one", implode(({ "x" }), ","));
    show("implode skips ints", implode(({ "a", 1, "b", 0, "c" }), "-"));
    show("implode empty strs", implode(({ "", "", "" }), ","));
    show("implode fn", implode(({ 1, 2, 3 }), (: $1 + $2 :)));
    show("implode fn start", implode(({ 1, 2, 3 }), (: $1 + $2 :), 10));
    show("replace empty pat", catch(replace_string("abc", "", "x")));
    show("replace empty pat v", replace_string("abc", "", "x"));
    show("replace to empty", replace_string("aXbXc", "X", ""));
    show("replace grow", replace_string("aaa", "a", "aa"));
    show("replace max", replace_string("aaaa", "a", "b", 2));
    show("replace range", replace_string("aaaa", "a", "b", 2, 3));
    show("strsrch empty", strsrch("abc", ""));
    show("strsrch empty rev", strsrch("abc", "", -1));
    show("strsrch neg start", strsrch("abcabc", "b", -1));
    show("strsrch neg two", strsrch("abcabc", "c", -2));
    show("strsrch char", strsrch("abc", 99));
    show("strsrch char rev", strsrch("abcabc", 'a', -1));
    show("strsrch start 2", strsrch("abcabc", "a", 2));
    show("strsrch miss", strsrch("abc", "z"));
    show("strsrch empty in empty", strsrch("", ""));
    show("regexp plain", regexp(({ "apple", "bob", "avocado" }), "^a"));
    show("regexp 1", regexp(({ "apple", "bob", "avocado" }), "^a", 1));
    show("regexp 2", regexp(({ "apple", "bob", "avocado" }), "^a", 2));
    show("regexp 3", regexp(({ "apple", "bob", "avocado" }), "^a", 3));
    show("regexp str", regexp("hello", "l+"));
    show("regexp str miss", regexp("hello", "z"));
    show("regexp nonstr", regexp(({ "a", 1, "ab" }), "a"));
    show("reg_assoc def", reg_assoc("abc123def", ({ "[0-9]+" }), ({ "num" })));
    show("reg_assoc def val", reg_assoc("abc123def", ({ "[0-9]+" }), ({ "num" }), "none"));
    show("reg_assoc two", reg_assoc("a1b22", ({ "[0-9]+", "[a-z]" }), ({ 1, 2 }), -1));
    show("reg_assoc nomatch", reg_assoc("xyz", ({ "[0-9]" }), ({ 1 })));
    show("reg_assoc empty", reg_assoc("", ({ "a" }), ({ 1 })));
    show("cap digit", capitalize("1abc"));
    show("cap space", capitalize(" abc"));
    show("cap empty", capitalize(""));
    show("cap upper", capitalize("ABC"));
    show("cap 8bit", capitalize("\xe9t\xe9"));
    show("lower 8bit", lower_case("A\xc9Z\xff"));
    show("upper 8bit", upper_case("a\xe9z\xff"));
    show("upper mixed", upper_case("a1_b-C"));
    show("to_int edges", ({ to_int(""), to_int("  12"), to_int("12abc"), to_int("-0"), to_int("+7"), to_int("abc") }));
    show("to_int hex", ({ to_int("0x1f"), to_int("1e3") }));
    show("to_int float", ({ to_int(3.9), to_int(-3.9) }));
    show("to_float edges", ({ to_float(""), to_float("  1.5"), to_float("1e2"), to_float("abc"), to_float("-.5"), to_float("3") }));
    show("to_float trailing", to_float("2.5xyz"));
    done();
}
