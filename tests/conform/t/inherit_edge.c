// Inheritance: a diamond (two branches of one base), label:: calls,
// private/protected/nomask, varargs and prototypes through inheritance,
// which copy of the shared variables each branch sees.
inherit "/t/inherit_edge/left";
inherit "/t/inherit_edge/right";
#include <conform.h>

string name() { return "top[" + left::name() + "," + right::name() + "]"; }

void create() {
    object ob;
    mixed e;
    show("diamond name", name());
    show("who via right", right::who());
    show("who via left", left::who());
    left::bump();
    left::bump();
    right::bump();
    show("left counter", left::get_counter());
    show("right counter", right::get_counter());
    show("private through public", left::call_secret());
    show("protected from child", left_only());
    show("nomask", left::fixed());
    show("varargs inherited", ({ left::va("a"), right::va("a", "b") }));
    show("prototype then definition", left::late());
    ob = this_object();
    show("call_other protected", ob->prot());
    show("call_other private", ob->secret());
    show("call_other public inherited", ob->left_only());
    show("function_exists", ({ function_exists("left_only", ob), function_exists("secret", ob), function_exists("name", ob) }));
    show("inherits", ({ inherits("/t/inherit_edge/base", ob), inherits("/t/inherit_edge/left", ob), inherits("/t/nothing", ob) }));
    show("inherit_list", sort_array(inherit_list(ob), 1));
    show("deep_inherit_list size", sizeof(deep_inherit_list(ob)));
    done();
}
