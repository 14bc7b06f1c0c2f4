// Room whose init() adds actions to whoever enters.
#include "/t/commands_rt/log.h"
void init() {
    add_action("do_look", "look");
    add_action("do_go", "go");
    add_action("do_fail", "fail");
    add_action("do_nf_fn", "nffn");
    add_action("do_twice", "twice");
    add_action("do_verb", ({ "north", "n" }));
    add_action("do_prefix", "sh", 1);
    add_action("do_nospace", "'", 2);
    add_action("do_zero", "zero");
}
int do_look(string arg) { LOG("room.look arg=" + (arg ? arg : "0") + " verb=" + query_verb()); return 1; }
int do_go(string arg) {
    if (!arg) { notify_fail("Go where?\n"); return 0; }
    LOG("room.go " + arg);
    return 1;
}
int do_fail(string arg) { notify_fail("first\n"); notify_fail("second\n"); return 0; }
int do_nf_fn(string arg) { notify_fail((: "from function\n" :)); return 0; }
int do_twice(string arg) { LOG("room.twice"); return 0; }
int do_verb(string arg) { LOG("room.dir verb=" + query_verb()); return 1; }
int do_prefix(string arg) { LOG("room.prefix verb=" + query_verb() + " arg=" + (arg ? arg : "0")); return 1; }
int do_nospace(string arg) { LOG("room.nospace verb=" + query_verb() + " arg=" + (arg ? arg : "0")); return 1; }
int do_zero(string arg) { LOG("room.zero"); return 0; }
