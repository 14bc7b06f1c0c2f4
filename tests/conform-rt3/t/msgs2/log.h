string name;
void log(string s) { write_file("/tmp/msgs2.log", name + " " + replace_string(s, "\n", "\\n") + "\n"); }
void setup(string n, object r) { name = n; enable_commands(); move_object(r); }
