// Class member initialisers, ref foreach variables, bind() of functionals
// that use nothing of their program, switch operand types, right-first
// assignment order.
#include <test.h>

#define OTHER "/t_lang_inherit/other"

class point { int x; int y; string tag; }

int g;

void test_class_initialisers() {
    class point p = new(class point, x: 7, y: 8);
    expect(({ p->x, p->y, p->tag }), ({ 7, 8, 0 }), "initialised members");
    p = new(class point, tag: "t");
    expect(({ p->x, p->y, p->tag }), ({ 0, 0, "t" }), "partial initialiser");
    int i = 1;
    p = new(class point, y: i++, x: i++);
    expect(({ p->x, p->y }), ({ 2, 1 }), "initialisers run in written order");
}

void test_ref_foreach() {
    int *a = ({ 1, 2, 3 });
    foreach (int ref x in a) x *= 10;
    expect(a, ({ 10, 20, 30 }), "array elements changed through ref");
    mapping m = ([ "a": 1, "b": 2 ]);
    foreach (string k, int ref v in m) v += k == "a" ? 100 : 200;
    expect(m, ([ "a": 101, "b": 202 ]), "mapping values changed through ref");
    foreach (int ref x in a) {
        if (x == 20) break;
        x = -1;
    }
    int after = 5;                   // may reuse the ref variable's slot
    expect(({ a, after }), ({ ({ -1, 20, 30 }), 5 }), "break, then the slot is a plain local");
    int n;
    foreach (int ref c in "ab") n += c;
    expect(n, 'a' + 'b', "ref over a string gives the chars");
    expect_error(catch { foreach (mixed x in ([ ])) n++; }, "Bad argument 2 to foreach", "one variable over a mapping");
}

void test_bind_functional() {
    object o = load_object(OTHER);
    function f = (: file_name(this_object()) + $1 :);
    function b = bind(f, o);
    expect(evaluate(b, "!"), OTHER + "!", "bindable functional runs as the new owner");
    expect(evaluate(bind(b, this_object()), "?"), file_name(this_object()) + "?", "and can come back");
    expect_error(catch(bind((: g :), o)), "rebind", "a functional using a global stays");
    expect_error(catch(bind((: test_ref_foreach() :), o)), "rebind", "one calling a local function stays");
}

void test_switch_types() {
    mixed v = 1.5;
    expect_error(catch { switch (v) { case 1: break; } }, "Bad argument 1 to switch", "float in an int switch");
    v = ({ });
    expect_error(catch { switch (v) { case "a": break; } }, "Bad argument 1 to switch", "array in a string switch");
    v = 0;
    string s;
    switch (v) { case "a": s = "a"; break; default: s = "d"; }
    expect(s, "d", "0 in a string switch");
}

void test_assign_order() {
    int *r = ({ 1, 2, 3 });
    int i = 0;
    r[i++] = i;
    expect(r, ({ 0, 2, 3 }), "right side first");
    i = 0;
    r[i] = i++;
    expect(r, ({ 0, 0, 3 }), "right side effects seen by the index");
    expect_error(catch(sort_array(({ 1, 0.5 }), 1)), "homogeneous", "ints and floats do not sort together");
}
