// Message delivery to non-interactive objects: which of catch_tell and
// receive_message each efun calls, message() class arrays, exclusion by
// object and by array, message to a string target, write()/say() without
// this_player.
#include <conform.h>

#define P "/t/msgs2/"

string *take() {
    string s = read_file("/tmp/msgs2.log");
    rm("/tmp/msgs2.log");
    return s ? sort_array(explode(s, "\n"), 1) : ({ });
}

void create() {
    object room = clone_object(P "room");
    object both = clone_object(P "both"), tonly = clone_object(P "tellonly"), ronly = clone_object(P "recvonly");
    object none = clone_object(P "none");
    mixed bad;
    rm("/tmp/msgs2.log");
    both->setup("both", room); tonly->setup("tonly", room); ronly->setup("ronly", room); none->setup("none", room);
    take();
    tell_object(both, "t1\n"); tell_object(tonly, "t2\n"); tell_object(ronly, "t3\n"); tell_object(none, "t4\n");
    show("tell_object to each kind", take());
    tell_room(room, "tr\n");
    show("tell_room", take());
    tell_room(room, "tr-ex\n", both);
    show("tell_room exclude object (not array)", caught(catch(tell_room(room, "x\n", both))));
    take();
    message("cls", "m1\n", room);
    show("message to room", take());
    message("cls", "m2\n", ({ both, ronly, tonly }), ({ ronly }));
    show("message array exclude array", take());
    message("cls", "m3\n", all_inventory(room), both);
    show("message exclude single", take());
    message(({ "c1", "c2" }), "m4\n", ronly);
    show("message class array", take());
    message("cls", "m5\n", P "room");
    show("message to string path (loads master copy)", take());
    message("cls", "m6\n", ({ }));
    show("message empty target", take());
    bad = 5;
    show("message bad target", caught(catch(message("cls", "m7\n", bad))));
    take();
    both->do_say("s1\n");
    show("say from both (no this_player)", take());
    show("say outside any object env", caught(catch(say("s2\n"))));
    show("say log", take());
    show("write without this_player", caught(catch(write("w\n"))));
    show("write log", take());
    both->do_cmd("speak hi");
    show("command say/write", take());
    done();
}
