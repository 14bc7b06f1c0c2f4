// Environments: moving into self or a descendant, init() calls for
// non-living and living movers, present() forms, inventory order after
// repeated moves, environment() of a destructed object.
#include <conform.h>

#define P "/t/env2/"

string *take() {
    string s = read_file("/tmp/env2.log");
    rm("/tmp/env2.log");
    return s ? explode(s, "\n") : ({ });
}
object mk(string n, int liv) { object o = clone_object(P "thing"); o->setup(n, liv); return o; }
string *names(object *a) { return map(a, (: $1->query_name() :)); }

void create() {
    object room, bag, pouch, x, y, z, l1, l2, d;
    rm("/tmp/env2.log");
    room = mk("room", 0);
    bag = mk("bag", 0);
    pouch = mk("pouch", 0);
    bag->move(room);
    pouch->move(bag);
    show("move into self", caught(catch(room->move(room))));
    show("move into child", caught(catch(bag->move(pouch))));
    show("move into grandchild", caught(catch(room->move(pouch))));
    show("bag still in room", environment(bag) == room);
    take();
    x = mk("x", 0);
    x->move(room);
    show("non-living into room with things", take());
    l1 = mk("l1", 1);
    l1->move(room);
    show("living into room", take());
    y = mk("y", 0);
    y->move(room);
    show("non-living into room with living", take());
    l2 = mk("l2", 1);
    l2->move(room);
    show("second living into room", take());
    z = mk("z", 0);
    z->move(l1);
    show("non-living into living", take());
    l2->move(l1);
    show("living into living", take());
    show("room inventory", names(all_inventory(room)));
    x->move(room);
    show("after re-move of x", names(all_inventory(room)));
    bag->move(pouch == 0 ? room : x);
    show("bag into x then x into bag", caught(catch(x->move(bag))));
    y->move(l1);
    y->move(room);
    show("after y out and back", names(all_inventory(room)));
    take();
    show("present thing", present("thing", room)->query_name());
    show("present thing 2", present("thing 2", room)->query_name());
    show("present things (plural)", present("things", room) ? present("things", room)->query_name() : 0);
    show("present \"x 1\"", present("x 1", room) ? "found" : 0);
    show("present \"x  1\"", present("x  1", room) ? "found" : 0);
    show("present \"l1\" nested", present("z", room));
    show("present in env default", l1->pres("y") ? "found" : 0);
    show("present(ob) in deep", present(z, room));
    take();
    d = mk("d", 0);
    d->move(room);
    destruct(d);
    show("environment of destructed var", caught(catch(environment(d))));
    show("inventory after destruct", names(all_inventory(room)));
    done();
}
