string name() { return "target"; }
string internal() { return name(); }
string via_this() { return this_object()->name(); }
string self_shadow() { return shadow(this_object(), 1) ? "yes" : "no"; }
