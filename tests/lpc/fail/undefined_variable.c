// expect: Undefined variable 'missing'
void create() { int x = missing + 1; }
