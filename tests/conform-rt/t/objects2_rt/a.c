// Top of a tree: a -> b (d -> g, e), c (f -> g).
inherit "/t/objects2_rt/b";
inherit "/t/objects2_rt/c";
int a_var = 1;
int save_to(string f) { return save_object(f); }
