// expect: continue statement outside loop
void create() { int x; continue; }
