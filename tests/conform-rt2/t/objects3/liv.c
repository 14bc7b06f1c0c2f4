inherit "/t/objects3/thing";
void setup(string n) { set_name(n, ({ n })); enable_commands(); set_living_name(n); }
void init() { write_file("/out/log.txt", name + " (living) init by " + (this_player() ? this_player()->query_name() : "0") + "\n"); }
