inherit "/t/inhfuzz8/c1";
int v4 = 4;
mixed *k() { mixed *r = ({}); r += ({ "c4.k" }); r += c1::k(); return r; }
mixed *f() { mixed *r = ({}); r += ({ "c4.f" }); r += c1::f(); return r; }
mixed *call(string f) { return call_other(this_object(), f); }
