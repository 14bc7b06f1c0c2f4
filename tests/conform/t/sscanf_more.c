// sscanf corner cases: %d with signs and junk, %s followed by literals,
// %*, %%, %x, %f, return counts on partial matches, empty input.
#include <conform.h>

void create() {
    int a, b, n;
    string s, t;
    float f;
    mixed e;

    n = sscanf("12 34", "%d %d", a, b);
    show("two ints", ({ n, a, b }));
    a = b = -1;
    n = sscanf("-5+6", "%d%d", a, b);
    show("signs", ({ n, a, b }));
    a = -1;
    n = sscanf("+7", "%d", a);
    show("leading plus", ({ n, a }));
    a = -1;
    n = sscanf("  8", "%d", a);
    show("leading spaces for %d", ({ n, a }));
    a = -1;
    n = sscanf("x9", "%d", a);
    show("no digits", ({ n, a }));
    n = sscanf("abc=def", "%s=%s", s, t);
    show("%s=%s", ({ n, s, t }));
    n = sscanf("a=b=c", "%s=%s", s, t);
    show("first = splits", ({ n, s, t }));
    n = sscanf("hello", "%s", s);
    show("%s whole", ({ n, s }));
    s = "unset";
    n = sscanf("", "%s", s);
    show("%s of empty", ({ n, s }));
    n = sscanf("key: value here", "%s: %s", s, t);
    show("%s: %s", ({ n, s, t }));
    n = sscanf("10 apples", "%d %s", a, s);
    show("%d %s", ({ n, a, s }));
    n = sscanf("skip 5", "%*s %d", a);
    show("%*s", ({ n, a }));
    n = sscanf("50%", "%d%%", a);
    show("%%", ({ n, a }));
    n = sscanf("ff", "%x", a);
    show("%x", ({ n, a }));
    n = sscanf("0x1A", "%x", a);
    show("%x with 0x", ({ n, a }));
    n = sscanf("3.25", "%f", f);
    show("%f", ({ n, f }));
    n = sscanf("-1.5e2", "%f", f);
    show("%f exponent", ({ n, f }));
    n = sscanf("7", "%f", f);
    show("%f from int text", ({ n, f }));
    n = sscanf("abc", "%d", a);
    show("no match count", n);
    n = sscanf("12abc", "%dabc", a);
    show("literal after %d", ({ n, a }));
    n = sscanf("12abd", "%dabc", a);
    show("literal mismatch after %d", ({ n, a }));
    n = sscanf("a,b,c", "%s,%s", s, t);
    show("rest into last %s", ({ n, s, t }));
    n = sscanf("[x]", "[%s]", s);
    show("brackets", ({ n, s }));
    n = sscanf("1 2 3", "%d %d", a, b);
    show("trailing text ignored", ({ n, a, b }));
    n = sscanf("abc", "abc");
    show("only literal", n);
    n = sscanf("abc", "abd");
    show("literal mismatch", n);
    n = sscanf("x 5", "%s %d", s, a);
    show("%s then %d", ({ n, s, a }));
    n = sscanf("5 x", "%d%s", a, s);
    show("%d then %s keeps space", ({ n, a, s }));
    n = sscanf("aXbXc", "%sX%sX%s", s, t, e);
    show("three strings", ({ n, s, t, e }));
    n = sscanf("--", "%s-%s", s, t);
    show("empty pieces", ({ n, s, t }));
    n = sscanf("- 3", "%d", a);
    show("minus space digit", ({ n }));
    done();
}
