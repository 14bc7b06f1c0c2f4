#include <conform.h>

int keep_over(mixed k, mixed v, int n) { return v > n; }
mixed scale(mixed k, mixed v, int n) { return v * n; }
mixed pair(int x) { return ({ x % 2 }); }

void create() {
    mixed a, b, e, x;
    mapping m;
    int i;
    float f;

    a = ({ 1, 2, 3 });
    a[0..1] = a;
    show("range assign self", a);
    a = ({ 1, 2 });
    a += a;
    show("+= self", a);
    a = ({ 1, 2, 1 });
    a -= ({ a[0] });
    show("-= elem", a);
    a = ({ ({ 1, 2, 3 }), ({ 4 }) });
    a[0][0..1] = ({ });
    show("nested range assign", a);
    b = a[0];
    a[0][0..0] = ({ 9, 9 });
    show("nested range assign alias old", b);
    show("nested range assign new", a[0]);
    a = ({ 1, 2, 3 });
    b = a;
    a[1..1] = ({ 5 });
    show("range assign same length alias", b);
    a = ({ 1, 2, 3 });
    b = a;
    a[1..1] = ({ 5, 6 });
    show("range assign diff length alias", b);
    show("range assign diff length new", a);
    a = ({ 1, 2, 3 });
    e = caught(catch(a[5..6] = ({ 1 })));
    show("range assign out of bounds", e);
    e = caught(catch(a[2..1] = ({ 7 })));
    show("range assign reversed", e);
    show("range assign reversed result", a);

    m = ([ "a": ([ "n": 1 ]) ]);
    m["a"]["n"] += 5;
    m["a"]["list"] = ({ });
    m["a"]["list"] += ({ "x" });
    show("nested mapping ops", m);
    m = ([ "a": 1, "b": 5, "c": 10 ]);
    show("filter mapping extra", filter(m, "keep_over", this_object(), 3));
    show("map mapping extra", map(m, "scale", this_object(), 2));
    show("filter mapping fn", filter(m, (: $2 < 6 :)));
    show("map mapping fn", map(m, (: $1 + $2 :)));
    show("sort missing fn", caught(catch(e = sort_array(({ 2, 1 }), "no_such_fn"))));
    show("unique_array array values", sizeof(unique_array(({ 1, 2, 3, 4 }), (: pair :))));
    show("member_array nested same", member_array(a, ({ 0, a })));
    i = 3;
    x = i;
    f = 3.0;
    show("mixed int == float", x == f);
    show("string compare <", "abc" < "abd");
    show("string compare >=", "b" >= "abc");
    show("int ?: float", i > 2 ? 1.5 : 2);
    show("sizeof int", sizeof(5));
    show("sizeof string", sizeof("abc"));
    done();
}
