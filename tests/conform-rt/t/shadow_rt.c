// Shadows: overriding functions, calls from the target to itself going
// through the shadow, query_shadowing, stacked shadows, shadow(ob, 0), a
// refused shadow, and removal when the shadow is destructed.
#include <conform.h>

#define P "/t/shadow_rt/"

void create() {
    object t = clone_object(P "target");
    object s = clone_object(P "shade"), s2 = clone_object(P "shade2");
    object ns = clone_object(P "noshadow_target"), s3 = clone_object(P "shade");

    show("before", t->name());
    show("shadow()", s->start(t));
    show("shadowed name", t->name());
    show("unshadowed function passes through", t->plain());
    show("this_object()->fn inside target", t->calls_self());
    show("shadow's victim call", t->query_value());
    show("query_shadowing", query_shadowing(t) == s);
    show("query_shadowing of the shadow", query_shadowing(s));
    show("shadow(t, 0) gives the shadow", shadow(t, 0) == s);
    show("stack second shadow", s2->start(t));
    show("stacked name", t->name());
    show("query_shadowing after stack", query_shadowing(t) == s2);
    show("shadow already shadowing", caught(catch(s->start(clone_object(P "target")))));
    show("refused shadow", s3->start(ns));
    show("refused target unchanged", ns->name());
    destruct(s2);
    show("after top shadow destructed", t->name());
    s->stop();
    show("after all shadows gone", t->name());
    show("query_shadowing none", query_shadowing(t));
    done();
}
