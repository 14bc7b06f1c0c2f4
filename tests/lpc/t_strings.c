// The string efuns: explode, implode, replace_string, strsrch, strcmp, case
// changes, bit strings, crc32, crypt, pluralize, query_num, repeat_string.
#include <test.h>

void test_explode() {
    mixed *cases = ({
        // ({ string, delimiter, result }) — TMI-2's (2.7 classic) rules
        ({ "a b c", " ", ({ "a", "b", "c" }) }), ({ " a b", " ", ({ "a", "b" }) }),
        ({ "  a b", " ", ({ "a", "b" }) }), ({ "a b ", " ", ({ "a", "b" }) }),
        ({ "a b  ", " ", ({ "a", "b", "" }) }), ({ "a  b", " ", ({ "a", "", "b" }) }),
        ({ " ", " ", ({ }) }), ({ "   ", " ", ({ }) }), ({ "", " ", ({ }) }),
        ({ "abc", ",", ({ "abc" }) }), ({ "one::two::three", "::", ({ "one", "two", "three" }) }),
        ({ "::a::b::", "::", ({ "a", "b" }) }), ({ "l1\nl2\n\nl4\n", "\n", ({ "l1", "l2", "", "l4" }) }),
        ({ "abc", "", ({ "a", "b", "c" }) }), ({ "ab", "abc", ({ "ab" }) }), ({ "abc", "abc", ({ }) }),
        ({ "/a/b", "/", ({ "a", "b" }) }), ({ "aaa", "aa", ({ "a" }) }),
    });
    foreach (mixed *c in cases)
        expect(explode(c[0], c[1]), c[2], sprintf("explode(%O, %O)", c[0], c[1]));
}

void test_implode() {
    expect(implode(({ "a", "b", "c" }), ", "), "a, b, c", "implode");
    expect(implode(({ }), ","), "", "empty array");
    expect(implode(({ "x" }), ","), "x", "one element");
    expect(implode(({ "", "a", "" }), "-"), "-a-", "empty strings kept");
    expect(implode(({ "a", 1, "b", 0, "c" }), "-"), "a-b-c", "non-strings skipped");
    expect(implode(explode("x,y,,z", ","), ","), "x,y,,z", "round trip");
    expect(implode(({ 1, 2, 3, 4 }), (: $1 + $2 :)), 10, "with a function");
    expect(implode(({ "b", "c" }), (: $1 + "+" + $2 :), "a"), "a+b+c", "function and start");
    expect(implode(({ 5 }), (: $1 * $2 :)), 5, "function, one element");
    expect(implode(({ }), (: $1 + $2 :)), 0, "function, empty array");
    expect(implode(({ }), (: $1 + $2 :), "s"), "s", "function, empty array, start");
    expect_error(catch(implode(({ "a" }), ",", 1)), "illegal", "start with a string glue");
}

void test_replace_string() {
    mixed *cases = ({
        // ({ args, result })
        ({ ({ "a-b-c-d", "-", "+" }), "a+b+c+d" }), ({ ({ "aaa", "a", "bb" }), "bbbbbb" }),
        ({ ({ "banana", "an", "" }), "ba" }), ({ ({ " 1 2 3 ", " ", "" }), "123" }),
        ({ ({ "abc", "", "x" }), "abc" }), ({ ({ "a.b.c", ".", "::" }), "a::b::c" }),
        ({ ({ "xyxx", "x", "z", 2 }), "zyzx" }), ({ ({ "xyxx", "x", "z", 0 }), "zyzz" }),
        ({ ({ "xyxxy", "x", "z", 2, 3 }), "xyzzy" }), ({ ({ "xyxxy", "x", "z", 3, 2 }), "xyxxy" }),
        ({ ({ "xyxxy", "x", "z", 0, 2 }), "zyzxy" }), ({ ({ "xyxxy", "x", "z", 2, 0 }), "xyzzy" }),
        ({ ({ "aaaa", "aa", "b" }), "bb" }), ({ ({ "abab", "ab", "abab" }), "abababab" }),
    });
    foreach (mixed *c in cases) {
        mixed *a = c[0];
        string got;
        switch (sizeof(a)) {
        case 3: got = replace_string(a[0], a[1], a[2]); break;
        case 4: got = replace_string(a[0], a[1], a[2], a[3]); break;
        default: got = replace_string(a[0], a[1], a[2], a[3], a[4]); break;
        }
        expect(got, c[1], sprintf("replace_string%O", a));
    }
    expect_error(catch(replace_string("a", "a", "b", 1, 2, 3)), "Too many args", "six args");
}

