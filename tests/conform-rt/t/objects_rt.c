// Objects: inherit_list and deep_inherit_list order, function_exists for
// inherited, protected and private functions, file_name forms,
// find_object/load_object with and without ".c" and a leading "/",
// children, destruct semantics (variables zeroed, calls after destruct),
// and loading broken objects.
#include <conform.h>

#define P "/t/objects_rt/"

void create() {
    object top, c1, c2, cnt;
    mixed r;

    top = load_object(P "top");
    show("inherit_list", inherit_list(top));
    show("shallow_inherit_list", shallow_inherit_list(top));
    show("deep_inherit_list", deep_inherit_list(top));
    show("inherit_list of base", inherit_list(load_object(P "base")));
    show("inherit_list of this", inherit_list(this_object()));
    show("function_exists own", function_exists("top_fn", top));
    show("function_exists inherited", function_exists("base_fn", top));
    show("function_exists mid", function_exists("mid_fn", top));
    show("function_exists other", function_exists("other_fn", top));
    show("function_exists overridden", function_exists("who", top));
    show("function_exists protected", function_exists("prot_fn", top));
    show("function_exists private", function_exists("priv_fn", top));
    show("function_exists missing", function_exists("nope", top));
    show("function_exists efun name", function_exists("write", top));
    show("function_exists flag 1 protected", function_exists("prot_fn", top, 1));
    show("call through supers", top->who());
    show("call_other protected", top->prot_fn());
    show("call_other private", top->priv_fn());
    show("call_other missing", top->nope());
    show("file_name", file_name(top));
    show("file_name default arg", file_name());
    show("find_object with .c", find_object(P "top.c") == top);
    show("find_object without slash", find_object("t/objects_rt/top") == top);
    show("load_object without slash", load_object("t/objects_rt/top") == top);
    show("find_object not loaded", find_object(P "other_never"));
    show("load_object broken", caught(catch(load_object(P "broken"))));
    show("find_object broken after", find_object(P "broken"));
    show("load_object error in create", caught(catch(load_object(P "errcreate"))));
    show("errcreate loaded anyway", objectp(find_object(P "errcreate")));
    show("clone broken", caught(catch(clone_object(P "broken"))));
    show("load missing", load_object(P "missing"));
    show("clone missing", caught(catch(clone_object(P "missing"))));
    cnt = load_object(P "counter");
    c1 = clone_object(P "counter");
    c2 = clone_object(P "counter");
    show("each clone runs create once", ({ cnt->query_made(), c1->query_made(), c2->query_made() }));
    show("children includes master and clones", sizeof(children(P "counter")));
    show("children of a clone's name", sizeof(children(file_name(c1))));
    show("children of an unloaded name", children(P "nothing"));
    c1->kill_me();
    show("clone self-destructed", c1);
    show("children after", sizeof(children(P "counter")));
    show("destruct then code continues", c2->after_destruct());
    show("c2 after", c2);
    show("call_other on destructed var", caught(catch(c2->query_made())));
    show("destruct 0", caught(catch(destruct(c2))));
    r = ({ clone_object(P "counter") });
    destruct(r[0]);
    show("array element zeroed by destruct", r);
    r = ([ "k": clone_object(P "counter") ]);
    destruct(r["k"]);
    show("mapping value zeroed by destruct", r);
    show("remove() destructs master copy", top->remove());
    show("find_object after remove", find_object(P "top"));
    show("inherited programs stay loaded", objectp(find_object(P "mid")));
    show("call_other loads on demand", (P "other")->other_fn());
    show("objects() includes this", member_array(this_object(), objects()) >= 0);
    show("this_object is not a clone", clonep());
    show("master()", file_name(master()));
    done();
}
