// A listener: logs every catch_tell and receive_message it gets.
string name;
void create() { enable_commands(); }
void setup(string n) { name = n; set_living_name(n); }
string query_name() { return name; }
void move(mixed dest) { move_object(dest); }
void catch_tell(string msg) { write_file("/tmp/msg_rt.log", name + " tell: " + replace_string(msg, "\n", "\\n") + "\n"); }
void receive_message(mixed cls, string msg) {
    if (pointerp(cls)) cls = implode(cls, ",");
    write_file("/tmp/msg_rt.log", name + " message(" + cls + "): " + replace_string(msg, "\n", "\\n") + "\n");
}
void do_say(string s) { say(s); }
void do_say_ex(string s, mixed ex) { say(s, ex); }
void do_write(string s) { write(s); }
void do_shout(string s) { shout(s); }
void do_cmd_say(string s) { command("xsay " + s); }
void init() { add_action("xsay", "xsay"); }
int xsay(string s) { say(name + " says " + s + "\n"); write("You say " + s + "\n"); return 1; }
