// Top of the chain: inherits mid and other.
inherit "/t/objects_rt/mid";
inherit "/t/objects_rt/other";
int top_fn() { return 6; }
string who() { return "top:" + mid::who(); }
void create() { }
int remove() { destruct(this_object()); return 1; }
