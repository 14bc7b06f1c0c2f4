// A destructed object reads as 0, and 2.7 makes it an undefined 0 when it
// is read from a global, an array element, a mapping value, a class member
// or a copy; the locals (and other stack slots) that held the object when
// it was destructed become a plain 0 instead.
#include <conform.h>

class box { mixed o; }

#define T "/t/destruct7/thing"

object g;
mixed *g_arr;

object make() { return new(T); }

int is_undef(mixed x) { return undefinedp(x); }

void check_arg(object o) {
    destruct(o);
    show("argument destructed in the callee", ({ undefinedp(o), intp(o), o }));
}

void create() {
    object o, o2;
    mixed a, m, p, e;

    o = make(); o2 = o; g = o; a = ({ o, o }); m = ([ "k": o ]); p = new(class box, o: o);
    g_arr = ({ o });
    destruct(o);
    show("local that held it", ({ undefinedp(o), nullp(o), intp(o), typeof(o), o }));
    show("second local", undefinedp(o2));
    show("global", ({ undefinedp(g), typeof(g) }));
    show("array element", ({ undefinedp(a[0]), typeof(a[1]) }));
    show("global array element", undefinedp(g_arr[0]));
    show("mapping value", ({ undefinedp(m["k"]), typeof(m["k"]) }));
    show("class member", ({ undefinedp(p->o), typeof(p->o) }));
    show("array afterwards", a);
    show("mapping afterwards", m);

    o = make(); a = ({ o, 1 });
    destruct(o);
    show("map callback argument", map(a, (: undefinedp($1) :)));
    show("filter callback argument", filter(a, (: undefinedp($1) :)));
    show("named callback argument", map(a, "is_undef"));
    o = make(); a = ({ o });
    destruct(o);
    foreach (mixed x in a) show("foreach variable", ({ undefinedp(x), x }));
    o = make(); a = ({ o });
    destruct(o);
    show("copy of an array", map(copy(a), (: undefinedp($1) :)));
    o = make(); a = ({ o, 2 });
    destruct(o);
    show("member_array of 0", member_array(0, a));
    show("a - ({ 0 })", a - ({ 0 }));
    show("sizeof after", sizeof(a));
    o = make(); m = ([ o: 5 ]);
    destruct(o);
    show("mapping with a destructed key", ({ sizeof(m), m[0] }));

    check_arg(make());
    o = make();
    e = catch(o->query_val());
    destruct(o);
    e = catch(o->query_val());
    show("call_other on the 0 left behind", caught(e));
    show("objectp of it", objectp(o));
    done();
}
