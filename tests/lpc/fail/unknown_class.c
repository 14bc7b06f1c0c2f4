// expect: Undefined class
void create() { class nowhere p; }
