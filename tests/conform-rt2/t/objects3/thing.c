string name;
string *ids = ({ });
void set_name(string n, string *i) { name = n; ids = i; }
string query_name() { return name; }
int id(string s) { return member_array(s, ids) >= 0; }
void init() { write_file("/out/log.txt", name + " init by " + (this_player() ? this_player()->query_name() : "0") + "\n"); }
void move(mixed dest) { move_object(dest); }
