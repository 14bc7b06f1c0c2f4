// sscanf, fourth round: %x of negative text, %f forms, signs, leading spaces,
// %*s at the end, more lvalues than conversions, empty input.
#include <conform.h>

void create() {
    int r, a, b;
    float f;
    string s, t;
    r = sscanf("-ff", "%x", a); show("x neg", ({ r, a }));
    r = sscanf("FF", "%x", a); show("x upper", ({ r, a }));
    r = sscanf("+1f", "%x", a); show("x plus", ({ r, a }));
    r = sscanf("0X10", "%x", a); show("x 0X", ({ r, a }));
    r = sscanf("zz", "%x", a); show("x none", ({ r }));
    r = sscanf("1e3", "%f", f); show("f exp", ({ r, f }));
    r = sscanf(".5", "%f", f); show("f dot first", ({ r, f }));
    r = sscanf("5.", "%f", f); show("f dot last", ({ r, f }));
    r = sscanf("-2.5e-1x", "%f%s", f, s); show("f neg exp rest", ({ r, f, s }));
    r = sscanf("+3.25", "%f", f); show("f plus", ({ r, f }));
    r = sscanf("  1.5", "%f", f); show("f lead spaces", ({ r, f }));
    r = sscanf("abc", "%f", f); show("f none", ({ r }));
    r = sscanf("+5", "%d", a); show("d plus", ({ r, a }));
    r = sscanf("+-5", "%d", a); show("d plus minus", ({ r }));
    r = sscanf("- 5", "%d", a); show("d minus space", ({ r }));
    r = sscanf("   42", "%d", a); show("d lead spaces", ({ r, a }));
    r = sscanf("   42", "%s", s); show("s lead spaces", ({ r, s }));
    r = sscanf("   42", " %d", a); show("space then d", ({ r, a }));
    r = sscanf("x  42", "x %d", a); show("x space d", ({ r, a }));
    r = sscanf("x  42", "x %s", s); show("x space s", ({ r, s }));
    r = sscanf("\t7", "%d", a); show("d lead tab", ({ r, a }));
    r = sscanf("a b c", "%s %*s", s); show("skip s at end", ({ r, s }));
    show("skip s after s", catch(sscanf("a b", "%s %s%*s", s, t)));
    r = sscanf("12", "%d", a, b, s); show("more lvalues", ({ r, a }));
    r = sscanf("", "", s); show("empty empty", ({ r }));
    r = sscanf("", "%s%d", s, a); show("empty s d", ({ r }));
    r = sscanf("", "x"); show("empty literal", ({ r }));
    r = sscanf("x", ""); show("empty format", ({ r }));
    show("d skip rest", catch(sscanf("12abc", "%d%*s")));
    r = sscanf("abc", "%*d%s", s); show("skip d fail", ({ r }));
    r = sscanf("a%b", "a%%%s", s); show("percent lit", ({ r, s }));
    r = sscanf("12 13", "%d%d", a, b); show("d d no sep", ({ r, a, b }));
    r = sscanf("1-2", "%d%d", a, b); show("d d minus sep", ({ r, a, b }));
    show("s s", catch(sscanf("ab", "%s%s", s, t)));
    done();
}
