// base.c — inherited by child.c for the functions()/variables() tests.
int base_var;
private int hidden_var;
nosave string *names;

int base_fn(int a) { return a + hidden_var; }
string shared() { return "base"; }
private void secret() { }
protected int prot_fn(string s, object o) { return 1; }
