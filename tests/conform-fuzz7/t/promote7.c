// int and float across assignments, fuzzed against 2.07. The period compiler
// converts by static types: storing a float-typed value into an int variable
// (local, global, array element of int *, class member) goes through to_int,
// an int-typed value or an int literal into a float one through to_float.
// That happens on `=` and on initialisers, never on += and the like, on
// return, on arguments to user functions, or when the value is mixed. The
// types are 2.7's: outside a typed function + - * / of variables are mixed;
// mixed + int is int; the literal 0 is mixed; a cast retypes a literal
// (float f = (float)1 / 3 is 0.0); ?: of an int and a float is mixed.
// Only constant / 0 is a compile error; x / 0 raises at run time.
#include <conform.h>

#include "fuzz7.h"
class C { int a; float b; mixed c; }
float gf1 = 3;
int gi1 = 2.7;
float gf2 = gi1;
int ti() { return 7; }
float tf() { return 2.5; }
mixed tm() { return 3; }
float tif() { return 4; }
int tfi() { return 2.5; }
mixed takes_float(float a) { return a; }
untyped_conversions() {
    int i, j; float f; mixed m;
    j = 3; f = j + 1;
    m = ({ f });
    f = 2; m += ({ f });
    j = 3; f = j;
    m += ({ f });
    f = 0.5; i = j - f;
    m += ({ i });
    i = 2.5;
    m += ({ i });
    f = 1 + 1;
    m += ({ f });
    f = 0 + j;
    m += ({ f });
    j = 2; f = -j;
    m += ({ f });
    return m;
}

void create() {
    mixed e, x, y, z, m, a1, a2, a3, a4, s, e2;

    int i, j; float f, g; mixed mm; int *ia; float *fa; class C c;

    // initialisers
    { float lf = 1; r("float lf = 1", 0, lf); }
    { float lf = 7 / 2; r("float lf = 7 / 2", 0, lf); }
    { int li = 3.9; r("int li = 3.9", 0, li); }
    { int li = -3.9; r("int li = -3.9", 0, li); }
    { float lf = 0; r("float lf = 0", 0, lf); }
    { mixed lm = 1; r("mixed lm = 1", 0, lm); }
    r("globals: float gf1 = 3; int gi1 = 2.7; float gf2 = gi1", 0, ({ gf1, gi1, gf2 }));

    // plain assignment
    f = 2; r("f = 2", 0, f);
    i = 2.5; r("i = 2.5", 0, i);
    j = 7; f = j; r("f = j (int var)", 0, f);
    f = 1.75; i = f; r("i = f (float var)", 0, i);
    f = -1.75; i = f; r("i = f (negative)", 0, i);
    f = sizeof("abc"); r("f = sizeof(\"abc\")", 0, f);
    i = sqrt(16.0); r("i = sqrt(16.0)", 0, i);
    f = ti(); r("f = ti() (int function)", 0, f);
    i = tf(); r("i = tf() (float function)", 0, i);
    f = tm(); r("f = tm() (mixed function)", 0, f);
    f = id(5); r("f = id(5) (mixed)", 0, f);
    i = id(2.5); r("i = id(2.5) (mixed)", 0, i);
    mm = 2; f = mm; r("f = m (mixed var)", 0, f);
    j = 3; f = j + 1; r("f = j + 1", 0, f);
    j = 3; f = j / 2; r("f = j / 2", 0, f);
    f = 0.5; i = f * 5; r("i = f * 5", 0, i);
    f = 0.5; j = 1; i = j - f; r("i = j - f", 0, i);
    f = 0.5; i = -f; r("i = -f", 0, i);
    mm = 2.5; i = mm + 1; r("i = mm + 1 (mixed + int is int)", 0, i);
    mm = 2; f = mm + 1; r("f = mm + 1", 0, f);
    j = 3; f = (j < 5); r("f = (j < 5)", 0, f);
    j = 3; f = !j; r("f = !j", 0, f);
    j = 3; f = j % 2; r("f = j % 2", 0, f);
    j = 3; f = j ? 1 : 2; r("f = j ? 1 : 2", 0, f);
    j = 3; f = j ? 1 : 2.5; r("f = j ? 1 : 2.5 (mixed)", 0, f);
    j = 3; i = j ? 2.5 : 1; r("i = j ? 2.5 : 1 (mixed)", 0, i);
    i = 1 ? 2.5 : 3; r("i = 1 ? 2.5 : 3", 0, i);
    f = 1 ? 0 : 5; r("f = 1 ? 0 : 5", 0, f);
    f = (j, 4); r("f = (j, 4)", 0, f);
    j = 5; f = j++; r("f = j++", 0, f);
    f = j = 5; r("f = j = 5", 0, ({ f, j }));
    j = f = 5; r("j = f = 5", 0, ({ f, j }));
    mm = 0; f = (mm = 0); r("f = (mm = 0) (literal 0 is mixed)", 0, f);
    f = (float)1 / 3; r("f = (float)1 / 3", 0, f);
    f = (float)3; r("f = (float)3", 0, f);
    i = (int)2.5; r("i = (int)2.5", 0, i);
    f = 0.5; i = (int)f; r("i = (int)f", 0, i);
    j = 2; f = (float)j; r("f = (float)j", 0, f);
    f = 1 || 2.5; r("f = 1 || 2.5", 0, f);
    i = 0 || 2.5; r("i = 0 || 2.5", 0, i);
    ia = ({ 1, 2 }); ia[0] = 2.5; r("ia[0] = 2.5 (int *)", 0, ia);
    fa = ({ 0.5, 1.5 }); fa[1] = 3; r("fa[1] = 3 (float *)", 0, fa);
    c = new(class C); c->a = 2.5; c->b = 4; c->c = 5; r("class members a(int) b(float) c(mixed)", 0, ({ c->a, c->b, c->c }));

    // no conversion: compound assignment, return, user function arguments
    j = 1; j += 2.5; r("j += 2.5", 0, j);
    f = 1.5; f -= 1; r("f -= 1", 0, f);
    r("float tif() { return 4; }", 0, tif());
    r("int tfi() { return 2.5; }", 0, tfi());
    r("takes_float(3)", 0, takes_float(3));

    // the same in a function without a declared type
    r("untyped function", 0, untyped_conversions());

    // division by a constant zero
    j = 6; e = catch(x = j / 0); r("j / 0", e, x);
    j = 6; e = catch(x = j % 0); r("j % 0", e, x);
    f = 1.5; e = catch(x = f / 0.0); r("f / 0.0", e, x);
    j = 6; e = catch(x = j / (1 > 2)); r("j / (1 > 2)", e, x);
    e = catch(x = 2 % !"a"); r("2 % !\"a\"", e, x);
    e = catch(x = ({ 1 < 2, "b" > "a", 2.5 == 2.5, 1 == 1.0 })); r("constant comparisons", e, x);
    done();
}
