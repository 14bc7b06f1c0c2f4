// regexp() and reg_assoc() with MudOS (Henry Spencer) pattern syntax.
#include <test.h>

void test_syntax() {
    mixed *cases = ({
        // ({ subject, pattern, matches })
        ({ "hello world", "o w", 1 }), ({ "hello world", "^world", 0 }),
        ({ "abc", "^abc$", 1 }), ({ "abcd", "^abc$", 0 }), ({ "ab\n", "b$", 0 }),
        ({ "x7", "[0-9]", 1 }), ({ "xy", "[0-9]", 0 }), ({ "x", "[^0-9]", 1 }),
        ({ "catdog", "(cat|cow)dog", 1 }), ({ "cowdog", "(cat|cow)dog", 1 }),
        ({ "abbc", "^ab+c$", 1 }), ({ "ac", "^ab+c$", 0 }), ({ "ac", "^ab*c$", 1 }),
        ({ "colour", "^colou?r$", 1 }), ({ "a\nb", "a.b", 1 }),
        ({ "a.b", "a\\.b", 1 }), ({ "axb", "a\\.b", 0 }),
        ({ "(a)", "\\(a\\)", 1 }), ({ "a", "\\(a\\)", 0 }),
        ({ "a word here", "\\<word\\>", 1 }), ({ "swordfish", "\\<word", 0 }),
        ({ "words", "word\\>", 0 }), ({ "word", "^\\<word\\>$", 1 }),
        ({ "x{2}", "x{2}", 1 }), ({ "xx", "x{2}", 0 }),
        ({ "a]", "[]]", 1 }), ({ "-", "[a-]", 1 }), ({ "b", "[a-c]", 1 }),
        ({ "tab\there", "b\\th", 1 }), ({ "d", "\\d", 1 }), ({ "5", "\\d", 0 }),
        ({ "", "", 1 }), ({ "abc", "b|x", 1 }), ({ "a+", "a[+]", 1 }),
    });
    foreach (mixed *c in cases)
        expect(regexp(c[0], c[1]), c[2], sprintf("regexp(%O, %O)", c[0], c[1]));
}

void test_bad_patterns() {
    mixed *cases = ({
        // ({ pattern, Spencer's error })
        ({ "a**", "nested *?+" }), ({ "*a", "* follows nothing" }), ({ "(a", "unmatched ()" }),
        ({ "a)", "unmatched ()" }), ({ "[a", "unmatched []" }), ({ "a\\", "cannot end with" }),
        ({ "a\\{2\\}", "unimplemented operator" }), ({ "^*", "operand could be empty" }),
        ({ "[b-a]", "invalid [] range" }), ({ "]", "unexpected ]" }),
    });
    foreach (mixed *c in cases)
        expect_error(catch(regexp("a", c[0])), c[1], sprintf("bad pattern %O", c[0]));
    expect_error(catch(regexp("a", "a", 1)), "3rd argument illegal", "flag with a string");
    expect(regexp(({ }), "(bad"), ({ }), "empty array: pattern not compiled");
}

void test_arrays() {
    string *lines = ({ "apple pie", "banana split", "cherry tart", "apple crumble", "date" });
    expect(regexp(lines, "^apple"), ({ "apple pie", "apple crumble" }), "matching lines");
    expect(regexp(lines, "^apple", 2), ({ "banana split", "cherry tart", "date" }), "flag 2");
    expect(regexp(lines, "an", 1), ({ "banana split", 2 }), "flag 1: line and index + 1");
    expect(regexp(lines, "e", 3), ({ "banana split", 2 }), "flag 3");
    expect(regexp(({ "a", 1, "ab" }), "a"), ({ "a", "ab" }), "non-strings never match");
    expect(regexp(({ "a", 1 }), "b", 2), ({ "a" }), "non-strings never qualify");
}

void test_reg_assoc() {
    expect(reg_assoc("abc123def45", ({ "[0-9]+" }), ({ "num" })),
           ({ ({ "abc", "123", "def", "45", "" }), ({ 0, "num", 0, "num", 0 }) }), "one pattern");
    expect(reg_assoc("x=1, y=22", ({ "[a-z]", "[0-9]+" }), ({ "var", "num" }), "-"),
           ({ ({ "", "x", "=", "1", ", ", "y", "=", "22", "" }),
              ({ "-", "var", "-", "num", "-", "var", "-", "num", "-" }) }), "two patterns");
    expect(reg_assoc("plain", ({ "[0-9]" }), ({ 1 })), ({ ({ "plain" }), ({ 0 }) }), "no match");
    expect(reg_assoc("plain", ({ }), ({ }), 7), ({ ({ "plain" }), ({ 7 }) }), "no patterns");
    expect(reg_assoc("ab", ({ "x*" }), ({ 1 })),
           ({ ({ "", "", "a", "", "b" }), ({ 0, 1, 0, 1, 0 }) }), "empty matches step on");
    expect(reg_assoc("aab", ({ "b", "a+" }), ({ "B", "A" })),
           ({ ({ "", "aa", "", "b", "" }), ({ 0, "A", 0, "B", 0 }) }), "earliest start wins");
    expect_error(catch(reg_assoc("a", ({ "a" }), ({ }))), "sizes must be identical", "sizes");
    expect_error(catch(reg_assoc("a", ({ 1 }), ({ 1 }))), "Non-string", "non-string pattern");
    expect_error(catch(reg_assoc("a", ({ "a", "(" }), ({ 1, 2 }))), "unmatched ()", "bad pattern");
}
