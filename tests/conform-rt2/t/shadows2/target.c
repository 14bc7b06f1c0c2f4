string query_name() { return "target"; }
string greet() { return "hello from target"; }
int num() { return 1; }
nosave string secret() { return "s"; }
