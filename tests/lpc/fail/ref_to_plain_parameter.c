// expect: Illegal use of ref
void set(int a) { a = 2; }
void create() { int x; set(ref x); }
