object victim;
int attach(object o) { victim = o; return shadow(o, 1) ? 1 : 0; }
string greet() { return "shadowed: " + victim->greet(); }
int num() { return 2; }
string extra() { return "extra"; }
void bye() { destruct(this_object()); }
