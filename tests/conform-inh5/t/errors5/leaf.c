void err(string m) { error(m); }
void thr(mixed v) { throw(v); }
int zero(int x) { return 10 / x; }
mixed stack(int x) { return ({ call_stack(2), call_stack(0) }); }
mixed deep_err(int n) { if (n <= 0) error("deep\n"); return deep_err(n - 1); }
