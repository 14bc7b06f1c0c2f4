string trace = "";
int av = 10;
int bump_a = av + 1;
string log_init(string s) { trace += s; return s; }
string ia = log_init("a");
string f() { return "a.f"; }
string g() { return "a.g"; }
string only_a() { return "a.only(" + f() + ")"; }
string who() { return "a"; }
void create() { trace += "[create a]"; }
string get_trace() { return trace; }
int get_av() { return av; }
