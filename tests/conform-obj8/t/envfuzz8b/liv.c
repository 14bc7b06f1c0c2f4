
inherit "/t/envfuzz8b/item";
void create() { enable_commands(); }
void live(string n) { set_living_name(n); }
int cmd(string s) { command(s); return 7; }
int rm(string f, string v) { return remove_action(f, v); }
