// Item with ids for present(); logs its init() calls.
#include "/t/env_rt/log.h"
string name = "item";
string *ids = ({ "item" });
void set_name(string s) { name = s; }
void set_ids(string *i) { ids = i; }
string query_name() { return name; }
int id(string s) { return member_array(s, ids) >= 0; }
void init() { LOG(name + ".init tp=" + (this_player() ? this_player()->query_name() : "0")); }
void move(mixed dest) { move_object(dest); }
