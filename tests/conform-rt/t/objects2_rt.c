// Objects, second part: inherit_list and deep_inherit_list of a diamond
// tree, variables saved from inherited programs (order of lines),
// children order, unique_array of objects by a function name (group and
// element order as given back), the order move_or_destruct reaches the
// contents of a destructed container, present() relative forms.
#include <conform.h>

#define P "/t/objects2_rt/"

string *nm(object *obs) { return map(obs, (: $1 ? $1->query_name() : "0" :)); }

void create() {
    object a = load_object(P "a"), box, *things = ({ }), *kids;
    mixed r;
    string s;

    show("inherit_list", inherit_list(a));
    show("deep_inherit_list", deep_inherit_list(a));
    show("deep_inherit_list of b", deep_inherit_list(load_object(P "b")));
    a->save_to("/tmp/o2save");
    show("save_object of inherited variables", explode(read_file("/tmp/o2save.o"), "\n"));
    show("function_exists through two levels", function_exists("g_fn", a));
    show("variables of a", variables(a));
    box = clone_object(P "named");
    box->setup("box", "box");
    foreach (string n in ({ "n1", "n2", "n3", "n4", "n5", "n6" })) {
        object o = clone_object(P "named");
        o->setup(n, member_array(n, ({ "n1", "n4", "n5" })) >= 0 ? "keep" : "toss");
        o->move(box);
        things += ({ o });
    }
    kids = children(P "named");
    show("children count", sizeof(kids));
    show("children order", nm(kids));
    r = unique_array(things, "query_kind");
    show("unique_array order as given", map(r, (: nm($1) :)));
    r = unique_array(things, (: $1->query_kind() == "keep" ? 0 : 1 :));
    show("unique_array with 0 results", map(r, (: nm($1) :)));
    show("sort_array ties by kind", nm(sort_array(things, (: strcmp($1->query_kind(), $2->query_kind()) :))));
    show("sort_array ties reversed", nm(sort_array(things, (: strcmp($2->query_kind(), $1->query_kind()) :))));
    show("sort_array builtin ties", sort_array(({ ({ 2, "a" }), ({ 1, "b" }), ({ 2, "c" }), ({ 1, "d" }), ({ 2, "e" }), ({ 1, "f" }), ({ 2, "g" }) }), 1));
    show("sort_array builtin ties desc", sort_array(({ ({ 2, "a" }), ({ 1, "b" }), ({ 2, "c" }), ({ 1, "d" }), ({ 2, "e" }), ({ 1, "f" }), ({ 2, "g" }) }), -1));
    show("sort_array 20 by mod 3", sort_array(({ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 }), (: $1 % 3 - $2 % 3 :)));
    show("present kind 2 in box", present("keep 2", box)->query_name());
    show("present kind 3 in box", present("toss 3", box)->query_name());
    show("present kind 4 missing", present("toss 4", box));
    show("present id 10", present("n1 10", box));
    show("all_inventory box", nm(all_inventory(box)));
    rm("/tmp/o2.log");
    destruct(box);
    s = read_file("/tmp/o2.log");
    show("move_or_destruct order", s ? explode(s, "\n") : ({ }));
    show("survivors", nm(filter(things, (: objectp :))));
    show("survivors in a", nm(all_inventory(a)));
    done();
}
