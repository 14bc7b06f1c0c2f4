// sscanf with random formats (%d %s %x %f %*, %(regexp), literal text, %%,
// adjacent conversions, too few or too many variables) on inputs built to
// match, half-match or miss. Sampled from fuzz runs where 2.07 and Hearth
// agreed.
#include <conform.h>

#include "fuzz7.h"

void create() {
    mixed e, x, y, z, m, a1, a2, a3, a4, s, e2;



    // sampled from the fuzz runs (2.07 and Hearth agreed)
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("a,b"), id("%%d")); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"a,b\"), id(\"%%d\"))", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id(""), id("%s"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"\"), id(\"%s\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("12aaa"), id("%s%%%s"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"12aaa\"), id(\"%s%%%s\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("a b"), id("%s%(b+)"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"a b\"), id(\"%s%(b+)\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("-.5"), id("%s.%s"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"-.5\"), id(\"%s.%s\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("a:1:b"), id("%*d%d")); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"a:1:b\"), id(\"%*d%d\"))", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("aab"), id("x%dx")); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"aab\"), id(\"x%dx\"))", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("12"), id("%*s")); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"12\"), id(\"%*s\"))", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("a.b.c"), id("%s %d"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"a.b.c\"), id(\"%s %d\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("12aaa"), id("%d %d %d"), a1, a2, a3); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"12aaa\"), id(\"%d %d %d\"), a1, a2, a3)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id(".5"), id("%s%f"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\".5\"), id(\"%s%f\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("abcb--"), id("abc%(a+)-"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"abcb--\"), id(\"abc%(a+)-\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("a b c"), id("a%sb"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"a b c\"), id(\"a%sb\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("a\nb"), id("%s.%s"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"a\\nb\"), id(\"%s.%s\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("12"), id("%d %d %d"), a1, a2, a3); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"12\"), id(\"%d %d %d\"), a1, a2, a3)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("abc12"), id("%s\n%s"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"abc12\"), id(\"%s\\n%s\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("1.5"), id("%x"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"1.5\"), id(\"%x\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("7\n"), id("%"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"7\\n\"), id(\"%\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("-a"), id("%x"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"-a\"), id(\"%x\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id(".5"), id("%-d"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\".5\"), id(\"%-d\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("%g12%abc"), id("%%%x%*d%%abc"), a1, a2, a3); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"%g12%abc\"), id(\"%%%x%*d%%abc\"), a1, a2, a3)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("\t7"), id("%s\n%s"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"\\t7\"), id(\"%s\\n%s\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("abab"), id("%s%d"), a1, a2, a3); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"abab\"), id(\"%s%d\"), a1, a2, a3)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("1."), id("%d")); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"1.\"), id(\"%d\"))", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("\t7"), id("%-d"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"\\t7\"), id(\"%-d\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("-"), id("%s.%s"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"-\"), id(\"%s.%s\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("12fooa b10"), id("%s%*s%s%*x"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"12fooa b10\"), id(\"%s%*s%s%*x\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("3 4 5"), id("%d%*s"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"3 4 5\"), id(\"%d%*s\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("  12"), id("%s, %s"), a1, a2, a3); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"  12\"), id(\"%s, %s\"), a1, a2, a3)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("-0x1f"), id("%s%(x+)"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"-0x1f\"), id(\"%s%(x+)\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("x12:"), id("x%d:"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"x12:\"), id(\"x%d:\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id(" "), id("%d %s"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\" \"), id(\"%d %s\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("aaax,y"), id("%(a+)%*s")); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"aaax,y\"), id(\"%(a+)%*s\"))", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("aab"), id("%q"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"aab\"), id(\"%q\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("nan"), id("%s%(x+)"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"nan\"), id(\"%s%(x+)\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("a b"), id("%s:%d:%s"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"a b\"), id(\"%s:%d:%s\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("1.2.3"), id("%d,%d"), a1, a2, a3); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"1.2.3\"), id(\"%d,%d\"), a1, a2, a3)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("a, b"), id("%f%s"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"a, b\"), id(\"%f%s\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("-foo+5"), id("-%s%d"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"-foo+5\"), id(\"-%s%d\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id(""), id("%*s")); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"\"), id(\"%*s\"))", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("12aaa"), id("%d"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"12aaa\"), id(\"%d\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("aaa rest"), id("%*d%d"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"aaa rest\"), id(\"%*d%d\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("1.5"), id("%s%f"), a1, a2, a3); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"1.5\"), id(\"%s%f\"), a1, a2, a3)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id(":0x1Fxx"), id(":%*xxx")); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\":0x1Fxx\"), id(\":%*xxx\"))", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("12-31.5a b"), id("%*s%d%f%s"), a1, a2, a3); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"12-31.5a b\"), id(\"%*s%d%f%s\"), a1, a2, a3)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("5%"), id("%s %*s"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"5%\"), id(\"%s %*s\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("foo"), id("%*sabc%%")); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"foo\"), id(\"%*sabc%%\"))", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("x12"), id("%s%d"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"x12\"), id(\"%s%d\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("b,12,q"), id("%(a+),%s,%%"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"b,12,q\"), id(\"%(a+),%s,%%\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("%-aabc,a"), id("%%%xabc,%(a+)"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"%-aabc,a\"), id(\"%%%xabc,%(a+)\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("-0x1f"), id("%s\n%s"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"-0x1f\"), id(\"%s\\n%s\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id(":-a"), id(":%x"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\":-a\"), id(\":%x\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("foo%"), id("%s%%"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"foo%\"), id(\"%s%%\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("10"), id("%x"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"10\"), id(\"%x\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("gxyz"), id("%x"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"gxyz\"), id(\"%x\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("abc 12"), id("%s%(x+)"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"abc 12\"), id(\"%s%(x+)\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("007"), id("%*d")); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"007\"), id(\"%*d\"))", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("0"), id("%d"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"0\"), id(\"%d\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("foo"), id("%s"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"foo\"), id(\"%s\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("%d"), id("%*d%d"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"%d\"), id(\"%*d%d\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("a\nb"), id("%s%s"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"a\\nb\"), id(\"%s%s\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("10"), id("%x %(a+)%%"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"10\"), id(\"%x %(a+)%%\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id(" 4x,ya b12xyz"), id("%d%s%s%s"), a1, a2, a3, a4); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\" 4x,ya b12xyz\"), id(\"%d%s%s%s\"), a1, a2, a3, a4)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("a.b.c"), id("%s%x"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"a.b.c\"), id(\"%s%x\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("12aaa"), id("%d,%d"), a1, a2, a3); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"12aaa\"), id(\"%d,%d\"), a1, a2, a3)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("bbb"), id("%s%(b+)"), a1, a2, a3); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"bbb\"), id(\"%s%(b+)\"), a1, a2, a3)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("00"), id("%(a+)%s"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"00\"), id(\"%(a+)%s\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("7\n"), id("%f"), a1); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"7\\n\"), id(\"%f\"), a1)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id("\t7"), id("%s%f"), a1, a2); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\"\\t7\"), id(\"%s%f\"), a1, a2)", e, x);
    e = catch { a1 = a2 = a3 = a4 = -99; y = sscanf(id(",99999"), id(",%*d%*s")); x = ({ y, a1, a2, a3, a4 }); }; r("sscanf(id(\",99999\"), id(\",%*d%*s\"))", e, x);
    done();
}
