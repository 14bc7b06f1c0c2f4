mixed *stk() { return ({ call_stack(0), call_stack(1), call_stack(2), call_stack(3) }); }
mixed *prev() { return ({ previous_object(), previous_object(0), previous_object(1), previous_object(-1) }); }
mixed fwd(object o, string f) { return call_other(o, f); }
string q() { return "ob"; }
int id(string s) { return s == "ob" || s == "thing"; }
void mv(object d) { move_object(d); }
