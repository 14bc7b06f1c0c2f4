// Errors through several frames: error() and throw() of many values across
// call_other chains with catch at different levels, call_stack inside
// catch, errors in create() and initialisers of a loaded object.
#include <conform.h>

object mid, leaf;
int after;

mixed thrice(mixed v) { return leaf->thr(v); }
mixed twice(mixed v) { return thrice(v); }

void create() {
    mixed e, r;
    mid = load_object("/t/errors5/mid");
    leaf = load_object("/t/errors5/leaf");
    e = catch(mid->pass(leaf, "err", "boom\n"));
    show("error through mid", e);
    show("mid reached after", mid->get_reached());
    r = mid->pass_catch(leaf, "err", "inner\n");
    show("caught in mid", r);
    r = mid->pass_catch(leaf, "zero", 0);
    show("div zero caught in mid", ({ r[0], caught(r[1]), r[2] }));
    r = mid->pass_catch(leaf, "zero", 5);
    show("no error in mid", r);
    foreach (mixed v in ({ 0, 1, -3, "s", "*star", 1.5, ({ 1, ({ 2 }) }), ([ "k": 1 ]) })) {
        e = catch(twice(v));
        show("throw " + typeof(v), e);
    }
    e = catch(mid->pass(leaf, "thr", ({ "arr" })));
    show("throw array through call_others", e);
    r = mid->pass_catch(leaf, "thr", 0);
    show("throw 0 caught in mid", r);
    e = catch(leaf->deep_err(20));
    show("deep recursion error", e);
    r = 0;
    e = catch(r = leaf->stack(1));
    show("call_stack from leaf", r);
    e = catch(catch(error("inner\n")));
    show("nested catch outer", e);
    e = catch(r = catch(error("inner2\n")));
    show("nested catch value", ({ e, r }));
    e = catch(load_object("/t/errors5/badcreate"));
    show("error in create", e);
    r = find_object("/t/errors5/badcreate");
    show("object after create error", objectp(r));
    if (r) show("create ran partly", r->get_x());
    e = catch(load_object("/t/errors5/throwcreate"));
    show("throw in create", e);
    show("object after create throw", objectp(find_object("/t/errors5/throwcreate")));
    e = catch(load_object("/t/errors5/badinit"));
    show("error in initialiser", caught(e));
    show("object after initialiser error", objectp(find_object("/t/errors5/badinit")));
    e = catch(clone_object("/t/errors5/badcreate"));
    show("clone create error", e);
    done();
}
