string tag;
object victim;
void set_tag(string t) { tag = t; }
object go(object t) { victim = t; return shadow(t, 1); }
string name() { return tag + "(" + victim->name() + ")"; }
string shadow_next() { return "next=" + victim->name(); }
object whoami() { return this_object(); }
string only_shade() { return "only " + tag; }
string selfkill() { destruct(this_object()); return "done"; }
