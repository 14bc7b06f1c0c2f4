// Room for env_rt: logs init() calls made when things enter it.
#include "/t/env_rt/log.h"
string name = "room";
void set_name(string s) { name = s; }
string query_name() { return name; }
void move(mixed dest) { move_object(dest); }
void init() { LOG(name + ".init tp=" + (this_player() ? this_player()->query_name() : "0")); }
