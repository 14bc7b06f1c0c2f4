// Message efuns to non-interactive listeners: tell_object, say (who is
// left out, with and without exclusions), write, tell_room with exclude
// lists, shout, message() with classes, targets and exclusions, and the
// order in which listeners hear a message.  Log lines of one message are
// sorted: only who heard what is compared.
#include <conform.h>

#define P "/t/messages_rt/"

string *take() {
    string s = read_file("/tmp/msg_rt.log");
    rm("/tmp/msg_rt.log");
    return s ? sort_array(explode(s, "\n"), 1) : ({ });
}

void create() {
    object room = clone_object(P "room"), room2 = clone_object(P "room");
    object ann = clone_object(P "npc"), bob = clone_object(P "npc"), cat = clone_object(P "npc");
    object far = clone_object(P "npc");
    rm("/tmp/msg_rt.log");
    ann->setup("ann"); bob->setup("bob"); cat->setup("cat"); far->setup("far");
    ann->move(room); bob->move(room); cat->move(room); far->move(room2);
    take();
    tell_object(ann, "hello ann\n");
    show("tell_object", take());
    ann->do_say("hi all\n");
    show("say from ann", take());
    ann->do_say_ex("psst\n", bob);
    show("say excluding bob", take());
    ann->do_say_ex("psst2\n", ({ bob, cat }));
    show("say excluding array", take());
    ann->do_write("note to self\n");
    show("write from ann (this_player is 0)", take());
    ann->do_cmd_say("hey");
    show("say/write inside a command", take());
    tell_room(room, "room msg\n");
    show("tell_room", take());
    tell_room(room, "room msg ex\n", ({ ann, cat }));
    show("tell_room excluding", take());
    tell_room(P "room", "by path\n");
    show("tell_room by path (master copy, empty)", take());
    message("combat", "hit!\n", ({ ann, bob }));
    show("message to array", take());
    message("combat", "room hit\n", room, bob);
    show("message to room excluding", take());
    message(({ "a", "b" }), "multi\n", cat);
    show("message with class array", take());
    message("info", "to far\n", ({ far, room }), ({ ann }));
    show("message to mixed targets", take());
    write("no player\n");
    show("write with no this_player", take());
    say("say with no player\n");
    show("say with no this_player", take());
    done();
}
