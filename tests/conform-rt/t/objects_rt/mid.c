// Middle of the chain: inherits base.
inherit "/t/objects_rt/base";
int mid_fn() { return 4; }
string who() { return "mid:" + ::who(); }
