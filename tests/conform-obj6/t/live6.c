// set_living_name/find_living with several livings of one name, livings(),
// present() by id and by object through livings, containers and
// non-living objects, present() on a destructed name holder.
#include <conform.h>

#define P "/t/live6/"

string tag(object o) { return o ? o->qt() : "0"; }

void create() {
    object a = clone_object(P "mob"), b = clone_object(P "mob"), c = clone_object(P "mob");
    object room = clone_object(P "box"), bag = clone_object(P "box"), coin = clone_object(P "thing");
    object *l;
    a->setup("first", "orc"); b->setup("second", "orc"); c->setup("third", "orc");
    show("find_living orc", tag(find_living("orc")));
    l = livings();
    show("livings has all", sizeof(l & ({ a, b, c })));
    show("livings all living", sizeof(filter(l, (: living :))) == sizeof(l));
    c->off();
    show("after third disabled", tag(find_living("orc")));
    b->rename("elf");
    show("after second renamed, orc", tag(find_living("orc")));
    show("elf", tag(find_living("elf")));
    destruct(a);
    show("after first destructed, orc", tag(find_living("orc")));
    show("livings count of ours", sizeof(livings() & ({ b, c })));
    a = clone_object(P "mob"); a->setup("fourth", "orc");
    show("new orc", tag(find_living("orc")));
    b->move(room); a->move(room); bag->move(room); coin->move(bag);
    show("present orc in room", tag(present("orc", room)));
    show("present orc 2 in room", tag(present("orc 2", room)));
    show("present coin in room (inside bag)", tag(present("coin", room)));
    show("present coin in bag", tag(present("coin", bag)));
    show("present obj coin in room", present(coin, room) != 0);
    show("present obj coin in bag", present(coin, bag) != 0);
    coin->move(a);
    show("present coin in room (carried by orc)", tag(present("coin", room)));
    show("present coin in orc", tag(present("coin", a)));
    show("present coin 2 in orc", tag(present("coin 2", a)));
    show("present fourth", tag(present("fourth", room)));
    show("present  0 ", caught(catch(present(0, room))));
    done();
}
