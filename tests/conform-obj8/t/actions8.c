// An action returning 0 after its parse moved or destructed an object
// that defines actions, or after remove_action() succeeded, is an error;
// returning 1 is fine, and so are failed remove_actions and plain misses.
#include <conform.h>

object room, actor;

string nm(mixed o) { return objectp(o) ? o->qn() : sprintf("%O", o); }

object thing(string n, mapping m, object where) {
    object t = new("/t/actions8/thing");
    t->setup(n, m);
    t->mv(where);
    return t;
}

void fresh() {
    if (actor) destruct(actor);
    if (room) {
        foreach (object o in all_inventory(room)) destruct(o);
        destruct(room);
    }
    room = new("/t/actions8/thing");
    room->setup("room", ([]));
    actor = new("/t/actions8/actor");
    actor->setup("actor");
}

void try(string label, string line) {
    string r = caught(catch(actor->cmd(line)));
    show(label, r);
}

void create() {
    string *modes = ({ "dest0", "dest1", "move0", "move1", "rm0", "rm1", "rmnone0",
                       "destother0", "destnear0", "pass", "ok" });
    foreach (string how in modes) {
        object box;
        fresh();
        // the one under test is offered last, so it runs first; "low" is the fallback
        thing("low", ([ "go": "ok" ]), room);
        thing("other", ([ "zz": "ok" ]), room);
        box = thing("box", ([]), room);
        thing("near", ([]), box);
        thing("t", ([ "go": how ]), box);
        actor->mv(box);
        try(how, "go");
        show(how + " actor env", nm(objectp(actor) ? environment(actor) : 0));
        show(how + " room inv", sort_array(map(all_inventory(room), (: nm :)), 1));
        show(how + " box inv", sort_array(map(all_inventory(box), (: nm :)), 1));
    }
    // a miss that changes nothing, then the illegal mark set by an earlier move
    // (outside any command) does not leak into a later parse
    fresh();
    thing("a", ([ "go": "pass" ]), room);
    actor->mv(room);
    thing("b", ([ "zz": "ok" ]), room)->mv(room);
    try("pass only", "go");
    // destructing this_player from an action returning 0
    fresh();
    thing("a", ([ "go": "tpdest0" ]), room);
    actor->mv(room);
    try("tpdest0", "go");
    check("actor gone", !actor);
    // a nested command: the inner parse's illegal action does not leak into the outer one
    fresh();
    thing("n", ([ "in": "dest0" ]), room);
    actor->mv(room);
    try("inner", "in");
    try("again", "in");
    done();
}
