// Helper for t_env.c: a portable thing with ids that records what it hears.
string name = "thing";
string *ids = ({ });

void set_name(string n) { name = n; ids += ({ n }); }
void add_id(string s) { ids += ({ s }); }
string query_name() { return name; }
int id(string s) { return member_array(s, ids) >= 0; }
void move(mixed dest) { move_object(dest); }
int light(int n) { return set_light(n); }
void hide(int on) { set_hide(on); }
void init() { "/t_env"->note("init " + name + " for " + (this_player() ? this_player()->query_name() : "0")); }
void catch_tell(string s) { "/t_env"->note(name + " catch_tell " + s); }
void receive_message(string cls, string msg) { "/t_env"->note(name + " message " + cls + " " + msg); }
