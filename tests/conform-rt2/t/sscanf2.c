// sscanf, second round: each conversion, %*, literal matching, trailing text,
// adjacency, return counts.
#include <conform.h>

void create() {
    int a, b, c, r;
    string s1, s2, s3;
    float fl;
    mixed m;
    r = sscanf("12 34", "%d %d", a, b); show("two ints", ({ r, a, b }));
    a = b = 0;
    r = sscanf("12abc", "%d%s", a, s1); show("int then string", ({ r, a, s1 }));
    r = sscanf("abc12", "%s%d", s1, a); show("string then int", ({ r, s1, a }));
    r = sscanf("abc 12", "%s %d", s1, a); show("string space int", ({ r, s1, a }));
    r = sscanf("-17", "%d", a); show("negative", ({ r, a }));
    r = sscanf("+17", "%d", a); show("plus sign", ({ r, a }));
    r = sscanf("  17", "%d", a); show("leading spaces int", ({ r, a }));
    r = sscanf("x17", "%d", a); a = 0; show("no digits", ({ r }));
    r = sscanf("0x1f", "%x", a); show("hex 0x", ({ r, a }));
    r = sscanf("ff", "%x", a); show("hex ff", ({ r, a }));
    r = sscanf("3.5", "%f", fl); show("float", ({ r, fl }));
    r = sscanf("-0.25xyz", "%f%s", fl, s1); show("float then string", ({ r, fl, s1 }));
    r = sscanf("7", "%f", fl); show("float from int text", ({ r, fl }));
    r = sscanf("a,b,c", "%s,%s,%s", s1, s2, s3); show("comma split", ({ r, s1, s2, s3 }));
    r = sscanf("a,b", "%s,%s,%s", s1, s2, s3); show("too few parts", ({ r }));
    r = sscanf("key=value=x", "%s=%s", s1, s2); show("first separator", ({ r, s1, s2 }));
    r = sscanf("hello world", "hello %s", s1); show("literal prefix", ({ r, s1 }));
    r = sscanf("hello world", "goodbye %s", s1); show("literal mismatch", ({ r }));
    r = sscanf("abc", "abc"); show("all literal", ({ r }));
    r = sscanf("abcdef", "abc"); show("literal with trailing", ({ r }));
    r = sscanf("12 skip 34", "%d %*s %d", a, b); show("skip string", ({ r, a, b }));
    r = sscanf("12 34", "%*d %d", a); show("skip int", ({ r, a }));
    r = sscanf("", "%s", s1); show("empty input %s", ({ r }));
    r = sscanf("", "%d", a); show("empty input %d", ({ r }));
    r = sscanf("abc", "%s", s1); show("whole string", ({ r, s1 }));
    show("two strings adjacent", caught(catch(sscanf("abc", "%s%s", s1, s2))));
    r = sscanf("10%", "%d%%", a); show("percent literal", ({ r, a }));
    r = sscanf("a b", "%s %s", s1, s2); show("space sep", ({ r, s1, s2 }));
    r = sscanf("a  b", "%s %s", s1, s2); show("double space", ({ r, s1, s2 }));
    r = sscanf("12", "%d %d", a, b); show("partial match", ({ r, a }));
    r = sscanf("12 ", "%d %s", a, s1); show("empty trailing string", ({ r, a }));
    r = sscanf("x:1:y", "%s:%d:%s", s1, a, s2); show("mixed", ({ r, s1, a, s2 }));
    show("set", caught(catch(sscanf("abc123def", "%[a-z]%d%s", s1, a, s2))));
    
    
    r = sscanf("  x", "%s", s1); show("leading spaces string", ({ r, s1 }));
    r = sscanf("1 2 3", "%d %d %d %d", a, b, c, r); show("more specs than input", ({ a, b, c }));
    r = sscanf("007", "%d", a); show("leading zeros", ({ r, a }));
    r = sscanf("12abc", "%d", a); show("int then trailing", ({ r, a }));
    r = sscanf("abc", "%d", a); show("int fails", ({ r }));
    m = 0;
    r = sscanf("5", "%d", m); show("into mixed", ({ r, m }));
    r = sscanf("xyz", "x%sz", s1); show("middle", ({ r, s1 }));
    r = sscanf("xz", "x%sz", s1); show("empty middle", ({ r, s1 }));
    r = sscanf("a.b.c", "%s.%s", s1, s2); show("dot split", ({ r, s1, s2 }));
    r = sscanf("abc", "%*s"); show("only skip", ({ r }));
    r = sscanf("5 apples", "%d %s", a, s1); show("count words", ({ r, a, s1 }));
    r = sscanf("get 3 swords", "get %d %s", a, s1); show("command", ({ r, a, s1 }));
    r = sscanf("-", "%d", a); show("lone minus", ({ r }));
    done();
}
