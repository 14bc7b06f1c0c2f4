// expect: No class in scope has a member
void create() {
    mixed m;
    m->whatever = 1;
}
