// objects: children/objects/find_object/clone/destruct/reload, present variants,
// move_object and init order with livings, environment after destruct.
#include <conform.h>

string take_log() {
    string s = read_file("/out/log.txt");
    rm("/out/log.txt");
    return s ? s : "";
}

string *names(object *obs) {
    string *r = ({ });
    foreach (object o in obs) r += ({ o ? o->query_name() : "0" });
    return r;
}

void create() {
    object room, room2, a, b, liv, liv2, t, o;
    string err;
    rm("/out/log.txt");
    room = clone_object("/t/objects3/thing");
    room->set_name("room", ({ "room" }));
    room2 = clone_object("/t/objects3/thing");
    room2->set_name("room2", ({ "room2" }));
    a = clone_object("/t/objects3/thing"); a->set_name("sword", ({ "sword", "weapon" }));
    b = clone_object("/t/objects3/thing"); b->set_name("shield", ({ "shield", "armour" }));
    liv = clone_object("/t/objects3/liv"); liv->setup("ann");
    liv2 = clone_object("/t/objects3/liv"); liv2->setup("bob");
    a->move(room);
    show("move nonliving into room", take_log());
    liv->move(room);
    show("living enters room", take_log());
    b->move(room);
    show("object enters room with living", take_log());
    liv2->move(room);
    show("second living enters", take_log());
    show("inventory order", names(all_inventory(room)));
    show("first_inventory", first_inventory(room)->query_name());
    show("next_inventory", next_inventory(first_inventory(room))->query_name());
    show("deep_inventory size", sizeof(deep_inventory(room)));
    a->move(liv);
    show("move into living", take_log());
    show("deep_inventory", names(deep_inventory(room)));
    show("present id", present("sword", liv) == a);
    show("present in room deep?", present("sword", room) == a);
    show("present 2", present("shield 1", room) == b);
    show("present shield 2", present("shield 2", room));
    show("present object", present(b, room) == b);
    show("present object elsewhere", present(a, room));
    show("present liv", present("bob", room) == liv2);
    show("present no env", caught(catch(present("x"))));
    show("environment", ({ environment(a) == liv, environment(liv) == room, environment(room) }));
    liv->move(room2);
    show("living carrying moves", take_log());
    show("env of carried", environment(environment(a)) == room2);
    destruct(room2);
    show("living survives room destruct", ({ objectp(liv), objectp(a) }));
    if (!liv) { liv = clone_object("/t/objects3/liv"); liv->setup("cal"); }
    if (!a) { a = clone_object("/t/objects3/thing"); a->set_name("sword", ({ "sword" })); }
    a->move(liv);
    show("liv alive", objectp(liv));
    destruct(liv);
    show("carried destructed with living", objectp(a));
    show("find_object loaded", find_object("/t/objects3/thing") ? 1 : 0);
    show("find_object .c", find_object("/t/objects3/thing.c") ? 1 : 0);
    show("find_object missing", find_object("/t/objects3/nope"));
    show("find_object clone name", find_object(file_name(b)) == b);
    show("load_object", load_object("/t/objects3/liv") == find_object("/t/objects3/liv"));
    show("children count", sizeof(children("/t/objects3/thing")));
    show("children includes master", member_array(find_object("/t/objects3/thing"), children("/t/objects3/thing")) >= 0);
    show("clone of clone", caught(catch(clone_object(file_name(b)))));
    show("clone missing", caught(catch(clone_object("/t/objects3/nope"))));
    show("clone selfdest", caught(catch(o = clone_object("/t/objects3/selfdest"))));
    show("clone selfdest value", o);
    show("load broken", caught(catch(load_object("/t/objects3/broken"))));
    show("broken not loaded", find_object("/t/objects3/broken"));
    t = find_object("/t/objects3/thing");
    destruct(t);
    show("master destructed, clones live", objectp(b));
    show("reload", objectp(load_object("/t/objects3/thing")));
    show("clones still counted", sizeof(children("/t/objects3/thing")) >= 3);
    show("file_name clone", file_name(b)[0..17]);
    show("base_name", base_name(b));
    show("clonep", ({ clonep(b), clonep(find_object("/t/objects3/thing")), clonep(0) }));
    show("objects filter", sizeof(objects((: base_name($1) == "/t/objects3/liv" :))) >= 1);
    show("destruct 0", caught(catch(destruct(0))));
    show("move to destructed", caught(catch(b->move(room2))));
    show("move to string", caught(catch(b->move("/t/objects3/liv"))));
    show("env after string move", environment(b) == find_object("/t/objects3/liv"));
    show("move into self", caught(catch(b->move(b))));
    destruct(b);
    show("destructed is 0", b);
    show("call on destructed", caught(catch(b->query_name())));
    show("living of destructed", caught(catch(living(liv))));
    done();
}
