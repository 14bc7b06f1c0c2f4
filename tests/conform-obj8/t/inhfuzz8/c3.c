inherit "/t/inhfuzz8/c1";
int v3 = 3;
string vs = "c3";
mixed *g() { mixed *r = ({}); r += ({ "c3.g" }); r += c1::g(); return r; }
mixed *call(string f) { return call_other(this_object(), f); }
