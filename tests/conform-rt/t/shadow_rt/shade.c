// A shadow: overrides name() and forwards through query_shadowing.
object victim;
int start(object o) { victim = o; return shadow(o, 1) ? 1 : 0; }
string name() { return "shade(" + victim->name() + ")"; }
int query_value() { return 100 + victim->query_value(); }
int stop() { destruct(this_object()); return 1; }
