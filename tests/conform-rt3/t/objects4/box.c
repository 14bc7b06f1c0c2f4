string name;
int refuse;
void set_name(string n) { name = n; }
string query_name() { return name; }
void set_refuse(int r) { refuse = r; }
void log(string s) { write_file("/tmp/obj4.log", s + "\n"); }
int move_or_destruct(object dest) {
    log(name + " move_or_destruct " + (dest ? dest->query_name() : "0"));
    if (refuse) return 1;
    if (dest) move_object(dest);
    return 0;
}
void init() { log(name + " init tp=" + (this_player() ? this_player()->query_name() : "0")); }
void remove() { log(name + " remove"); }
void move(object d) { move_object(d); }
