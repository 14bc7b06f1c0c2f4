inherit "/t/inhfuzz8/c0";
inherit "/t/inhfuzz8/c1";
int v2 = 2;
mixed *g() { mixed *r = ({}); r += ({ "c2.g" }); r += c1::g(); return r; }
nomask mixed *h() { mixed *r = ({}); r += ({ "c2.h" }); r += c1::h(); r += ::f(); return r; }
mixed *call(string f) { return call_other(this_object(), f); }
