// A second shadow stacked on top.
object victim;
int start(object o) { victim = o; return shadow(o, 1) ? 1 : 0; }
string name() { return "shade2"; }
