// Room whose actions test this_player in call_outs, nested commands,
// query_verb after a nested command, function-pointer actions and
// remove_action.
#include "/t/cmds2_rt/log.h"
string tpn() { return this_player() ? this_player()->query_name() : "0"; }
void init() {
    add_action("do_later", "later");
    add_action("do_nest", "nest");
    add_action("do_inner", "inner");
    add_action((: LOG("fp action arg=" + ($1 ? $1 : "0") + " verb=" + query_verb()), 1 :), "fp");
    add_action("do_remove", "forget");
    add_action("do_dup", "dup");
    add_action("do_dup2", "dup");
    add_action("do_prev", "prev");
}
void tick() { LOG("call_out tp=" + tpn()); }
int do_later(string a) { call_out("tick", 0); LOG("later origin=" + origin() + " tp=" + tpn()); return 1; }
int do_nest(string a) {
    this_player()->act("inner x");
    LOG("after nested verb=" + query_verb() + " tp=" + tpn());
    return 1;
}
int do_inner(string a) { LOG("inner verb=" + query_verb() + " arg=" + a); return 1; }
int do_remove(string a) { LOG("remove_action " + remove_action("do_inner", "inner")); LOG("again " + remove_action("do_inner", "inner")); return 1; }
int do_dup(string a) { LOG("dup1"); return 0; }
int do_dup2(string a) { LOG("dup2"); return 0; }
int do_prev(string a) { LOG("prev is actor " + (previous_object() == this_player())); return 1; }
