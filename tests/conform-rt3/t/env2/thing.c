string name;
void setup(string n, int liv) { name = n; if (liv) enable_commands(); }
string query_name() { return name; }
int id(string s) { return s == name || s == "thing" || s == "things"; }
void move(object d) { move_object(d); }
object pres(string s) { return present(s); }
void init() {
    write_file("/tmp/env2.log", name + ".init tp=" + (this_player() ? this_player()->query_name() : "0") + "\n");
}
