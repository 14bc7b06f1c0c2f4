// Environments: present() by id, "id N", object and in a container,
// inventory order (newest first), deep_inventory order, first/next
// inventory, init() call order when a living enters a room with things,
// and what happens to contents when a container is destructed.
#include <conform.h>

#define P "/t/env_rt/"

object make(string file, string name) {
    object o = clone_object(P + file);
    o->set_name(name);
    return o;
}

string *names(object *obs) { return map(obs, (: $1 ? $1->query_name() : "0" :)); }

string *take_log() {
    string s = read_file("/tmp/env_rt.log");
    rm("/tmp/env_rt.log");
    return s ? explode(s, "\n") : ({ });
}

void create() {
    object room, room2, sword1, sword2, shield, bag, gem, bob, ann, m1, m2, box;

    rm("/tmp/env_rt.log");
    room = make("room", "hall");
    room2 = make("room", "yard");
    sword1 = make("item", "sword1");
    sword1->set_ids(({ "sword", "weapon" }));
    sword2 = make("item", "sword2");
    sword2->set_ids(({ "sword" }));
    shield = make("item", "shield");
    shield->set_ids(({ "shield", "weapon" }));
    sword1->move(room);
    sword2->move(room);
    shield->move(room);
    show("init log for items entering", take_log());
    show("all_inventory newest first", names(all_inventory(room)));
    show("first_inventory", first_inventory(room)->query_name());
    show("next_inventory", next_inventory(first_inventory(room))->query_name());
    show("next_inventory of last", next_inventory(sword1));
    show("present sword", present("sword", room)->query_name());
    show("present sword 1", present("sword 1", room)->query_name());
    show("present sword 2", present("sword 2", room)->query_name());
    show("present sword 3", present("sword 3", room));
    show("present weapon 2", present("weapon 2", room)->query_name());
    show("present missing", present("axe", room));
    show("present object", present(shield, room) == shield);
    show("present object not there", present(room2, room));
    bag = make("item", "bag");
    bag->set_ids(({ "bag" }));
    bag->move(room);
    gem = make("item", "gem");
    gem->set_ids(({ "gem" }));
    gem->move(bag);
    take_log();
    show("present does not look inside containers", present("gem", room));
    show("present inside bag", present("gem", bag)->query_name());
    show("environment of gem", environment(gem)->query_name());
    show("environment of room", environment(room));
    show("deep_inventory order", names(deep_inventory(room)));
    bob = make("creature", "bob");
    ann = make("creature", "ann");
    ann->move(room2);
    take_log();
    bob->move(room);
    show("init order when a living enters", take_log());
    bob->move(room2);
    show("init order entering a room with a living", take_log());
    sword1->move(bob);
    show("init when item moves into a living", take_log());
    show("bob inventory", names(all_inventory(bob)));
    show("living()", ({ living(bob), living(sword2) }));
    show("move into itself", caught(catch(bob->move(bob))));
    show("move to destructed/missing path", caught(catch(sword2->move(P "nonexistent"))));
    show("move by path string", caught(catch(sword2->move(P "fallback"))));
    show("environment after path move", environment(sword2)->query_name());
    box = make("room", "box");
    box->move(room);
    m1 = make("mover", "m1");
    m2 = make("item", "plain");
    m1->move(box);
    m2->move(box);
    take_log();
    destruct(box);
    show("move_or_destruct called", take_log());
    show("mover went to fallback", environment(m1) ? environment(m1)->query_name() : "none");
    show("plain item destructed with box", m2);
    destruct(room);
    show("things left in destructed room", ({ sword2 ? 1 : 0, objectp(shield), objectp(bag), objectp(gem) }));
    show("bob inventory untouched", names(all_inventory(bob)));
    done();
}
