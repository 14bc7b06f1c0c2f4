// Leaf of the inheritance tree.
int g_var = 7;
string g_fn() { return "g"; }
