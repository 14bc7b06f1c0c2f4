int b1_i;
private string b1_priv;
nosave int b1_ns;
void set_b1(int i, string p, int ns) { b1_i = i; b1_priv = p; b1_ns = ns; }
mixed *get_b1() { return ({ b1_i, b1_priv, b1_ns }); }
