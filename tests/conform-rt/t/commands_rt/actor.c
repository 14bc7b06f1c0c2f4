// A living that issues commands and records messages sent to it.
#include "/t/commands_rt/log.h"
string name;
void create() { enable_commands(); }
void setup(string n) { name = n; }
string query_name() { return name; }
void move(mixed dest) { move_object(dest); }
int act(string cmd) { return command(cmd); }
void catch_tell(string msg) { LOG(name + " hears " + replace_string(msg, "\n", "\\n")); }
mixed *my_commands() { return commands(); }
