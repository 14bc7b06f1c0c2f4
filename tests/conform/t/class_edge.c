// Classes: copy semantics, ==, classes inside arrays and mappings, as
// mapping keys, default member values, nested classes, sizeof.
#include <conform.h>

class point { int x; int y; }
class box { class point lo; class point hi; string name; mixed *tags; }

class point mkpoint(int x, int y) {
    class point p = new(class point);
    p->x = x; p->y = y;
    return p;
}

void create() {
    class point p, q;
    class box b, c;
    mapping m;
    mixed *arr, e;

    p = new(class point);
    show("fresh members are 0", ({ p->x, p->y }));
    p->x = 3; p->y = 4;
    q = p;
    q->x = 30;
    show("assignment shares", p->x);
    q = copy(p);
    q->x = 300;
    show("copy separates", ({ p->x, q->x }));
    show("== is identity", ({ p == p, p == q, mkpoint(1, 2) == mkpoint(1, 2) }));
    m = ([ p: "p" ]);
    show("class as mapping key", ({ m[p], m[q], m[copy(p)] }));
    arr = ({ p, q });
    arr[0]->y = 44;
    show("class in array shares", p->y);
    b = new(class box);
    show("nested class member starts 0", b->lo);
    b->lo = mkpoint(1, 1);
    b->hi = mkpoint(5, 5);
    b->name = "b";
    b->tags = ({ "t" });
    c = copy(b);
    c->lo->x = 99;
    c->tags += ({ "u" });
    show("copy is deep", ({ b->lo->x, sizeof(b->tags), c->lo->x, sizeof(c->tags) }));
    show("sizeof class", sizeof(b));
    show("classp", ({ classp(p), classp(0), classp(({ })) }));
    show("typeof class", typeof(p));
    show("member of 0 errors", caught(catch(e = b->lo->x + ((class point)0)->x)));
    p->x += 5;
    p->y++;
    show("compound on members", ({ p->x, p->y }));
    p = new(class point, x: 7, y: 8);
    show("new with initialisers", ({ p->x, p->y }));
    p = new(class point, y: 2);
    show("partial initialiser", ({ p->x, p->y }));
    arr = ({ mkpoint(1, 2), mkpoint(3, 4) });
    show("map over classes", map(arr, (: $1->x + $1->y :)));
    show("arr - ({ class })", sizeof(arr - ({ arr[0] })));
    show("class in show", p);
    done();
}
