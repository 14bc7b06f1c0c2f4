inherit "/t/chain5/b";
int cv = bv + av;
string ic = log_init("c");
string f() { return "c.f>" + ::f(); }
string who() { return "c"; }
void create() { trace += "[create c pre]"; ::create(); trace += "[create c]"; }
string c_b_f() { return b::f(); }
string c_b_only_a() { return b::only_a(); }
