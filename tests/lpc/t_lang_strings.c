// String indexing, ranges, char assignment, juxtaposition, escapes.
#include <test.h>

void test_index_range() {
    string s = "abcdefgh";
    expect(s[0], 'a', "s[0]");
    expect(s[<1], 'h', "s[<1]");
    expect(s[2..4], "cde", "s[2..4]");
    expect(s[1..<2], "bcdefg", "s[1..<2]");
    expect(s[<3..], "fgh", "s[<3..]");
    expect(s[5..], "fgh", "s[5..]");
    expect(s[..2], "abc", "s[..2]");
    expect(s[<3..<2], "fg", "s[<3..<2]");
    expect(s[4..2], "", "empty range");
    expect(s[3..100], "defgh", "clipped range");
    expect_error(catch(s[100]), "", "index out of range");
}

void test_char_assign() {
    string s = "abcdefgh", t = s;
    t[0] = 'X';
    expect(t, "Xbcdefgh", "char store");
    expect(s, "abcdefgh", "copy on write");
    t[<1] = 'Z';
    expect(t, "XbcdefgZ", "char store from end");
}

void test_literals() {
    expect("ab" "cd", "abcd", "juxtaposition");
    expect("q\"b\\e", "q" + "\"" + "b" + "\\" + "e", "escapes");
    expect("\e"[0], 27, "\\e is ESC");
    expect(strlen("a\tb\n"), 4, "\\t \\n");
    expect(sizeof("hello"), 5, "sizeof string");
    string e = "";
    expect(strlen(e), 0, "empty string");
}

void test_append() {
    string s = "";
    for (int i = 0; i < 1000; i++) s += "x";
    expect(strlen(s), 1000, "1000 appends");
    string a = "abc", b = a;
    b += "d";
    expect(a, "abc", "append does not change shared copies");
    expect(b, "abcd", "append result");
}

void test_foreach_chars() {
    int sum = 0;
    foreach (int c in "abc") sum += c;
    expect(sum, 294, "foreach over a string gives char codes");
}

void test_text_blocks() {
    string t = @END
line one
line two
END;
    expect(t, "line one\nline two\n", "@END block");
    string *lines = @@END
alpha
beta
END;
    expect(lines, ({ "alpha", "beta" }), "@@END block");
}
