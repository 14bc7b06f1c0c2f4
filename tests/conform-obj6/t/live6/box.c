string qt() { return "box"; }
int id(string s) { return s == "box"; }
void move(object d) { move_object(d); }
