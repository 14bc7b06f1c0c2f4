// Helper object for call_other tests.
int value = 5;
int query_value() { return value; }
int add(int a, int b) { return a + b; }
string whoami() { return file_name(this_object()); }
