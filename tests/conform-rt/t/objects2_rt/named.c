// A named thing for unique_array, children and move_or_destruct order.
string name, kind;
void setup(string n, string k) { name = n; kind = k; }
string query_name() { return name; }
string query_kind() { return kind; }
int id(string s) { return s == name || s == kind; }
void move(mixed d) { move_object(d); }
void move_or_destruct(object dest) {
    write_file("/tmp/o2.log", name + " mod\n");
    if (kind == "keep") move_object("/t/objects2_rt/a");
}
