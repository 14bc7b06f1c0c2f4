// Three-level inheritance: overrides at each level, :: chains, label:: to a
// grandparent through the middle label, variable initialiser order, create()
// chains, shadowed variables.
inherit "/t/chain5/c";
#include <conform.h>

string f() { return "top.f>" + ::f(); }
string who() { return "top"; }
void create() {
    object o;
    mixed e;
    ::create();
    show("trace", get_trace());
    show("f chain", f());
    show("c::f", c::f());
    show("g from b through c", g());
    show("c::g", c::g());
    show("only_a calls overridden f", only_a());
    show("b calls who (virtual)", b_calls_who());
    show("b ::who", b_super_who());
    show("c calls b::f", c_b_f());
    show("c calls b::only_a (from a)", c_b_only_a());
    show("c::only_a through middle", c::only_a());
    e = catch(load_object("/t/chain5/grand"));
    show("label of grandparent", e ? "error" : "ok");
    show("vars", ({ av, bump_a, bv, cv, get_av(), get_bv() }));
    o = clone_object("/t/chain5/c");
    show("clone trace", o->get_trace());
    show("clone f", o->f());
    show("clone who via b", o->b_calls_who());
    o = clone_object("/t/chain5/nocreate");
    show("inherited create only", o->get_trace());
    show("override called from inherited", ({ o->b_calls_who(), o->get_calls() }));
    e = catch(o = load_object("/t/chain5/shadowvar"));
    show("redeclared inherited var loads", e ? "error" : "ok");
    if (!e) show("redeclared var values", ({ o->my_av(), o->get_av() }));
    done();
}
