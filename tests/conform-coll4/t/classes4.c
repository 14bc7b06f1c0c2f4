#include <conform.h>

class point { int x; int y; }
class box { string name; class point tl; class point br; int *tags; }

void move(class point p, int dx) { p->x += dx; }
class point make(int x, int y) { return new(class point, x: x, y: y); }
void rename(class box b) { b->name = "renamed"; b->tl->y = 100; }
void reassign(class point p) { p = new(class point, x: -1); }

string pt(class point p) {
    if (!p) return "null";
    return "(" + p->x + "," + p->y + ")";
}

void create() {
    class point p, q;
    class box b, c;
    mapping m;
    mixed e;

    p = new(class point, x: 3, y: 4);
    show("new with init", pt(p));
    p = new(class point, y: 9);
    show("new partial init", pt(p));
    p = new(class point);
    show("new no init", pt(p));

    b = new(class box, name: "b", tl: new(class point, x: 1, y: 2));
    show("nested member", pt(b->tl));
    show("nested unset member", pt(b->br));
    b->br = make(5, 6);
    b->br->x++;
    show("nested member ++", pt(b->br));
    b->tags = ({ 1 });
    b->tags += ({ 2 });
    show("array member +=", b->tags);
    b->tags[0] = 7;
    show("array member elem", b->tags);

    c = copy(b);
    c->tl->x = 50;
    c->tags[1] = 99;
    show("copy nested independent", pt(b->tl));
    show("copy nested tags", b->tags);
    show("copy is copy", pt(c->tl));
    c = b;
    c->name = "alias";
    show("assignment aliases", b->name);

    p = make(1, 1);
    move(p, 5);
    show("arg modified", pt(p));
    reassign(p);
    show("arg reassigned", pt(p));
    rename(b);
    show("nested arg modified", b->name + " " + pt(b->tl));

    p = make(1, 2);
    q = make(1, 2);
    show("== distinct equal", p == q);
    show("== same", p == p);
    m = ([ "p": p ]);
    show("mapping holds class", m["p"] == p);
    m["p"]->x = 42;
    show("modify through mapping", pt(p));
    m = ([ p: "first" ]);
    show("class key same", m[p]);
    show("class key distinct", m[q]);
    show("mapping == with classes", ([ "a": p ]) == ([ "a": p ]));
    show("classp", classp(p));
    show("sizeof class", sizeof(p));
    show("class in array rendered", ({ p }));
    e = ({ make(1, 1), make(2, 2) });
    e[1]->y = 7;
    show("class in array modified", pt(e[1]));
    b->br = 0;
    show("null member access", caught(catch(e = b->br->x)));
    done();
}
