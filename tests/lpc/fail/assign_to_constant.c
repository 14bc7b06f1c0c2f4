// expect: Illegal lvalue
void create() { 1 = 2; }
