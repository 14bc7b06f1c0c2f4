
string qn() { return "shadow"; }
int hello(mixed a) { return -1; }
mixed who(mixed a) { return ({ "sh", query_shadowing(this_object()) ? 1 : 0 }); }
int up(mixed a) { object o = query_shadowing(this_object()); return o ? o->hello(a) : -2; }
int on(object o) { return shadow(o, 1) ? 1 : 0; }
