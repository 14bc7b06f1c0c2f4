string nm;
void set(string n) { nm = n; }
string query_name() { return nm; }
void log(string s) { write_file("/out/log.txt", s + "\n"); }
void init() { log(nm + ".init tp=" + (this_player() ? this_player()->query_name() : "0") + " prev=" + (previous_object() ? previous_object()->query_name() : "0")); }
void mv(object d) { move_object(d); }
void setl() { enable_commands(); }
void exit_hook() {}
void remove() { log(nm + ".remove"); }
