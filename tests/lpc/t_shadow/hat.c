// Helper for t_shadow.c: a second shadow stacked on the first.
object attach(object ob) { return shadow(ob, 1); }
string query_name() { return "hat"; }
string query_title() { return "hatted title"; }
