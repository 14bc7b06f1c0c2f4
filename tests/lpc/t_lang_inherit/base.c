// Base program for the inheritance tests.
int base_var = 1;
nosave int counter;
private int secret = 42;

string who() { return "base"; }
string call_who() { return who(); }
int get_secret() { return secret; }
int bump() { return ++counter; }
protected string prot() { return "protected"; }
nomask string fixed() { return "fixed"; }
varargs string greet(string name) { return "hello " + (name ? name : "nobody"); }
