// Commands, second part: origin() and this_player() inside init(),
// actions and the call_outs they schedule, a command issued from inside
// an action (query_verb restored afterwards), function-pointer actions,
// remove_action, two actions on one verb from one object,
// disable_commands/enable_commands, and find_living/livings.
#include <conform.h>

#define P "/t/cmds2_rt/"

object room, ann;

string *take() {
    string s = read_file("/tmp/c2.log");
    rm("/tmp/c2.log");
    return s ? explode(s, "\n") : ({ });
}
void run(string c) { ann->act(c); show("'" + c + "'", take()); }

void finish() {
    show("call_out scheduled by an action", take());
    done();
}

void create() {
    object bob, ann2;
    rm("/tmp/c2.log");
    room = clone_object(P "room");
    ann = clone_object(P "actor");
    bob = clone_object(P "actor");
    ann->setup("ann");
    bob->setup("bob");
    bob->move(room);
    take();
    ann->move(room);
    show("init calls when ann enters", take());
    run("nest");
    run("fp with args");
    run("fp");
    run("dup");
    run("prev");
    run("forget");
    run("inner y");
    ann->stop();
    run("fp");
    show("living after disable_commands", living(ann));
    ann->restart();
    run("fp");
    ann->move(room);
    take();
    run("fp again");
    show("find_living", find_living("bob") == bob);
    ann2 = clone_object(P "actor");
    ann2->setup("ann");
    show("find_living with two of a name finds one of them", member_array(find_living("ann"), ({ ann, ann2 })) >= 0);
    show("livings has all three", sizeof(livings() & ({ ann, bob, ann2 })));
    destruct(ann2);
    show("find_living after destruct", find_living("ann") == ann);
    run("later");
    call_out("finish", 1);
}
