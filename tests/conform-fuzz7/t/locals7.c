// Local variables, found while fuzzing typed assignments against 2.07: a
// local declared without a value starts undefined (undefinedp() is true,
// also for typed ones); a declaration compiles to nothing, so a local
// declared inside a loop body keeps its value from one trip to the next; a
// slot is never shared by two blocks, so a later block's local starts
// undefined even after an earlier block's local had a value. Each call
// starts with fresh locals.
#include <conform.h>

#include "fuzz7.h"
mixed loop_locals() {
    mixed out = ({ });
    int i;
    for (i = 0; i < 3; i++) {
        int z;
        out += ({ z, undefinedp(z) });
        z = 5 + i;
    }
    return out;
}
mixed sibling_blocks() {
    mixed out = ({ });
    { int a = 3; out += ({ a }); }
    { int b; out += ({ b, undefinedp(b) }); }
    { string c; out += ({ c, undefinedp(c) }); c = "x"; }
    return out;
}
mixed foreach_locals() {
    mixed out = ({ });
    foreach (int v in ({ 1, 2, 3 })) { int k; k += v; out += ({ k }); }
    return out;
}
mixed *out_val = ({ });
mixed while_count() {
    int n;
    while (n < 3) { int seen; seen++; out_val += ({ seen }); n++; }
    return ({ n, undefinedp(n) });
}
mixed counter() { int c; c++; return c; }
mixed recursion(int d) {
    int mine;
    if (d == 0) return ({ mine, undefinedp(mine) });
    mine = d;
    return recursion(d - 1) + ({ mine });
}
mixed undefined_kinds() {
    int a; float b; string c; mixed *d; mapping m; object o; function f; buffer bu;
    return ({ undefinedp(a), undefinedp(b), undefinedp(c), undefinedp(d), undefinedp(m),
              undefinedp(o), undefinedp(f), undefinedp(bu), nullp(a), typeof(b), a + 1 });
}
mixed in_switch(int k) {
    mixed r = ({ });
    switch (k) {
    case 1: { int q; r += ({ q, undefinedp(q) }); q = 7; }
    case 2: { int q2; r += ({ q2, undefinedp(q2) }); break; }
    }
    return r;
}
mixed catch_loop() {
    mixed r = ({ });
    int i;
    for (i = 0; i < 3; i++) {
        int t;
        catch { t += 10; if (i == 1) error("x"); t += 1; };
        r += ({ t });
    }
    return r;
}
mixed anon_locals() {
    function f = function(int n) { int acc; acc += n; return ({ acc, undefinedp(acc) }); };
    return ({ evaluate(f, 1), evaluate(f, 2) });
}

void create() {
    mixed e, x, y, z, m, a1, a2, a3, a4, s, e2;

    r("loop body local keeps its value", 0, loop_locals());
    r("sibling blocks get their own slots", 0, sibling_blocks());
    r("foreach body local accumulates", 0, foreach_locals());
    r("while body local", 0, ({ while_count(), out_val }));
    r("each call starts fresh", 0, ({ counter(), counter() }));
    r("recursion", 0, recursion(3));
    r("undefined locals of every type", 0, undefined_kinds());
    r("locals in switch cases", 0, ({ in_switch(1), in_switch(2) }));
    r("local in a loop with catch", 0, catch_loop());
    r("anonymous function locals", 0, anon_locals());
    { int fresh; r("block local in create", 0, ({ fresh, undefinedp(fresh) })); }
    { int v = 0; r("declared = 0 is not undefined", 0, undefinedp(v)); }
    done();
}
