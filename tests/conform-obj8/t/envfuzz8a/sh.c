
string qn() { return "shadow"; }
int hello(mixed a) { return -1; }
mixed who(mixed a) { return ({ "sh", query_shadowing(this_object()) ? 1 : 0 }); }
int up(mixed a) { object o = query_shadowing(this_object()); return o ? o->hello(a) : -2; }
int on(object o) { return shadow(o, 1) ? 1 : 0; }
int on2() { object o = query_shadowing(this_object()); object s2 = new("/t/envfuzz8a/sh"); return ({ s2->on(o), shadow(o, 0) == s2, s2->up(3) }) == 0; }
