string g(int x);
string f() { return g(1); }
