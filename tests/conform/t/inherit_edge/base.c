// Root of the diamond for inherit_edge.
int counter;
string name() { return "base"; }
string who() { return "base who"; }
void bump() { counter++; }
int get_counter() { return counter; }
private string secret() { return "secret"; }
string call_secret() { return secret(); }
protected string prot() { return "protected base"; }
string fixed() { return "fixed"; }
varargs string va(string a, string b) { return a + ":" + (b ? b : "-"); }
string proto_user();
string late() { return "late " + proto_user(); }
string proto_user() { return "defined after use"; }
