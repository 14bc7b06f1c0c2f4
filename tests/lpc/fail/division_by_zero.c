// expect: Division by zero
// (only constant / 0 is a compile error, as in 2.7; x / 0 raises at run time)
int f(int x) { return 6 / 0; }
void create() { }
