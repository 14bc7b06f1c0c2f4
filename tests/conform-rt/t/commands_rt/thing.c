// An item whose init() adds actions; overlaps room verbs to test order.
#include "/t/commands_rt/log.h"
void move(mixed dest) { move_object(dest); }
int id(string s) { return s == "thing"; }
void init() {
    add_action("thing_look", "look");
    add_action("thing_twice", "twice");
    add_action("thing_use", "use");
}
int thing_look(string arg) {
    if (arg != "thing") return 0;
    LOG("thing.look tp=" + this_player()->query_name());
    return 1;
}
int thing_twice(string arg) { LOG("thing.twice"); return 0; }
int thing_use(string arg) { LOG("thing.use prev=" + (previous_object() ? "set" : "0")); return 1; }
