// A living: enable_commands() in create so init() sees it as this_player.
#include "/t/env_rt/log.h"
string name = "creature";
void create() { enable_commands(); }
void set_name(string s) { name = s; }
string query_name() { return name; }
int id(string s) { return s == name; }
void init() { LOG(name + ".init tp=" + (this_player() ? this_player()->query_name() : "0")); }
void move(mixed dest) { move_object(dest); }
