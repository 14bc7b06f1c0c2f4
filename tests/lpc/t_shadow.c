// Shadows: shadow(), call redirection, stacking, refusals, removal.
#include <test.h>

#define DIR "/t_shadow/"

void test_basic() {
    object t = new(DIR "target"), c = new(DIR "cloak"), box = new(DIR "target");
    expect(shadow(t, 0), 0, "no shadow yet");
    expect(c->attach(t), t, "shadow() returns the target");
    expect(t->query_name(), "cloaked target", "call_other goes to the shadow");
    expect(t->query_title(), "plain title", "function only in the target");
    expect(t->query_cloak(), "cloak only", "function only in the shadow");
    expect(t->direct_name(), "direct: target", "internal calls stay internal");
    expect(t->self_call_name(), "self call: cloaked target", "call_other to itself is shadowed");
    expect(query_shadowing(c), t, "query_shadowing(shadow)");
    expect(query_shadowing(t), 0, "query_shadowing(target)");
    expect(shadow(t, 0), c, "shadow(target, 0)");
    expect(function_exists("query_cloak", t), 0, "function_exists ignores shadows");
    expect_error(catch(c->move(box)), "shadowing", "a shadow cannot be moved");
    expect(c->detach(), 1, "remove_shadow");
    expect(t->query_name(), "target", "no longer shadowed");
    expect(c->detach(), 0, "remove_shadow of a free object");
    foreach (object ob in ({ t, c, box })) destruct(ob);
}

void test_stacking() {
    object t = new(DIR "target"), c = new(DIR "cloak"), h = new(DIR "hat");
    c->attach(t);
    expect(h->attach(t), c, "a second shadow goes on top of the first");
    expect(t->query_name(), "hat", "top shadow answers first");
    expect(t->query_title(), "hatted title", "title from the top");
    expect(shadow(c, 0), h, "shadow(first, 0) is the second");
    destruct(h);
    expect(({ t->query_name(), t->query_title() }), ({ "cloaked target", "plain title" }),
           "after destructing the top shadow");
    destruct(t);
    expect(objectp(c), 0, "destructing the target destructs its shadows");
}

void test_refusals() {
    object t = new(DIR "target"), c = new(DIR "cloak"), c2 = new(DIR "cloak");
    object s = new(DIR "noshadow"), thief = new(DIR "thief"), box = new(DIR "target");
    object other = new(DIR "target");
    expect(c2->attach(s), 0, "valid_shadow() refuses");
    expect(query_shadowing(c2), 0, "refused shadow is not shadowing");
    expect_error(catch(thief->attach(t)), "nomask", "cannot shadow a nomask function");
    c->attach(t);
    expect_error(catch(c->attach(other)), "Already shadowing", "one target per shadow");
    expect_error(catch(c2->attach(c)), "shadow", "cannot shadow a shadow");
    c2->move(box);
    expect_error(catch(c2->attach(box)), "inside another object", "a shadow must not be inside something");
    expect_error(catch(shadow(this_object(), 1)), "self", "cannot shadow itself");
    foreach (object ob in ({ t, c, c2, s, thief, box, other })) if (ob) destruct(ob);
}
