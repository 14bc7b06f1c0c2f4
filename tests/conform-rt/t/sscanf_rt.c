// sscanf forms: counts, %s greediness against the next literal, %d signs,
// %*, %x, %f, %%, trailing text, and the variables left untouched.
#include <conform.h>

void create() {
    int a, b, c, n;
    string s1, s2, s3;
    float f;

    n = sscanf("10 20", "%d %d", a, b);
    show("two ints", ({ n, a, b }));
    a = b = -1;
    n = sscanf("10 x", "%d %d", a, b);
    show("second fails", ({ n, a, b }));
    n = sscanf("abc", "%d", a);
    show("no int at start", ({ n, a }));
    n = sscanf("-15+3", "%d%d", a, b);
    show("signed ints back to back", ({ n, a, b }));
    n = sscanf("key=value", "%s=%s", s1, s2);
    show("%s=%s", ({ n, s1, s2 }));
    n = sscanf("a=b=c", "%s=%s", s1, s2);
    show("%s=%s with two =", ({ n, s1, s2 }));
    n = sscanf("look at the sword", "look at %s", s1);
    show("literal prefix", ({ n, s1 }));
    n = sscanf("take sword from chest", "take %s from %s", s1, s2);
    show("take X from Y", ({ n, s1, s2 }));
    n = sscanf("give 5 coins to bob", "give %d %s to %s", a, s1, s2);
    show("give N X to Y", ({ n, a, s1, s2 }));
    n = sscanf("abc", "%s", s1);
    show("%s whole", ({ n, s1 }));
    s1 = "unset";
    n = sscanf("", "%s", s1);
    show("%s of empty", ({ n, s1 }));
    n = sscanf("prefix", "pre%s", s1);
    show("pre%s", ({ n, s1 }));
    n = sscanf("prefix", "xpre%s", s1);
    show("literal mismatch", ({ n }));
    n = sscanf("12abc", "%d%s", a, s1);
    show("%d%s", ({ n, a, s1 }));
    n = sscanf("1 2 3", "%*d %d %d", a, b);
    show("%*d skip", ({ n, a, b }));
    n = sscanf("ab:cd", "%*s:%s", s1);
    show("%*s skip", ({ n, s1 }));
    n = sscanf("ff", "%x", a);
    show("%x", ({ n, a }));
    n = sscanf("3.25 rest", "%f %s", f, s1);
    show("%f", ({ n, f, s1 }));
    n = sscanf("100%", "%d%%", a);
    show("%%", ({ n, a }));
    n = sscanf("5 apples", "%d", a);
    show("trailing text ignored", ({ n, a }));
    n = sscanf("a b c", "%s %s", s1, s2);
    show("%s %s first space", ({ n, s1, s2 }));
    show("%s%s", caught(catch(sscanf("abc", "%s%s", s1, s2))));
    n = sscanf("x:1:y", "%s:%d:%s", s1, a, s2);
    show("mixed", ({ n, s1, a, s2 }));
    n = sscanf("  42", "%d", a);
    show("leading spaces before %d", ({ n, a }));
    n = sscanf("007", "%d", a);
    show("leading zeros", ({ n, a }));
    n = sscanf("abc", "abc");
    show("no conversions, match", n);
    n = sscanf("abd", "abc");
    show("no conversions, mismatch", n);
    n = sscanf("hello world", "%s world%s", s1, s3);
    show("%s at end empty", ({ n, s1, s3 }));
    c = 0;
    n = sscanf("7", "%d%d", a, c);
    show("partial leaves others", ({ n, a, c }));
    done();
}
