// expect: break statement outside loop
void create() { int x = 1; if (x) break; }
