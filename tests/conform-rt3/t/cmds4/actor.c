void log(string s) { write_file("/tmp/cmds4.log", s + "\n"); }
void on() { enable_commands(); }
void off() { disable_commands(); }
void named(string n) { set_living_name(n); }
void move(object d) { move_object(d); }
int cmd(string s) { return command(s) ? 1 : 0; }
mixed cmds() { return commands(); }
int rm_act(string f, string v) { return remove_action(f, v); }
void catch_tell(string s) { log("told: " + replace_string(s, "\n", "\\n")); }
void receive_message(string c, string s) { log("msg(" + c + "): " + replace_string(s, "\n", "\\n")); }
