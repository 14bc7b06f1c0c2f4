string name;
int val;
void set(string n, int v) { name = n; val = v; }
string query_name() { return name; }
int query_val() { return val; }
int gt(mixed x, int lim) { return intp(x) && x > lim; }
mixed plus(mixed x, int k) { return intp(x) ? x + k : x; }
int cmp(mixed a, mixed b) { return a - b; }
