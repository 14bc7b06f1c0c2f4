// expect: Illegal lvalue
int *f() { return ({ 1 }); }
void create() { f()[0] = 2; }
