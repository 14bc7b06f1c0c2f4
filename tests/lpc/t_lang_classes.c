// Classes: new(), members, sharing, copy, classes in containers.
#include <test.h>

class point { int x; int y; }
class person { string name; int *scores; class point where; }

class point make_point(int x, int y) {
    class point p = new(class point);
    p->x = x;
    p->y = y;
    return p;
}

void move_right(class point p) { p->x++; }

void test_members() {
    class point p = new(class point), q;
    expect(({ p->x, p->y }), ({ 0, 0 }), "fresh members are 0");
    p->x = 3;
    p->y = -4;
    expect(p->x * 10 + p->y, 26, "member store and load");
    expect(classp(p), 1, "classp");
    expect(classp(({ 1 })), 0, "classp of an array");
    q = p;
    q->x = 30;
    expect(p->x, 30, "assignment shares");
    q = copy(p);
    q->x = 300;
    expect(p->x, 30, "copy separates");
    move_right(p);
    expect(p->x, 31, "callee changes are visible");
    p->x += 9;
    p->y++;
    expect(({ p->x, p->y }), ({ 40, -3 }), "compound ops on members");
}

void test_nested() {
    class person who = new(class person);
    who->name = "Ann";
    who->scores = ({ 10, 20 });
    who->scores += ({ 30 });
    who->where = make_point(1, 2);
    expect(who->where->y, 2, "nested class member");
    expect(who->scores[2], 30, "array member");
    class point *path = ({ make_point(0, 0), make_point(5, 6) });
    expect(path[1]->x, 5, "class in an array");
    mapping named = ([ "home": make_point(7, 8) ]);
    expect(named["home"]->y, 8, "class in a mapping");
}
