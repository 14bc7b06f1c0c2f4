inherit "/t/chain5/a";
int bv = av * 2;
string ib = log_init("b");
string f() { return "b.f>" + ::f(); }
string g() { return "b.g"; }
string who() { return "b"; }
string b_calls_who() { return who(); }
string b_super_who() { return ::who(); }
void create() { ::create(); trace += "[create b]"; }
int get_bv() { return bv; }
