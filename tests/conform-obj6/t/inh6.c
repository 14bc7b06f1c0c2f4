// inherit_list/deep_inherit_list with diamonds; function_exists with and
// without flag on protected/private/nosave/inherited functions;
// children()/objects() after a blueprint is destructed and reloaded;
// memory_info()/mud_status() types only.
#include <conform.h>

#define P "/t/inh6/"

void create() {
    object top = load_object(P "top"), c1, c2, nb;
    object *ch;
    show("inherit_list top", inherit_list(top));
    show("deep_inherit_list top", deep_inherit_list(top));
    show("deep_inherit_list left", deep_inherit_list(load_object(P "left")));
    show("inherit_list base", inherit_list(load_object(P "base")));
    show("deep_inherit_list base", deep_inherit_list(load_object(P "base")));
    foreach (string f in ({ "pub", "prot", "priv", "stat", "over", "lfun", "rfun", "topfn", "nope", "create" })) {
        show("function_exists " + f, function_exists(f, top));
        show("function_exists " + f + " flag 1", function_exists(f, top, 1));
    }
    show("function_exists priv in base flag 1", function_exists("priv", load_object(P "base"), 1));
    show("function_exists priv in base", function_exists("priv", load_object(P "base")));
    c1 = clone_object(P "top"); c2 = clone_object(P "top");
    ch = children(P "top");
    show("children count", sizeof(ch));
    show("children has blueprint", member_array(top, ch) >= 0);
    show("children has clones", sizeof(ch & ({ c1, c2 })));
    destruct(top);
    ch = children(P "top");
    show("children after blueprint destructed", sizeof(ch));
    nb = load_object(P "top");
    ch = children(P "top");
    show("children after reload", sizeof(ch));
    show("children after reload has new", member_array(nb, ch) >= 0);
    show("children after reload has old clones", sizeof(ch & ({ c1, c2 })));
    show("children leading slash-less", sizeof(children("t/inh6/top")));
    show("objects filter", sizeof(objects((: explode(file_name($1), "#")[0] == "/t/inh6/top" :))));
    destruct(c1);
    show("objects after clone destructed", sizeof(filter(objects(), (: explode(file_name($1), "#")[0] == "/t/inh6/top" :))));
    show("memory_info int", intp(memory_info()));
    show("memory_info ob int", intp(memory_info(nb)));
    done();
}
