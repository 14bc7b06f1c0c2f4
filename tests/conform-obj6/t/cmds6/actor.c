string name;
void log(string s) { write_file("/tmp/cmds6.log", s + "\n"); }
string qn() { return name; }
string nm(mixed o) { return objectp(o) ? (o->qn() || "room") : sprintf("%O", o); }
void setup(string n) { name = n; enable_commands(); set_living_name(n); }
void move(object d) { move_object(d); }
void cmd(string s) { command(s); }
int do_look(string arg) {
    log("look verb " + query_verb() + " tp " + nm(this_player()) + " ti " + nm(this_interactive())
        + " po " + nm(previous_object()));
    return 1;
}
int do_nest(string arg) {
    int r;
    log("nest verb before " + query_verb());
    r = command("look");
    log("nest after tp " + nm(this_player()));
    return 1;
}
int do_other(string arg) {
    object o = find_living("bob");
    o->cmd("look");
    log("other after tp " + nm(this_player()));
    return 1;
}
void later() {
    log("call_out tp " + nm(this_player()) + " ti " + nm(this_interactive()) + " verb " + query_verb());
}
int do_arm(string arg) { call_out("later", 1); log("armed"); return 1; }
int do_suicide(string arg) {
    log("suicide by " + nm(this_player()) + " in " + name);
    destruct(this_player());
    log("after destruct tp " + sprintf("%O", this_player()) + " verb " + query_verb());
    return 1;
}
void init() {
    add_action("do_look", "look");
    add_action("do_nest", "nest");
    add_action("do_other", "other");
    add_action("do_arm", "arm");
    add_action("do_suicide", "suicide");
}
