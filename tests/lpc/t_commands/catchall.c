// Helper for t_commands.c: an item that catches every command its holder
// types while it is carried (add_action(fn, "", 1)).
string *log = ({ });

void init() { add_action("catch_all", "", 1); }
int catch_all(string arg) {
    log += ({ query_verb() + "|" + (undefinedp(arg) ? "<none>" : arg) });
    return query_verb() != "pass";
}
void move(mixed dest) { move_object(dest); }
string *take_log() { string *r = log; log = ({ }); return r; }
