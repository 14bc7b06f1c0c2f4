// expect: has no member
class point { int x; int y; }
void create() {
    class point p = new(class point);
    p->z = 1;
}
