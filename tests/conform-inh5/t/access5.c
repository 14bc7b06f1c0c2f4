// Access modifiers through inheritance: private called from inherited public,
// protected through call_other from the same object, nomask and
// private overrides, varargs prototypes, functions used before definition.
inherit "/t/access5/mid";
#include <conform.h>

int after_def(int n);
int before() { return after_def(4) + 1; }
int after_def(int n) { return n * 10; }

void create() {
    mixed e, r;
    object o;
    show("public calls private", pub());
    show("private counter", ({ tick(), tick() }));
    show("protected direct", prot());
    e = catch(r = co_prot());
    show("call_other protected same object", ({ e ? "error" : "no error", r }));
    r = 0;
    e = catch(r = co_secret());
    show("call_other private same object", ({ e ? "error" : "no error", r }));
    show("nomask direct", fixed());
    show("inherited late", use_late());
    show("use before definition with prototype", before());
    show("varargs inherited override", ({ va("a"), va("a", "b"), va("a", "b", "c") }));
    show("mid::va", mid::va("x"));
    e = catch(load_object("/t/access5/nomask_over"));
    show("nomask override", e ? "error" : "ok");
    e = catch(o = load_object("/t/access5/priv_over"));
    show("private override loads", e ? "error" : "ok");
    if (o) show("private override", ({ o->pub(), o->secret() }));
    o = 0;
    e = catch(o = load_object("/t/access5/priv_over2"));
    if (o) show("private overrides private", ({ o->pub(), o->call_own(), o->secret() }));
    o = 0;
    e = catch(o = load_object("/t/access5/priv_over3"));
    if (o) show("grandchild overrides private", ({ o->pub(), o->secret() }));
    e = catch(load_object("/t/access5/undef"));
    show("undefined function", e ? "error" : "ok");
    e = catch(o = load_object("/t/access5/proto_only"));
    show("prototype only loads", e ? "error" : "ok");
    if (o) { r = 0; e = catch(r = o->f()); show("prototype only call", e ? "error" : r); }
    show("function_exists private", ({ function_exists("secret", this_object()), function_exists("prot", this_object()), function_exists("va", this_object()) }));
    done();
}
