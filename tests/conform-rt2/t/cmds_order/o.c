string nm; int ret;
void set(string n, int r) { nm = n; ret = r; }
string query_name() { return nm; }
void log(string s) { write_file("/out/log.txt", s + ";"); }
int h(string a) { log(nm + ":" + query_verb() + "(" + (a ? a : "0") + ")"); return ret; }
void init() { add_action("h", "look"); add_action("h", "get", 1); }
void mv(object d) { move_object(d); }
mixed act(string c) { return command(c); }
void liv() { enable_commands(); }
int rm_look() { return remove_action("h", "look"); }
mixed *cmds() { return commands(); }
