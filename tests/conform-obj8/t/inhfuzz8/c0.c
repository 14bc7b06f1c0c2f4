int v0 = 0;
private mixed *g() { mixed *r = ({}); r += ({ "c0.g" }); return r; }
mixed *call(string f) { return call_other(this_object(), f); }
