// A sample of the fuzzed sharing, iteration, class and persistence cases
// that already agree with 2.7: aliases through assignment, arguments,
// mappings and classes; foreach over arrays and mappings that change
// underneath; save_variable/restore_variable round trips of awkward
// strings and nesting; copy() independence.
#include <conform.h>

class pt { int x; string y; mixed z; }

void poke(mixed *a) { a[0] = "poked"; }
void mpoke(mapping m) { m["poked"] = 1; }
void cpoke(class pt p) { p->x = -1; }

string hb(int c) { return sprintf("%c", c); }

void round_trip(string label, mixed v) {
    string s = save_variable(v);
    mixed r = restore_variable(s);
    show(label + " saved", s);
    show(label + " back", ({ r, save_variable(r) == s }));
}

void create() {
    mixed a, b, c, m, n, r, e;
    class pt p, q;
    int i;

    a = ({ 1, 2, 3 }); b = a;
    b[0] = 9;
    show("element assignment is shared", a);
    b[0..0] = ({ 8 });
    show("same-length range assignment is shared", a);
    b[0..0] = ({ 7, 7 });
    show("longer range assignment is not", ({ a, b }));
    a = ({ 1, 2, 3 }); b = a; b += ({ 4 });
    show("+= makes a new array", ({ a, b }));
    a = ({ 1, 2, 3 }); b = a; b -= ({ 2 });
    show("-= makes a new array", ({ a, b }));
    a = ({ 1, 2 }); poke(a);
    show("argument is shared", a);
    a = ({ 1 }); c = ({ a, a }); c[0][0] = 5;
    show("one array twice", c);
    a = ({ 1 }); m = ([ "k": a ]); m["k"][0] = 6;
    show("array in a mapping", a);
    a = ({ 1 }); b = allocate(2, a); b[0][0] = 3;
    show("allocate fill is shared", ({ a, b }));
    m = ([ ]); n = m; mpoke(n);
    show("mapping argument is shared", m);
    m = ([ 1: 2 ]); n = m; n += ([ 3: 4 ]);
    show("mapping += changes in place", m);
    m = ([ 1: 2 ]); n = m + ([ 3: 4 ]);
    show("mapping + is new", ({ m, n }));
    p = new(class pt, x: 1); q = p; cpoke(q);
    show("class argument is shared", p->x);
    q = copy(p); q->x = 2;
    show("copy of a class", ({ p->x, q->x }));

    a = ({ 1, 2, 3 }); r = ({ });
    foreach (int x in a) { a = ({ 9 }); r += ({ x }); }
    show("foreach keeps the array it started with", ({ r, a }));
    a = ({ 1, 2, 3 }); r = ({ });
    foreach (int x in a) { if (!sizeof(r)) a[2] = 99; r += ({ x }); }
    show("foreach sees a changed element", r);
    a = ({ 1, 2, 3 });
    foreach (int ref x in a) x *= 10;
    show("foreach ref over an array", a);
    m = ([ "a": 1, "b": 2, "c": 3 ]); i = 0; r = ({ });
    foreach (mixed k, mixed v in m) {
        if (!i++) foreach (mixed t in keys(m)) map_delete(m, t);
        r += ({ undefinedp(v) });
    }
    show("deleting everything on the first pass", ({ sizeof(r), sizeof(filter(r, (: $1 :))), m }));
    m = ([ "a": 1, "b": 2 ]); i = 0;
    foreach (mixed k, mixed v in m) { m[k + "+"] = 1; i++; }
    show("adding during foreach", ({ i, sizeof(m) }));
    m = ([ "a": 1, "b": "s" ]);
    foreach (mixed k, mixed ref v in m) v = intp(v) ? v + 100 : v + "!";
    show("foreach ref over a mapping", m);
    m = ([ "a": 1 ]); r = 0;
    foreach (mixed k, mixed v in m) { m = ([ ]); r++; }
    show("reassigning the mapping", ({ r, m }));

    round_trip("quotes and backslashes", "say \"hi\" \\ \\\\ end");
    round_trip("newline and CR", "a\nb\rc\n");
    round_trip("tab and high bytes", "t\tx" + hb(200) + hb(255) + hb(1));
    round_trip("punctuation of the format", "({[:,]})/\"");
    round_trip("negative numbers", ({ -1, -2147483648, -12345678901, -0.5 }));
    round_trip("floats", ({ 0.125, 100.5, -3.0, 2.0 }));
    round_trip("nesting", ({ ({ ({ }) }), ([ "k": ([ "j": ({ 1, "x" }) ]) ]), ({ ([ ]) }) }));
    round_trip("class", new(class pt, x: 3, y: "c\"s", z: ({ 1, ([ 2: 3 ]) })));
    round_trip("empty values", ({ "", ({ }), ([ ]), 0 }));
    r = restore_variable(save_variable(([ "a": 1, 2: "b", "c": ({ 3 }) ])));
    show("mapping with mixed keys", r);
    a = ({ 1, ({ 2 }), ([ "k": ({ 3 }) ]) });
    b = copy(a); b[1][0] = 20; b[2]["k"][0] = 30; b[2]["n"] = 1;
    show("copy is deep", ({ a, b }));
    a = ({ 1 }); b = copy(({ a, a })); b[0][0] = 2;
    show("copy keeps no sharing", b);
    e = catch(copy(0));
    show("copy of 0", ({ caught(e), copy(0), copy("s"), copy(1.5) }));
    done();
}
