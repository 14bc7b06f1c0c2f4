// Shadows: shadowing a shadow, query_shadowing chains, destructing the
// target or a middle shadow, internal calls vs call_other through a
// shadow, this_object() inside a shadow, functions the shadow lacks.
#include <conform.h>

#define P "/t/shadows3/"

void create() {
    object t = clone_object(P "target"), s1 = clone_object(P "shade"), s2 = clone_object(P "shade");
    object s3 = clone_object(P "shade"), t2, x;
    s1->set_tag("s1"); s2->set_tag("s2"); s3->set_tag("s3");
    show("s1 shadows t", s1->go(t) == t);
    show("s2 shadows s1 (a shadow)", caught(catch(x = s2->go(s1))));
    show("s2 shadows s1 result", x);
    show("s2 shadows t", s2->go(t) == t);
    show("name via call_other", t->name());
    show("internal call", t->internal());
    show("this_object()-> call", t->via_this());
    show("call_other from shadow to target (next in chain)", t->shadow_next());
    show("this_object() inside shadow == target?", s2->whoami() == t);
    show("chain: query_shadowing(t)", query_shadowing(t) == s2);
    show("chain: query_shadowing(s2)", query_shadowing(s2) == s1);
    show("chain: query_shadowing(s1)", query_shadowing(s1));
    show("shadow(s1, 0)", shadow(s1, 0));
    show("shadow(t, 0) top", shadow(t, 0) == s2);
    show("function only in shadow", t->only_shade());
    show("call s2 directly", s2->name());
    destruct(s2);
    show("after middle/top destruct", t->name());
    show("query_shadowing after", query_shadowing(t) == s1);
    s3->go(t);
    show("s3 on top", t->name());
    destruct(t);
    show("shadows after target destructed", ({ s1 ? "s1 alive" : "s1 gone", s3 ? "s3 alive" : "s3 gone" }));
    if (s1) show("query_shadowing(s1) after target gone", query_shadowing(s1));
    t2 = clone_object(P "target");
    s1 = clone_object(P "shade");
    s1->set_tag("n1");
    s1->go(t2);
    show("shadow destructs itself", s1->selfkill());
    show("target name after", t2->name());
    show("shadow of this_object by self", caught(catch(t2->self_shadow())));
    done();
}
