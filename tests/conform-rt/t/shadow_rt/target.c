// Shadow target.
string name() { return "target"; }
string plain() { return "plain"; }
string calls_self() { return "self sees " + this_object()->name(); }
int value = 1;
int query_value() { return value; }
