// Helper for the fail/ cases: a private and a nomask function.
private string secret() { return "private"; }
nomask string fixed() { return "nomask"; }
string call_secret() { return secret(); }
