inherit "/t/access5/base";
string fixed() { return "override"; }
