inherit "/t/access5/base";
string secret() { return "child secret"; }
