// Helper for t_shadow.c: defines a function the target has as nomask.
object attach(object ob) { return shadow(ob, 1); }
string query_secret() { return "stolen"; }
