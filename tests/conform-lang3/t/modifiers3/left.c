// Left parent: a variable "shared" and functions with modifiers.
int shared = 1;
nosave int tmp_left = 11;
private int secret = 100;

int left_shared() { return shared; }
int get_secret() { return secret; }
protected int prot_fn() { return 10; }
private int priv_fn() { return 20; }
public int pub_fn() { return 30; }
nomask int nm_fn() { return 40; }
public nomask int pubnm_fn() { return 50; }
private nomask int privnm_fn() { return 60; }
int call_priv() { return priv_fn(); }
varargs int va(int a, int b, int c) { return a * 100 + b * 10 + c; }
int arity(int a) { return a; }
string who() { return "left"; }
string ask_who() { return who(); }
int tmp_left_val() { return tmp_left; }
