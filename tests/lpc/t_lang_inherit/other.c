// A second base, for multiple inheritance and label::f().
int other_var = 2;
string who() { return "other"; }
string only_other() { return "only other"; }
