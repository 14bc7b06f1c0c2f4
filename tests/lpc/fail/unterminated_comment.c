// expect: Unterminated comment
void create() { }
/* never closed
