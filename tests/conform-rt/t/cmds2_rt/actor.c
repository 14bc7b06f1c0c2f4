// A living used by cmds2_rt.
#include "/t/cmds2_rt/log.h"
string name;
void create() { enable_commands(); }
void setup(string n) { name = n; set_living_name(n); }
string query_name() { return name; }
void move(mixed d) { move_object(d); }
void act(string c) { command(c); }
void init() { LOG(name + ".init origin=" + origin() + " tp=" + (this_player() ? this_player()->query_name() : "0")); }
void heart_beat() { }
void catch_tell(string s) { }
void stop() { disable_commands(); }
void restart() { enable_commands(); }
