string name;
string qn() { return name; }
void setup(string n) { name = n; enable_commands(); }
void mv(object d) { move_object(d); }
int cmd(string s) { command(s); return 1; }
