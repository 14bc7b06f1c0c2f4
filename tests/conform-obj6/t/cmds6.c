// Commands: this_player()/this_interactive() inside an action and inside a
// call_out armed by an action; command() nested inside an action (verb and
// this_player before/after); an action that destructs this_player; an
// object moving itself from its heart_beat (init runs, this_player there).
#include <conform.h>

#define P "/t/cmds6/"

string *take() {
    string s = read_file("/tmp/cmds6.log");
    rm("/tmp/cmds6.log");
    return s ? explode(s, "\n") : ({ });
}

object room, room2, a, b, walker;

void finish() {
    show("call_out log (sorted)", sort_array(take(), 1));
    show("walker env", walker && environment(walker) == room2);
    b->cmd("suicide");
    show("suicide log", take());
    show("b gone", b == 0);
    show("room inv", sizeof(all_inventory(room)));
    done();
}

void create() {
    rm("/tmp/cmds6.log");
    room = clone_object(P "room"); room2 = clone_object(P "room");
    a = clone_object(P "actor"); b = clone_object(P "actor");
    a->setup("ann"); b->setup("bob");
    a->move(room); b->move(room);
    take();
    show("outside tp", this_player());
    a->cmd("look");
    show("look log", take());
    show("tp after command", this_player());
    a->cmd("nest");
    show("nest log", take());
    a->cmd("other");
    show("other log", take());
    a->cmd("arm");
    show("arm log", take());
    walker = clone_object(P "walker");
    walker->go(room2);
    call_out("finish", 3);
}
