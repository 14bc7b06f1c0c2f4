// sscanf(): return counts, %d %x %f %s %(regexp) %%, skipped fields,
// literal text, how %s ends, and the lvalues it stores through.
#include <test.h>

// ({ input, format, expected count, expected values... }) for up to three
// lvalues; fields that were not assigned stay 0.
void check_all(mixed *cases) {
    foreach (mixed *c in cases) {
        mixed a = 0, b = 0, d = 0;
        int n = sscanf(c[0], c[1], a, b, d);
        expect(({ n, a, b, d })[0..sizeof(c) - 3], c[2..], sprintf("sscanf(%O, %O)", c[0], c[1]));
    }
}

void test_numbers() {
    check_all(({
        ({ "12 apples", "%d %s", 2, 12, "apples" }),
        ({ "-17", "%d", 1, -17 }), ({ "+5", "%d", 1, 5 }), ({ "  42", "%d", 1, 42 }),
        ({ "x", "%d", 0, 0 }), ({ "12abc", "%d%s", 2, 12, "abc" }),
        ({ "ff", "%x", 1, 255 }), ({ "0x1F", "%x", 1, 31 }), ({ "-a", "%x", 1, -10 }),
        ({ "3.25", "%f", 1, 3.25 }), ({ "7", "%f", 1, 7.0 }), ({ ".5", "%f", 1, 0.5 }),
        ({ "-2.5x", "%f%s", 2, -2.5, "x" }), ({ "1e5", "%f%s", 2, 1.0, "e5" }),
        ({ ".", "%f", 0, 0 }), ({ "10 20 30", "%d %*d %d", 3, 10, 30 }),
        ({ "9223372036854775807", "%d", 1, 9223372036854775807 }),
    }));
}

void test_literals() {
    check_all(({
        ({ "age: 42", "age: %d", 1, 42 }), ({ "age: 42", "size: %d", 0, 0 }),
        ({ "50%", "%d%%", 1, 50 }), ({ "5 6", "%d %d %d", 2, 5, 6, 0 }),
        ({ "abc", "abc", 0, 0 }), ({ "abcdef", "abc", 1, "def" }),
        ({ "ab", "abc", 0, 0 }),
    }));
}

void test_strings() {
    check_all(({
        ({ "key=value=more", "%s=%s", 2, "key", "value=more" }),
        ({ "a.b.c", "%s.c", 1, "a.b" }), ({ "hello world", "%s %s", 2, "hello", "world" }),
        ({ "nothing to see", "%s", 1, "nothing to see" }), ({ "abc", "%sc", 1, "ab" }),
        ({ "abc123", "%s%d", 2, "abc", 123 }), ({ "abc-5", "%s%d", 2, "abc-", 5 }),
        ({ "", "%s", 1, "" }), ({ "a,b,", "%s,%s,%s", 3, "a", "b", "" }),
        ({ "no digits", "%s%d", 1, "no digits" }), ({ "v0x1f", "%s%x", 2, "v", 31 }),
        ({ "ab.5", "%s%f", 2, "ab", 0.5 }), ({ "50%", "%s%%", 2, "50" }),
        ({ "a.c.d", "%s.c", 2, "a", ".d" }), ({ "[x]", "[%s]", 1, "x" }),
        ({ "one two", "%*s %s", 2, "two" }), ({ "a=b", "%s=%*s", 2, "a" }),
    }));
}

void test_regexp() {
    check_all(({
        ({ "ab12", "%(a+b)%d", 2, "ab", 12 }), ({ "xab12", "%(a+b)%d", 0, 0, 0 }),
        ({ "xxab12", "%s%(a+b)%d", 3, "xx", "ab", 12 }),
        ({ "word rest", "%([a-z]+) %s", 2, "word", "rest" }),
        ({ "none", "%s%(x+)", 1, "none" }),
    }));
}

void test_lvalues() {
    int *arr = allocate(3);
    mapping m = ([ ]);
    string s = "xyz";
    expect(sscanf("1 2 3", "%d %d %d", arr[0], arr[1], arr[2]), 3, "array elements: count");
    expect(arr, ({ 1, 2, 3 }), "array elements: values");
    expect(sscanf("k:v", "%s:%s", m["key"], m["val"]), 2, "mapping elements: count");
    expect(m, ([ "key": "k", "val": "v" ]), "mapping elements: values");
    expect(sscanf("66", "%d", s[0]), 1, "char lvalue: count");
    expect(s, "Byz", "char lvalue: value");
}

void test_errors() {
    int a, b;
    expect_error(catch(sscanf("1", "%d%", a)), "end in '%'", "format ends in %");
    expect_error(catch(sscanf("a b", "%s%s", a, b)), "adjacent %s", "two adjacent %s");
    expect_error(catch(sscanf("1", "%q", a)), "Bad type", "unknown conversion");
    expect_error(catch(sscanf("1 2", "%d %d", a)), "Too few arguments", "too few lvalues");
    expect_error(catch(sscanf("a", "%([a)", a)), "unmatched []", "bad regexp");
}
