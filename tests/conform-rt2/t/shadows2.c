// shadows: function_exists through shadows, query_shadowing, stacking,
// destruct of a shadow, shadow(ob, 0).
#include <conform.h>

void create() {
    object t = clone_object("/t/shadows2/target");
    object s = clone_object("/t/shadows2/sh");
    object s2 = clone_object("/t/shadows2/sh2");
    show("attach", s->attach(t));
    show("greet via target", t->greet());
    show("num via target", t->num());
    show("extra via target", t->extra());
    show("name via target", t->query_name());
    show("function_exists greet", function_exists("greet", t));
    show("function_exists extra", function_exists("extra", t));
    show("function_exists name", function_exists("query_name", t));
    show("query_shadowing s", query_shadowing(s) == t);
    show("query_shadowing t", query_shadowing(t));
    show("shadow(t,0)", shadow(t, 0) == s);
    show("shadow(s,0)", shadow(s, 0));
    show("attach second", s2->attach(t));
    show("num stacked", t->num());
    show("greet stacked", t->greet());
    show("shadow(t,0) is top", shadow(t, 0) == s2);
    show("shadow(s2,0)", shadow(s2, 0) == s);
    show("call_other s directly", s->num());
    show("shadow self", caught(catch(shadow(this_object(), 1))));
    destruct(s2);
    show("after destruct top", t->num());
    show("shadow(t,0) after", shadow(t, 0) == s);
    s->bye();
    show("after shadow destructs itself", ({ t->num(), t->greet() }));
    show("shadow(t,0) none", shadow(t, 0));
    show("shadow an already-shadowing", caught(catch(clone_object("/t/shadows2/sh")->attach(s))));
    s = clone_object("/t/shadows2/sh");
    s->attach(t);
    destruct(t);
    show("shadow destructed with target", objectp(s));
    done();
}