void test_search_compare() {
    expect(strsrch("hello world", 'o'), 4, "char");
    expect(strsrch("hello world", "wor"), 6, "string");
    expect(strsrch("hello world", "xyz"), -1, "missing");
    expect(strsrch("hello world", "o", -1), 7, "from the end");
    expect(strsrch("hello world", 'o', 1), 7, "char from the end");
    expect(strsrch("hello", ""), -1, "empty pattern");
    expect(strsrch("hello", 0), -1, "char 0");
    expect(strsrch("ab", "abc"), -1, "pattern longer than string");
    expect(strsrch("abab", "ab", -1), 2, "last of two");
    expect(strcmp("a", "b") < 0, 1, "strcmp less");
    expect(strcmp("b", "a") > 0, 1, "strcmp greater");
    expect(strcmp("same", "same"), 0, "strcmp equal");
    expect(strcmp("ab", "abc") < 0, 1, "prefix sorts first");
}

void test_case() {
    expect(({ capitalize("hello"), capitalize("Hello"), capitalize("1st"), capitalize("") }),
           ({ "Hello", "Hello", "1st", "" }), "capitalize");
    expect(lower_case("MiXeD 123"), "mixed 123", "lower_case");
    expect(upper_case("MiXeD 123"), "MIXED 123", "upper_case");
}

void test_bits() {
    string bits = "";
    bits = set_bit(bits, 0);
    bits = set_bit(bits, 5);
    bits = set_bit(bits, 13);
    expect(bits, "A \"", "6 bits per char from ' '");
    expect(({ test_bit(bits, 0), test_bit(bits, 1), test_bit(bits, 5), test_bit(bits, 13),
              test_bit(bits, 100) }), ({ 1, 0, 1, 1, 0 }), "test_bit");
    bits = clear_bit(bits, 5);
    expect(({ bits, test_bit(bits, 5) }), ({ "! \"", 0 }), "clear_bit");
    expect(clear_bit("!", 100), "!", "clear past the end");
    expect(({ next_bit(bits, -1), next_bit(bits, 0), next_bit(bits, 1), next_bit(bits, 13) }),
           ({ 0, 13, 13, -1 }), "next_bit looks after its argument");
    expect(next_bit("", -1), -1, "next_bit of empty");
    expect_error(catch(set_bit("", -1)), "negative", "negative bit");
    expect_error(catch(set_bit("", 100000)), "maximum bits", "too many bits");
    expect_error(catch(set_bit("~", 0)), "Illegal bit pattern", "not a bit string");
}

void test_crc32_crypt() {
    expect(crc32(""), 0, "crc32 empty");
    expect(crc32("123456789"), 0xCBF43926, "crc32 check value");
    expect(crc32("The quick brown fox jumps over the lazy dog"), 0x414FA339, "crc32 sentence");
    string h = crypt("secret", "ab");
    expect(h, "abNANd1rDfiNc", "DES with a two-letter salt");
    expect(crypt("secret", h), h, "a DES hash verifies");
    expect(crypt("password", "xy"), "xyAjYtmfRYx/.", "known DES hash");
    string s = crypt("pw", 0);
    expect(s[0..2], "$6$", "fresh hashes are SHA-512");
    expect(crypt("pw", s), s, "a SHA-512 hash verifies");
    expect_true(crypt("pW", s) != s, "wrong password");
    expect(crypt("x", "$1$salt$")[0..7], "$1$salt$", "MD5 salt passes through");
}

void test_words() {
    expect(map(({ "sword", "box", "wolf", "child", "mouse", "fish", "bus", "lady", "knife",
                  "cactus", "fireman", "potato", "church", "day", "a red apple",
                  "an orange", "a pair of boots", "Mouse", "staff", "chef" }), (: pluralize :)),
           ({ "swords", "boxes", "wolves", "children", "mice", "fish", "buses", "ladies",
              "knives", "cacti", "firemen", "potatoes", "churches", "days", "red apples",
              "oranges", "pairs of boots", "Mice", "staves", "chefs" }), "pluralize");
    expect(pluralize(""), 0, "pluralize empty");
    expect(({ query_num(0), query_num(42), query_num(100), query_num(1005), query_num(1205),
              query_num(20), query_num(11, 10), query_num(-1) }),
           ({ "zero", "forty-two", "one hundred", "one thousand and five",
              "one thousand, two hundred and five", "twenty", "many", "many" }), "query_num");
    expect(({ repeat_string("ab", 3), repeat_string("ab", 0), repeat_string("", 5) }),
           ({ "ababab", "", "" }), "repeat_string");
}
