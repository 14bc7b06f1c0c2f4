string tg; string *ids = ({ });
void setup(string t, string n) { tg = t; ids = ({ n, t }); enable_commands(); set_living_name(n); }
void off() { disable_commands(); }
void rename(string n) { set_living_name(n); ids = ({ n, tg }); }
string qt() { return tg; }
int id(string s) { return member_array(s, ids) >= 0; }
void move(object d) { move_object(d); }
