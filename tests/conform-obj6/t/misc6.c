// Odds and ends: previous_object out of range, inside create of a clone,
// through a function pointer made by another object; origin() of such a
// pointer and of call_others made from efun callbacks; command() by a
// non-living, query_verb outside commands, find_living of non-livings and
// renamed livings, set_hide, deeper diamond deep_inherit_list, inherit_list
// of a clone, function_exists on clones.
#include <conform.h>

#define P "/t/misc6/"

string nm(mixed o) {
    if (!objectp(o)) return sprintf("%O", o);
    return explode(file_name(o), "#")[0] + (clonep(o) ? "(clone)" : "");
}

void hidden() {
    object box = clone_object(P "thing"), c = clone_object(P "thing"), spy = clone_object(P "thing");
    c->move(box);
    c->hide(1);
    show("present hidden coin", present("coin", box) == c);
    show("present hidden coin by object", present(c, box) == c);
    show("present hidden coin from hidden spy", (spy->hide(1), spy->look("coin", box)) == c);
    show("all_inventory with hidden", sizeof(all_inventory(box)));
    show("all_inventory from hidden spy", spy->count(box));
    show("environment of hidden", environment(c) == box);
    c->hide(0);
    show("present unhidden coin", present("coin", box) == c);
}

void create() {
    object a = clone_object(P "ob"), b = clone_object(P "ob"), d;
    function f;
    show("po(100)", previous_object(100));
    show("po(-1) size", sizeof(previous_object(-1)));
    show("create po", a->q_cpo());
    f = a->give_fp();
    show("fp from other origin", evaluate(f));
    f = a->give_po_fp();
    show("fp from other po", nm(evaluate(f)));
    f = a->give_anon();
    show("anon from other origin", evaluate(f));
    show("call_other from map", map(({ a }), (: $1->org() :)));
    show("call_other from filter po", map(({ a }), (: nm($1->po()) :)));
    show("catch origin", a->catch_org());
    show("query_verb outside", query_verb());
    show("command by non-living", caught(catch(a->cmd("look"))));
    show("command by non-living result", a->cmd("look"));
    a->named("gob");
    show("find_living non-living named", find_living("gob"));
    b->on(); b->named("gob");
    show("find_living after enable", nm(find_living("gob")));
    b->named("hob");
    show("old name after rename", find_living("gob"));
    show("new name", nm(find_living("hob")));
    a->on();
    show("find_living gob after a enabled", nm(find_living("gob")));
    show("set_hide", caught(catch(b->hide(1))));
    hidden();
    show("inherit_list clone", inherit_list(d = clone_object(P "top")));
    show("deep_inherit_list clone", deep_inherit_list(d));
    show("function_exists on clone", function_exists("rootfn", d));
    show("function_exists create on clone", function_exists("create", d));
    show("function_exists no object", caught(catch(function_exists("x", 0))));
    done();
}
