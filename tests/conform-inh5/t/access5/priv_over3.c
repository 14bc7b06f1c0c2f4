inherit "/t/access5/mid";
string secret() { return "grandchild secret"; }
