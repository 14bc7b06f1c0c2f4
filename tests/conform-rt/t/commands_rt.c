// Command parsing: which action runs when a room and an item in it both
// define a verb, fall-through when an action returns 0, notify_fail (last
// call wins, function form), the default fail message, query_verb with
// prefix and no-space verbs, actions lost when the item leaves, and
// that non-interactive players get no fail message.
#include <conform.h>

object room, ann;

string *take_log() {
    string s = read_file("/tmp/cmd_rt.log");
    rm("/tmp/cmd_rt.log");
    return s ? explode(s, "\n") : ({ });
}

void run(string cmd) {
    // command()'s value is not looked at: in 2.7 it is the evaluation time used.
    ann->act(cmd);
    show("'" + cmd + "'", take_log());
}

void create() {
    object thing;
    rm("/tmp/cmd_rt.log");
    room = clone_object("/t/commands_rt/room");
    ann = clone_object("/t/commands_rt/actor");
    ann->setup("ann");
    ann->move(room);
    run("look");
    run("look   around  ");
    run("go");
    run("go north");
    run("fail");
    run("nffn");
    run("twice");
    run("zero");
    run("north");
    run("n");
    run("shout hello");
    run("sh");
    run("shhh");
    run("'hi there");
    run("'");
    run("unknown verb");
    run("");
    thing = clone_object("/t/commands_rt/thing");
    thing->move(room);
    take_log();
    run("look thing");
    run("look at room");
    run("twice");
    run("use");
    thing->move(ann);
    take_log();
    run("use");
    run("look thing");
    thing->move("/t/commands_rt/room");
    take_log();
    run("use");
    show("commands() verbs (sorted)", sort_array(map(ann->my_commands(), (: $1[0] :)), 1));
    show("add_action outside init", caught(catch(add_action("x", "y"))));
    show("query_verb outside a command", query_verb());
    done();
}
