string name;
void setup(string n) { name = n; enable_commands(); set_living_name(n); }
string query_name() { return name; }
mixed act(string c) { return command(c); }
void catch_tell(string s) { write_file("/out/log.txt", "[tell " + name + "] " + s); }
void move(object d) { move_object(d); }
