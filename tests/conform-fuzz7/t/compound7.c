// Compound assignments, fuzzed against 2.07 over every pair of operand types.
// An int variable keeps an int under -=, *=, /= with a float, but the value of
// the expression is that int as a float (+= gives the int); a float takes only
// numbers under +=; an object cannot be the left side of +=; a char of a
// string or buffer is updated only by += and -= (the value of `s[i] -= n` is
// n); no compound assignment works on a range.
#include <conform.h>

#include "fuzz7.h"

void create() {
    mixed e, x, y, z, m, a1, a2, a3, a4, s, e2;

    // int op= float: the variable stays an int, the expression is a float
    y = id(7); e = catch(x = (y -= id(2.5))); r("(y=7 -= 2.5), y", e, ({ x, y }));
    y = id(7); e = catch(x = (y *= id(2.5))); r("(y=7 *= 2.5), y", e, ({ x, y }));
    y = id(7); e = catch(x = (y /= id(2.5))); r("(y=7 /= 2.5), y", e, ({ x, y }));
    y = id(7); e = catch(x = (y += id(2.5))); r("(y=7 += 2.5), y", e, ({ x, y }));
    y = id(0); e = catch(x = (y -= id(2.5))); r("(y=0 -= 2.5), y", e, ({ x, y }));
    y = id(-7); e = catch(x = (y *= id(-2.25))); r("(y=-7 *= -2.25), y", e, ({ x, y }));
    y = id(65536); e = catch(x = (y /= id(100.0))); r("(y=65536 /= 100.0), y", e, ({ x, y }));
    y = id(7); e = catch(x = (y /= id(0.0))); r("(y=7 /= 0.0)", e, ({ x, y }));
    y = id(7); e = catch(x = (y %= id(2.5))); r("(y=7 %= 2.5)", e, ({ x, y }));
    z = ({ 7 }); e = catch(x = (z[0] -= id(0.5))); r("(z[0]=7 -= 0.5), z[0]", e, ({ x, z[0] }));
    m = ([ "k": 9 ]); e = catch(x = (m["k"] *= id(0.5))); r("(m[k]=9 *= 0.5), m[k]", e, ({ x, m["k"] }));
    m = ([ ]); e = catch(x = (m["k"] -= id(1.5))); r("(m[missing] -= 1.5), m", e, ({ x, m }));
    y = id(2.5); e = catch(x = (y -= id(1))); r("(y=2.5 -= 1), y", e, ({ x, y }));
    y = id(2.5); e = catch(x = (y += id(1))); r("(y=2.5 += 1), y", e, ({ x, y }));

    // += is narrower than +
    y = id(2.5); e = catch(y += id("ab")); r("y=2.5; y += \"ab\"", e, y);
    e = catch(x = id(2.5) + id("ab")); r("2.5 + \"ab\"", e, x);
    y = id(2.5); e = catch(y += id(({ 1 }))); r("y=2.5; y += ({ 1 })", e, y);
    y = this_object(); e = catch(y += id("ab")); r("y=this_object(); y += \"ab\"", e, y);
    e = catch(x = id(this_object()) + id("ab")); r("this_object() + \"ab\"", e, x);
    y = id(7); e = catch(y += id("ab")); r("y=7; y += \"ab\"", e, y);
    y = id("ab"); e = catch(y += id(2.5)); r("y=\"ab\"; y += 2.5", e, y);
    y = id("ab"); e = catch(y += id(7)); r("y=\"ab\"; y += 7", e, y);
    z = ({ 1.5 }); e = catch(z[0] += id("x")); r("z[0]=1.5; z[0] += \"x\"", e, z);
    m = ([ "k": 1.5 ]); e = catch(m["k"] += id("x")); r("m[k]=1.5; m[k] += \"x\"", e, m);

    // chars of strings and buffers: only += and -=
    y = "abc"; e = catch(x = (y[0] -= 1)); r("(y=\"abc\"; y[0] -= 1), y", e, ({ x, y }));
    y = "abc"; e = catch(x = (y[1] -= -2)); r("(y=\"abc\"; y[1] -= -2), y", e, ({ x, y }));
    y = "abc"; e = catch(y[0] += 1); r("y=\"abc\"; y[0] += 1", e, y);
    y = "abc"; e = catch(y[<1] += 3); r("y=\"abc\"; y[<1] += 3", e, y);
    y = "abc"; e = catch(y[0] *= 2); r("y=\"abc\"; y[0] *= 2", e, y);
    y = "abc"; e = catch(y[0] /= 1); r("y=\"abc\"; y[0] /= 1", e, y);
    y = "abc"; e = catch(y[0] |= 1); r("y=\"abc\"; y[0] |= 1", e, y);
    y = "abc"; e = catch(y[0] &= 1); r("y=\"abc\"; y[0] &= 1", e, y);
    y = "abc"; e = catch(y[0] <<= 1); r("y=\"abc\"; y[0] <<= 1", e, y);
    y = "abc"; e = catch(y[0] %= 2); r("y=\"abc\"; y[0] %= 2", e, y);
    y = "abc"; e = catch(y[0] -= 97); r("y=\"abc\"; y[0] -= 97 (a NUL)", e, y);
    y = "abc"; e = catch(y[0] += 1.5); r("y=\"abc\"; y[0] += 1.5", e, y);
    y = "abc"; e = catch(y[0] -= "a"); r("y=\"abc\"; y[0] -= \"a\"", e, y);
    y = B(({ 1, 2 })); e = catch(x = (y[0] -= 2)); r("(y=<buf 1 2>; y[0] -= 2), y", e, ({ x, V(y) }));
    y = B(({ 1, 2 })); e = catch(y[1] += 300); r("y=<buf 1 2>; y[1] += 300", e, y);
    y = B(({ 1, 2 })); e = catch(y[0] *= 3); r("y=<buf 1 2>; y[0] *= 3", e, y);
    y = B(({ 1, 2 })); e = catch(y[0] ^= 3); r("y=<buf 1 2>; y[0] ^= 3", e, y);

    // ranges are not compound-assignable
    y = "abc"; e = catch(y[0..1] += "x"); r("y=\"abc\"; y[0..1] += \"x\"", e, y);
    y = ({ 1, 2 }); e = catch(y[0..0] += ({ 3 })); r("y=({ 1, 2 }); y[0..0] += ({ 3 })", e, y);
    y = ({ 1, 2 }); e = catch(y[0..0] -= ({ 1 })); r("y=({ 1, 2 }); y[0..0] -= ({ 1 })", e, y);
    y = "abc"; e = catch(y[<2..] *= 2); r("y=\"abc\"; y[<2..] *= 2", e, y);

    // sampled from the fuzz runs (2.07 and Hearth agreed)
    e = catch { x = id(({ 1, 2, 3 })); y = ++x; x = ({ x, y }); }; r("++x of ({ 1, 2, 3 })", e, x);
    e = catch { x = id("Hello"); y = x++; x = ({ x, y }); }; r("x++ of \"Hello\"", e, x);
    e = catch { y = id(({ 1, 2, 3 })); x = (y >>= id(3.0)); }; r("(y=({ 1, 2, 3 }) >>= 3.0)", e, x);
    e = catch { z = ({ id("10") }); z[0]--; x = z; }; r("z[0]-- of \"10\"", e, x);
    e = catch { x = id(100.0); y = ++x; x = ({ x, y }); }; r("++x of 100.0", e, x);
    e = catch { m = ([ "k": id(0.25) ]); m["k"] >>= id(0.5); x = m["k"]; }; r("m[k]=0.25; m[k] >>= 0.5", e, x);
    e = catch { y = id(allocate_buffer(0)); x = (y /= id(0)); }; r("(y=allocate_buffer(0) /= 0)", e, x);
    e = catch { x = id(255); x >>= id(100); }; r("x=255; x >>= 100", e, x);
    e = catch { z = ({ id(B(({ 1, 2 }))) }); x = (z[0] -= id(2.5)); x = ({ x, z[0] }); }; r("(z[0]=B(({ 1, 2 })) -= 2.5), z[0]", e, x);
    e = catch { z = ({ id(3) }); z[0] >>= id(9223372036854775807); x = z[0]; }; r("z[0]=3; z[0] >>= 9223372036854775807", e, x);
    e = catch { z = ({ id("\xff") }); z[0]++; x = z; }; r("z[0]++ of \"\\xff\"", e, x);
    e = catch { x = id(65); x += id("10"); }; r("x=65; x += \"10\"", e, x);
    e = catch { x = id(2); x /= id(-7); }; r("x=2; x /= -7", e, x);
    e = catch { y = id(100); x = (y -= id("b")); }; r("(y=100 -= \"b\")", e, x);
    e = catch { x = id("\xe9t\xe9"); x <<= id("A b C"); }; r("x=\"\\xe9t\\xe9\"; x <<= \"A b C\"", e, x);
    e = catch { m = ([ ]); m["q"]++; x = m; }; r("m[q]++ of missing", e, x);
    e = catch { z = ({ id(-7) }); z[0] |= id(({ 2, 2 })); x = z[0]; }; r("z[0]=-7; z[0] |= ({ 2, 2 })", e, x);
    e = catch { x = id(undef()); y = --x; x = ({ x, y }); }; r("--x of undef()", e, x);
    e = catch { m = ([ "k": id(-7) ]); m["k"] |= id(2); x = m["k"]; }; r("m[k]=-7; m[k] |= 2", e, x);
    e = catch { y = id(([ "a": 1 ])); x = (y *= id(B(({ 1, 2 })))); x = ({ x, y }); }; r("(y=([ \"a\": 1 ]) *= B(({ 1, 2 }))), y", e, x);
    e = catch { z = ({ id((-9223372036854775807 - 1)) }); z[0] -= id(32); x = z[0]; }; r("z[0]=(-9223372036854775807 - 1); z[0] -= 32", e, x);
    e = catch { m = ([ "k": id(65536) ]); m["k"] /= id(-2147483648); x = m["k"]; }; r("m[k]=65536; m[k] /= -2147483648", e, x);
    e = catch { z = ({ id(32) }); z[0]++; x = z; }; r("z[0]++ of 32", e, x);
    e = catch { x = id(undef()); y = ++x; x = ({ x, y }); }; r("++x of undef()", e, x);
    e = catch { m = ([ "k": id(1) ]); m["k"] /= id(0); x = m["k"]; }; r("m[k]=1; m[k] /= 0", e, x);
    e = catch { m = ([ "k": id(this_object()) ]); m["k"] ^= id(({ 1.5 })); x = m["k"]; }; r("m[k]=this_object(); m[k] ^= ({ 1.5 })", e, x);
    e = catch { y = id(B(({ 255 }))); x = (y %= id((-9223372036854775807 - 1))); }; r("(y=B(({ 255 })) %= (-9223372036854775807 - 1))", e, x);
    e = catch { x = id((: fn1 :)); y = x++; x = ({ x, y }); }; r("x++ of (: fn1 :)", e, x);
    e = catch { y = id(2); x = (y += id(-1)); }; r("(y=2 += -1)", e, x);
    e = catch { m = ([ ]); m["q"]--; x = m; }; r("m[q]-- of missing", e, x);
    done();
}
