// expect: is not a class
void create() {
    object o;
    o->name = 1;
}
