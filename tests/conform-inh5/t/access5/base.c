private string secret() { return "secret"; }
private int counter;
protected string prot() { return "prot"; }
nomask string fixed() { return "fixed"; }
string pub() { return "pub(" + secret() + ")"; }
int tick() { return ++counter; }
varargs string va(string a, string b);
string co_prot() { return call_other(this_object(), "prot"); }
string co_secret() { return call_other(this_object(), "secret"); }
string late(int n) { return "late" + n; }
string use_late() { return late(3); }
varargs string va(string a, string b) { return a + "/" + (b ? b : "none"); }
