// expect: Modulo by zero
void create() { int x = 7 % 0; }
