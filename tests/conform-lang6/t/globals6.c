#include <conform.h>

class point { int x; int y; }
class line { class point a; class point b; string name; }
class holder { class line l; mixed *list; mapping m; }

int compute(int n);
int bump();

int base = 10;
int twice = base * 2;
int from_fn = compute(3);
string label = "v" + twice;
mixed *lst = ({ base, twice, from_fn });
mapping mp = ([ "k": lst ]);
int late;
int uses_late = late + 1;
int counter = bump();
int counter2 = bump();
float fl = base / 4.0;

int compute(int n) { return n * base + twice; }
int bump() { return ++late; }

void create() {
    class line l;
    class holder h;
    class point p;
    mixed e;

    show("global base", base);
    show("global twice", twice);
    show("global from fn", from_fn);
    show("global label", label);
    show("global list", lst);
    show("global map", mp);
    show("global late", ({ late, uses_late, counter, counter2 }));
    show("global float", fl);
    l = new(class line);
    show("class member class default", l->a);
    show("class member undefinedp", undefinedp(l->a));
    show("class member string default", l->name);
    l->a = new(class point);
    show("class inner default", ({ l->a->x, l->a->y }));
    l->a->x = 5;
    l->a->y += 3;
    l->a->x++;
    show("class inner set", ({ l->a->x, l->a->y }));
    e = catch(l->b->x = 1);
    show("class null member assign", caught(e));
    e = catch(p = l->b);
    show("class null read", ({ caught(e), p }));
    h = new(class holder);
    show("holder defaults", ({ h->l, h->list, h->m }));
    h->l = l;
    h->l->name = "ln";
    show("holder shared", l->name);
    h->list = ({ 1 });
    h->list += ({ 2 });
    show("holder list", h->list);
    h->m = ([ ]);
    h->m["a"]++;
    show("holder map", h->m);
    p = new(class point, x: 4);
    show("new named", ({ p->x, p->y }));
    show("class sizeof", sizeof(p));
    show("class typeof", typeof(p));
    done();
}
