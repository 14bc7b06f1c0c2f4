// Helper for t_save.c: an inherited part with its own saved variable.
string race = "human";
void set_race(string r) { race = r; }
string query_race() { return race; }
