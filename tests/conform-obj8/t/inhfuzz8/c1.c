private int v1 = 1;
nomask mixed *g() { mixed *r = ({}); r += ({ "c1.g" }); return r; }
mixed *h() { mixed *r = ({}); r += ({ "c1.h" }); return r; }
protected mixed *k() { mixed *r = ({}); r += ({ "c1.k" }); return r; }
mixed *call(string f) { return call_other(this_object(), f); }
