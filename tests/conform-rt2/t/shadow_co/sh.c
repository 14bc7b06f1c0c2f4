object v;
int go(object o) { v = o; return objectp(shadow(o, 1)); }
string q() { return "sh:" + v->q(); }
int id(string s) { return s == "shadowid"; }
mixed *prev() { return ({ "shadowed prev" }); }
