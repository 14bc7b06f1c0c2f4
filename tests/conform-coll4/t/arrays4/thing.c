string name;
void set_name(string s) { name = s; }
string query_name() { return name; }
string first() { return name ? name[0..0] : "?"; }
