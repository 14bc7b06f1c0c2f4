inherit "/t/access5/base";
private string secret() { return "child private secret"; }
string call_own() { return secret(); }
