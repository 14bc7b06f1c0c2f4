// Bottom of the inheritance chain used by objects_rt.
int base_var;
int base_fn() { return 1; }
protected int prot_fn() { return 2; }
private int priv_fn() { return 3; }
string who() { return "base"; }
