// Modifiers and inheritance round 3: combinations of nosave/private/
// protected/public/nomask, function_exists with its flag, same-named variables in two parents,
// varargs and missing arguments through ::, redefinition with another
// arity, prototype then definition.
#include <conform.h>

void create() {
    object c, o;
    mixed e;

    c = load_object("/t/modifiers3/child");
    show("call_other protected", call_other(c, "prot_fn"));
    show("call_other private", call_other(c, "priv_fn"));
    show("call_other public", call_other(c, "pub_fn"));
    show("call_other nomask", call_other(c, "nm_fn"));
    show("call_other public nomask", call_other(c, "pubnm_fn"));
    show("call_other private nomask", call_other(c, "privnm_fn"));
    show("private via own code", c->call_priv());
    show("private variable via code", c->get_secret());
    show("protected from child code", c->via_prot());
    show("function_exists plain", function_exists("pub_fn", c));
    show("function_exists protected", function_exists("prot_fn", c));
    show("function_exists protected flag 1", function_exists("prot_fn", c, 1));
    show("function_exists private", function_exists("priv_fn", c));
    show("function_exists nomask", function_exists("nm_fn", c));
    show("function_exists overridden", function_exists("who", c));
    show("function_exists prototype-defined", function_exists("later", c));
    show("function_exists missing flag 1", function_exists("nothing", c, 1));
    show("left shared", c->left_shared());
    show("right shared", c->right_shared());
    show("child sees shared", c->child_shared());
    c->set_right_shared(9);
    show("set right shared", ({ c->left_shared(), c->right_shared(), c->child_shared() }));
    show("who", c->who());
    show("parent code calls override", c->ask_who());
    show(":: varargs one", c->via_va1());
    show(":: varargs none", c->via_va0());
    show(":: varargs three", c->via_va3());
    show("redefined with two args", c->arity(3, 4));
    show("redefined called with one", c->arity(3));
    show("prototype then definition", c->call_later());
    show("nosave inherited value", c->tmp_left_val());
    show("call_other extra args to varargs", c->va(1, 2, 3, 4));
    e = catch(o = load_object("/t/modifiers3/override_pubnm"));
    show("override public nomask compiles", e == 0);
    e = catch(o = load_object("/t/modifiers3/redecl_var"));
    show("redeclare inherited variable compiles", e == 0);
    if (!e) show("redeclared value", o->get());
    show("inherit_list", inherit_list(c));
    done();
}
