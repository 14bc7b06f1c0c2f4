// Reacts to its environment's destruction by moving to a fallback room
// (move_or_destruct is called with the environment's own environment).
#include "/t/env_rt/log.h"
string name = "mover";
void set_name(string s) { name = s; }
string query_name() { return name; }
int id(string s) { return s == name; }
void move(mixed dest) { move_object(dest); }
void move_or_destruct(object dest) {
    LOG(name + ".move_or_destruct dest=" + (dest ? dest->query_name() : "0"));
    move_object("/t/env_rt/fallback");
}
