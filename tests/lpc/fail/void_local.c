// expect: of type void
void create() { void v; }
