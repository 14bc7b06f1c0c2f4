// A clonable helper for t_objects.c: remembers its label and create() args.
string label = "unset";
mixed *made_with;

void create(mixed args...) { made_with = args; }
string set_label(string s) { return label = s; }
string query_label() { return label; }
mixed *query_made_with() { return made_with; }
void move(mixed dest) { move_object(dest); }
int self_destruct() { destruct(this_object()); return 42; }
string my_euid() { return geteuid(); }
int try_seteuid(mixed e) { return seteuid(e); }
int give_uid(object ob) { return export_uid(ob); }
object make_clone(string file) { return clone_object(file); }
object load(string file) { return load_object(file); }
