int id(string s) { return s == "coin"; }
void move(object d) { move_object(d); }
void hide(int i) { set_hide(i); }
object look(string s, object where) { return present(s, where); }
int count(object where) { return sizeof(all_inventory(where)); }
