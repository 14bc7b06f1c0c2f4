// Helper for t_commands.c: a room whose init() offers actions to whoever
// enters; every action writes what it saw into the log.
string *log = ({ });

void init() {
    add_action("do_push", "push");
    add_action("do_look", "l", 1);
    add_action("do_say", "'", 2);
    add_action("do_take", ({ "take", "get" }));
    add_action("first_jump", "jump");
    add_action("second_jump", "jump");
    add_action((: log += ({ "pointer " + query_verb() + ":" + $1 }), 1 :), "wave");
    add_action("do_unpush", "unpush");
    add_action("do_nested", "nest");
    add_action("missing_function", "ghost");     // newest: its absence is an error
}

string arg_text(mixed arg) { return undefinedp(arg) ? "<none>" : "\"" + arg + "\""; }
void logv(string s) { log += ({ s }); }

int do_push(string arg) {
    log += ({ "push by " + this_player()->query_name() + " verb " + query_verb() + " arg " + arg_text(arg) });
    return 1;
}
int do_look(string arg) { log += ({ "look " + query_verb() + " " + arg_text(arg) }); return 1; }
int do_say(string arg) { log += ({ "say " + query_verb() + " " + arg_text(arg) }); return 1; }
int do_take(string arg) { log += ({ query_verb() + " " + arg_text(arg) }); return 1; }
int first_jump(string arg) { log += ({ "first " + arg_text(arg) }); return 1; }
int second_jump(string arg) { log += ({ "second " + arg_text(arg) }); return arg == "high"; }
int do_unpush(string arg) {
    log += ({ "removed " + remove_action("do_push", "push") });
    log += ({ "again " + remove_action("do_push", "push") });
    return 1;
}
int do_nested(string arg) {
    this_player()->act("push inner");
    log += ({ "after nested: " + query_verb() });
    return 1;
}

string *take_log() { string *r = log; log = ({ }); return r; }
