// Helper for t_shadow.c: an object to be shadowed.
string query_name() { return "target"; }
string query_title() { return "plain title"; }
string direct_name() { return "direct: " + query_name(); }
string self_call_name() { return "self call: " + this_object()->query_name(); }
nomask string query_secret() { return "secret"; }
void move(mixed dest) { move_object(dest); }
