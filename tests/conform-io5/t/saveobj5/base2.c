mixed b2_m;
private nosave string b2_pns;
float b2_f;
void set_b2(mixed m, string s, float f) { b2_m = m; b2_pns = s; b2_f = f; }
mixed *get_b2() { return ({ b2_m, b2_pns, b2_f }); }
