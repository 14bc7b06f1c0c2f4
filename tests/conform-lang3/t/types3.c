// Types round 3: typeof of every kind including class and buffer,
// nullp/undefinedp after map_delete, missing varargs and missing keys,
// casts (int)/(string)/(float) at run time, sizeof of everything.
#include <conform.h>

class box { int a; string b; mixed *c; }

varargs mixed *probe(mixed x, mixed y) {
    return ({ undefinedp(x), undefinedp(y), nullp(y), typeof(y) });
}

mixed ret_nothing() { return; }

void create() {
    class box b = new(class box);
    buffer buf = allocate_buffer(4);
    mapping m = ([ "a": 1, "z": 0 ]);
    mixed v, *arr = ({ 1, "two", 3.0 });
    function f = (: 1 :);
    object ob = this_object();

    show("typeof kinds", ({ typeof(1), typeof("s"), typeof(1.0), typeof(({})),
        typeof(([])), typeof(ob), typeof(f), typeof(b), typeof(buf), typeof(0) }));
    show("typeof class member default", ({ typeof(b->a), typeof(b->b), typeof(b->c) }));
    show("typeof of a class type var unset", typeof(v));
    show("classp", ({ classp(b), classp(0), classp(m) }));
    show("bufferp", ({ bufferp(buf), bufferp("x") }));
    show("sizeof buffer", sizeof(buf));
    show("sizeof class", sizeof(b));
    show("sizeof function", sizeof(f));
    show("sizeof object", sizeof(ob));
    show("sizeof float", sizeof(1.5));
    show("sizeof string", sizeof("hello"));
    show("sizeof empty mapping", sizeof(([])));
    show("sizeof nested", sizeof(({ ({ 1, 2 }), ({ 3 }) })));
    show("undefinedp missing key", undefinedp(m["q"]));
    show("undefinedp key with 0", undefinedp(m["z"]));
    show("nullp missing key", nullp(m["q"]));
    map_delete(m, "a");
    show("undefinedp after map_delete", undefinedp(m["a"]));
    show("sizeof after map_delete", sizeof(m));
    map_delete(m, "nothere");
    show("map_delete missing key", sizeof(m));
    show("varargs missing", probe(1));
    show("varargs given 0", probe(1, 0));
    show("varargs none", probe());
    v = m["q"];
    show("undefined copied into var", undefinedp(v));
    v = ({ m["q"] })[0];
    show("undefined through array", undefinedp(v));
    show("undefinedp of return;", undefinedp(ret_nothing()));
    show("undefinedp of call_other missing", undefinedp(call_other(ob, "no_such_fn")));
    v = 7;
    show("(string) int", caught(catch(v = (string)v)));
    show("(string) int value", v);
    v = 2.5;
    show("(int) float", caught(catch(v = (int)v)));
    show("(int) float value", v);
    v = 3;
    show("(float) int", caught(catch(v = (float)v)));
    show("(float) int value", ({ typeof(v), v }));
    v = "12";
    show("(int) string", caught(catch(v = (int)v)));
    show("(int) string value", ({ typeof(v), v }));
    v = ({ 1 });
    show("(string) array", caught(catch(v = (string)v)));
    show("(string) array value", typeof(v));
    show("(mixed) no-op", typeof((mixed)5));
    show("typeof in expression", typeof(arr[1]) + typeof(arr[2]));
    show("intp floatp etc of elements", ({ intp(arr[0]), stringp(arr[1]), floatp(arr[2]) }));
    show("typeof after assignment change", ({ typeof(v = 1), typeof(v = "s"), typeof(v = ({})) }));
    show("functionp kinds", ({ functionp(f) > 0, functionp(0), functionp("f") }));
    show("objectp destructed-free", objectp(ob));
    show("mapp/pointerp", ({ mapp(([])), pointerp(({})), mapp(({})), pointerp(([])) }));
    show("zero is not undefined", undefinedp(0));
    show("nullp zero", nullp(0));
    show("buffer index", ({ buf[0], sizeof(buf) }));
    buf[1] = 65;
    show("buffer store", buf[1]);
    show("buffer to string", typeof(read_buffer(buf, 1, 1)));
    done();
}
