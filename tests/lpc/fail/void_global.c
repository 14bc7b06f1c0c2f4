// expect: of type void
void nothing;
void create() { }
