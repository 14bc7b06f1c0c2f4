// explode/implode/replace_string/strsrch/regexp/reg_assoc and friends: edge cases.
#include <conform.h>

string up(string s) { return upper_case(s); }

void create() {
    show("explode leading sep", explode("::a::b::", "::"));
    show("explode single leading", explode(",a,b", ","));
    show("explode trailing", explode("a,b,", ","));
    show("explode many leading", explode(",,,a", ","));
    show("explode only seps", explode(",,,", ","));
    show("explode empty", explode("", ","));
    show("explode no sep found", explode("abc", ","));
    show("explode empty sep", explode("abc", ""));
    show("explode sep longer", explode("ab", "abc"));
    show("explode equals sep", explode("ab", "ab"));
    show("explode space", explode(" a  b ", " "));
    show("explode newline", explode("l1\nl2\n\nl3\n", "\n"));
    show("implode empty", implode(({ }), ","));
    show("implode one", implode(({ "a" }), ","));
    show("implode with zeros", caught(catch(implode(({ "a", 0, "b" }), ","))));
    show("implode with zeros value", implode(({ "a", 0, "b" }), ","));
    show("implode ints", caught(catch(implode(({ 1, 2 }), ","))));
    show("implode empty sep", implode(({ "a", "b" }), ""));
    show("implode func", implode(({ "a", "b", "c" }), (: $1 + "-" + $2 :)));
    show("implode func start", implode(({ 1, 2, 3 }), (: $1 + $2 :), 10));
    show("explode implode roundtrip", implode(explode(",a,,b,", ","), ","));
    show("replace basic", replace_string("aaa", "a", "bb"));
    show("replace empty pattern", replace_string("abc", "", "x"));
    show("replace to empty", replace_string("a-b-c", "-", ""));
    show("replace overlapping", replace_string("aaaa", "aa", "b"));
    show("replace not found", replace_string("abc", "z", "y"));
    show("replace max", replace_string("a.a.a.a", ".", "!", 2));
    show("replace range", replace_string("a.a.a.a", ".", "!", 2, 3));
    show("replace whole", replace_string("abc", "abc", ""));
    show("strsrch basic", ({ strsrch("abcabc", "bc"), strsrch("abcabc", "bc", -1), strsrch("abc", "z") }));
    show("strsrch char", ({ strsrch("abcabc", 'c'), strsrch("abcabc", 'c', -1) }));
    show("strsrch empty", ({ strsrch("abc", ""), strsrch("", "a") }));
    show("strsrch at end", strsrch("abc", "c"));
    show("strsrch whole", strsrch("abc", "abc"));
    show("strsrch longer", strsrch("ab", "abc"));
    show("regexp array", regexp(({ "apple", "banana", "cherry", "avocado" }), "^a"));
    show("regexp none", regexp(({ "x", "y" }), "z"));
    show("regexp flag 1", regexp(({ "apple", "banana", "cherry" }), "an", 1));
    show("regexp string", ({ regexp("hello", "l+"), regexp("hello", "^x") }));
    show("regexp alternation", regexp(({ "cat", "dog", "cow" }), "cat|dog"));
    show("regexp char class", regexp(({ "a1", "bb", "c3" }), "[0-9]"));
    show("regexp word boundary", regexp(({ "the cat", "concat" }), "\\<cat"));
    show("regexp dot star", regexp(({ "", "x" }), ".*"));
    show("regexp bad pattern", caught(catch(regexp(({ "a" }), "("))));
    show("regexp empty array", regexp(({ }), "a"));
    show("reg_assoc basic", reg_assoc("abc123def", ({ "[a-z]+", "[0-9]+" }), ({ "W", "N" })));
    show("reg_assoc default", reg_assoc("a1b", ({ "[0-9]" }), ({ 1 }), -1));
    show("reg_assoc no match", reg_assoc("abc", ({ "[0-9]" }), ({ 1 })));
    show("reg_assoc empty", reg_assoc("", ({ "a" }), ({ 1 })));
    show("reg_assoc first wins", reg_assoc("ab", ({ "a", "ab" }), ({ 1, 2 })));
    show("reg_assoc size mismatch", caught(catch(reg_assoc("a", ({ "a" }), ({ })))));
    show("upper lower", ({ upper_case("aBc1!"), lower_case("AbC1!") }));
    show("capitalize", ({ capitalize("abc"), capitalize("Abc"), capitalize(""), capitalize("1a") }));
    show("strlen", ({ strlen(""), strlen("a\nb") }));
    show("range", ({ "abcdef"[1..3], "abcdef"[3..], "abcdef"[<2..], "abcdef"[4..2], "abcdef"[0..<1] }));
    show("range past end", ({ "abc"[1..10], "abc"[5..6] }));
    show("string compare", ({ "a" < "b", "b" < "a", "abc" < "abd", "" < "a", "Z" < "a" }));
    show("strcmp sign", ({ strcmp("a", "a"), strcmp("a", "b") < 0, strcmp("b", "a") > 0 }));
    show("map string", map("abc", (: $1 + 1 :)));
    show("clear_bit etc", ({ set_bit("", 3), test_bit(set_bit("", 3), 3), test_bit("", 100) }));
    show("bit neg", caught(catch(set_bit("", -1))));
    show("bit huge", caught(catch(set_bit("", 100000))));
    show("crypt len", sizeof(crypt("secret", "ab")));
    show("crypt salt", crypt("secret", "ab")[0..1]);
    show("crypt stable", crypt("secret", "ab") == crypt("secret", "ab"));
    show("crypt check", crypt("secret", crypt("secret", "xy")) == crypt("secret", "xy"));
    show("crypt fixed", crypt("password", "ab"));
    done();
}
