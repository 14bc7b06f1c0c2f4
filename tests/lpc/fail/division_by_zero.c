// expect: Division by zero
int f(int x) { return x / 0; }
void create() { }
