// Helper for t_shadow.c: a shadow that overrides query_name().
object victim;

object attach(object ob) { victim = ob; return shadow(ob, 1); }
string query_name() { return "cloaked " + victim->query_name(); }
string query_cloak() { return "cloak only"; }
void move(mixed dest) { move_object(dest); }
int detach() { return remove_shadow(this_object()); }
object who_is_below() { return query_shadowing(this_object()); }
