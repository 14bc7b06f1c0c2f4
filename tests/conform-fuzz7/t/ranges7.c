// Indexing and ranges of strings, arrays and buffers, fuzzed against 2.07.
// Range assignment keeps 2.7's arithmetic when the range is inverted:
// s[i..j] = v is s[0..i-1] + v + s[j+1..] even when j < i - 1, so part of
// the old text comes twice. A constant `..<n` with n <= 1 is compiled as `..`
// (to the end), so s[i..<0] = v is no error while a variable n = 0 is.
#include <conform.h>

#include "fuzz7.h"

void create() {
    mixed e, x, y, z, m, a1, a2, a3, a4, s, e2;

    int zero = 0, one = 1, mfour = -4, six = 6;

    // inverted ranges on the left of =
    y = "abcdef"; e = catch(y[2..0] = "Q"); r("y=\"abcdef\"; y[2..0] = \"Q\"", e, y);
    y = "abcdef"; e = catch(y[4..1] = "Q"); r("y=\"abcdef\"; y[4..1] = \"Q\"", e, y);
    y = "abcdef"; e = catch(y[4..-1] = "Q"); r("y=\"abcdef\"; y[4..-1] = \"Q\"", e, y);
    y = "abcdef"; e = catch(y[4..-2] = "Q"); r("y=\"abcdef\"; y[4..-2] = \"Q\"", e, y);
    y = "abcdef"; e = catch(y[2..<six] = "Q"); r("y=\"abcdef\"; y[2..<6] = \"Q\" (variable)", e, y);
    y = "abcdef"; e = catch(y[3..2] = "XY"); r("y=\"abcdef\"; y[3..2] = \"XY\" (empty range)", e, y);
    y = "abcdef"; e = catch(y[6..5] = "Z"); r("y=\"abcdef\"; y[6..5] = \"Z\" (append)", e, y);
    y = "abcdef"; e = catch(y[<1..<3] = ""); r("y=\"abcdef\"; y[<1..<3] = \"\"", e, y);
    y = ({ 1, 2, 3, 4, 5 }); e = catch(y[3..0] = ({ 9 })); r("y=({ 1..5 }); y[3..0] = ({ 9 })", e, y);
    y = ({ 1, 2, 3, 4, 5 }); e = catch(y[4..1] = ({ })); r("y=({ 1..5 }); y[4..1] = ({ })", e, y);
    y = ({ 1, 2, 3, 4, 5 }); e = catch(y[2..1] = ({ 7, 8 })); r("y=({ 1..5 }); y[2..1] = ({ 7, 8 })", e, y);
    y = ({ 1, 2, 3 }); e = catch(y[3..-1] = ({ 0 })); r("y=({ 1, 2, 3 }); y[3..-1] = ({ 0 })", e, y);

    // constant `..<0`, `..<1`, `..<-n` mean "to the end"; a variable does not
    y = "hello"; e = catch(y[2..<0] = "XY"); r("y=\"hello\"; y[2..<0] = \"XY\"", e, y);
    y = "hello"; e = catch(y[2..<zero] = "XY"); r("y=\"hello\"; y[2..<zero] = \"XY\"", e, y);
    y = "hello"; e = catch(y[2..<1] = "XY"); r("y=\"hello\"; y[2..<1] = \"XY\"", e, y);
    y = "hello"; e = catch(y[2..<one] = "XY"); r("y=\"hello\"; y[2..<one] = \"XY\"", e, y);
    y = "abcd"; e = catch(y[2..<-4] = "XY"); r("y=\"abcd\"; y[2..<-4] = \"XY\"", e, y);
    y = "abcd"; e = catch(y[2..<mfour] = "XY"); r("y=\"abcd\"; y[2..<mfour] = \"XY\"", e, y);
    y = ({ 1, 2, 3, 4, 5 }); e = catch(y[1..<-3] = ({ 7, 8 })); r("y=({ 1..5 }); y[1..<-3] = ({ 7, 8 })", e, y);
    y = ({ 1, 2, 3, 4, 5 }); e = catch(y[<2..<0] = ({ 7 })); r("y=({ 1..5 }); y[<2..<0] = ({ 7 })", e, y);
    y = "hello"; e = catch(y[<3..<0] = "!"); r("y=\"hello\"; y[<3..<0] = \"!\"", e, y);
    e = catch(x = id("hello")[1..<0]); r("\"hello\"[1..<0]", e, x);
    e = catch(x = id("hello")[1..<zero]); r("\"hello\"[1..<zero]", e, x);
    e = catch(x = id(({ 1, 2, 3 }))[<2..<-5]); r("({ 1, 2, 3 })[<2..<-5]", e, x);

    // out-of-range bounds on the left of =
    y = "abcd"; e = catch(y[2..9] = "XY"); r("y=\"abcd\"; y[2..9] = \"XY\"", e, y);
    y = "abcd"; e = catch(y[5..5] = "XY"); r("y=\"abcd\"; y[5..5] = \"XY\"", e, y);
    y = ({ 1, 2 }); e = catch(y[<3..0] = ({ 7 })); r("y=({ 1, 2 }); y[<3..0] = ({ 7 })", e, y);
    y = "abcd"; e = catch(y[1..2] = 5); r("y=\"abcd\"; y[1..2] = 5", e, y);
    y = ({ 1, 2 }); e = catch(y[0..0] = "x"); r("y=({ 1, 2 }); y[0..0] = \"x\"", e, y);
    y = B(({ 1, 2, 3 })); e = catch(y[0..1] = B(({ 8, 9 }))); r("y=<buf 1 2 3>; y[0..1] = <buf 8 9>", e, y);

    // sampled from the fuzz runs (2.07 and Hearth agreed)
    e = catch(x = id("x")[0..<1]); r("id(\"x\")[0..<1]", e, x);
    e = catch(x = id("")[<0..1]); r("id(\"\")[<0..1]", e, x);
    e = catch(x = id("")[1..4]); r("id(\"\")[1..4]", e, x);
    e = catch(x = id(B(({ 1, 2, 3, 4 })))[<5..]); r("id(B(({ 1, 2, 3, 4 })))[<5..]", e, x);
    e = catch(x = id("\xe9\xff\x80a")[id(7)..id(-1)]); r("id(\"\\xe9\\xff\\x80a\")[id(7)..id(-1)]", e, x);
    e = catch(x = id("\xe9\xff\x80a")[<5..]); r("id(\"\\xe9\\xff\\x80a\")[<5..]", e, x);
    e = catch(x = id(({ }))[9]); r("id(({ }))[9]", e, x);
    e = catch(x = id("")[<-2]); r("id(\"\")[<-2]", e, x);
    e = catch(x = id(([ "a": 2, "b": 3 ]))[1]); r("id(([ \"a\": 2, \"b\": 3 ]))[1]", e, x);
    e = catch { y = id(({ })); y[5] = id(0); x = y; }; r("y=({ }); y[5] = 0", e, x);
    e = catch { y = id(B(({ 1, 2, 3, 4 }))); y[0] = id(-1); x = y; }; r("y=B(({ 1, 2, 3, 4 })); y[0] = -1", e, x);
    e = catch(x = id(([ 1.5: "f" ]))[2]); r("id(([ 1.5: \"f\" ]))[2]", e, x);
    e = catch(x = id(([ 1.5: "f" ]))[1.5]); r("id(([ 1.5: \"f\" ]))[1.5]", e, x);
    e = catch(x = id("x")[0..]); r("id(\"x\")[0..]", e, x);
    e = catch(x = id("\xe9\xff\x80a")[-2..<-2]); r("id(\"\\xe9\\xff\\x80a\")[-2..<-2]", e, x);
    e = catch { y = id(({ "a" })); y[-1..<9] = id("Q"); x = y; }; r("y=({ \"a\" }); y[-1..<9] = \"Q\"", e, x);
    e = catch(x = undefinedp(id(([ ]))[2])); r("undefinedp(id(([ ]))[2])", e, x);
    e = catch(x = id(B(({ 1, 2, 3, 4 })))[id(8)..id(6)]); r("id(B(({ 1, 2, 3, 4 })))[id(8)..id(6)]", e, x);
    e = catch(x = id("")[<-2..7]); r("id(\"\")[<-2..7]", e, x);
    e = catch { y = id(({ 1, ({ 2, 3 }), 4 })); y[<7] = id(0); x = y; }; r("y=({ 1, ({ 2, 3 }), 4 }); y[<7] = 0", e, x);
    e = catch(x = id("x")[<-2..<2]); r("id(\"x\")[<-2..<2]", e, x);
    e = catch(x = id("abcdef")[8..<8]); r("id(\"abcdef\")[8..<8]", e, x);
    e = catch { y = id("hello world"); y[-1..<-2] = id(B(({ 9, 9 }))); x = y; }; r("y=\"hello world\"; y[-1..<-2] = B(({ 9, 9 }))", e, x);
    e = catch(x = id("")[4..]); r("id(\"\")[4..]", e, x);
    e = catch(x = id(({ 1, 2, 3, 4, 5 }))[5..<5]); r("id(({ 1, 2, 3, 4, 5 }))[5..<5]", e, x);
    e = catch(x = id("")[<3]); r("id(\"\")[<3]", e, x);
    e = catch(x = id("\xe9\xff\x80a")[-3..8]); r("id(\"\\xe9\\xff\\x80a\")[-3..8]", e, x);
    e = catch { y = id(B(({ 200 }))); y[-1] = id(0); x = y; }; r("y=B(({ 200 })); y[-1] = 0", e, x);
    e = catch(x = id("hello world")[6]); r("id(\"hello world\")[6]", e, x);
    e = catch { y = id(({ 1, 2, 3, 4, 5 })); y[8..<0] = id(({ })); x = y; }; r("y=({ 1, 2, 3, 4, 5 }); y[8..<0] = ({ })", e, x);
    e = catch { y = id(({ })); y[<0..<9] = id(B(({ 9, 9 }))); x = y; }; r("y=({ }); y[<0..<9] = B(({ 9, 9 }))", e, x);
    e = catch(x = undefinedp(id(([ 1: "x", 2: "y" ]))["zz"])); r("undefinedp(id(([ 1: \"x\", 2: \"y\" ]))[\"zz\"])", e, x);
    e = catch(x = id(([ "a": 2, "b": 3 ]))[2]); r("id(([ \"a\": 2, \"b\": 3 ]))[2]", e, x);
    e = catch { y = id(({ })); y[1..8] = id(({ 7, 8 })); x = y; }; r("y=({ }); y[1..8] = ({ 7, 8 })", e, x);
    e = catch(x = undefinedp(id(([ 0: 1 ]))[0])); r("undefinedp(id(([ 0: 1 ]))[0])", e, x);
    e = catch(x = id(allocate_buffer(0))[<6..9]); r("id(allocate_buffer(0))[<6..9]", e, x);
    e = catch(x = id("x")[id(3)..id(5)]); r("id(\"x\")[id(3)..id(5)]", e, x);
    e = catch(x = id("\xe9\xff\x80a")[<2]); r("id(\"\\xe9\\xff\\x80a\")[<2]", e, x);
    e = catch(x = id(allocate_buffer(0))[4..<0]); r("id(allocate_buffer(0))[4..<0]", e, x);
    e = catch(x = id(([ ]))["a"]); r("id(([ ]))[\"a\"]", e, x);
    e = catch(x = id("hello world")[<1..<4]); r("id(\"hello world\")[<1..<4]", e, x);
    e = catch(x = id("\xe9\xff\x80a")[<-3..]); r("id(\"\\xe9\\xff\\x80a\")[<-3..]", e, x);
    e = catch { y = id(({ "a" })); y[-4..<4] = id(({ })); x = y; }; r("y=({ \"a\" }); y[-4..<4] = ({ })", e, x);
    e = catch(x = id(({ "a" }))[9..]); r("id(({ \"a\" }))[9..]", e, x);
    e = catch(x = undefinedp(id(([ "a": 2, "b": 3 ]))[1.5])); r("undefinedp(id(([ \"a\": 2, \"b\": 3 ]))[1.5])", e, x);
    e = catch(x = id("hello world")[7..6]); r("id(\"hello world\")[7..6]", e, x);
    e = catch { y = id(({ "a" })); y[8] *= 3; x = y; }; r("y=({ \"a\" }); y[8] *= 3", e, x);
    e = catch(x = id("")[<-4..9]); r("id(\"\")[<-4..9]", e, x);
    e = catch(x = id(({ 1, ({ 2, 3 }), 4 }))[<-3..6]); r("id(({ 1, ({ 2, 3 }), 4 }))[<-3..6]", e, x);
    e = catch { y = id("abcdef"); y[8]++; x = y; }; r("y=\"abcdef\"; y[8]++", e, x);
    done();
}
