// expect: Illegal lvalue
void create() { int x; (x + 1)++; }
