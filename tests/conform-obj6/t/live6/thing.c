string qt() { return "coin"; }
int id(string s) { return s == "coin"; }
void move(object d) { move_object(d); }
