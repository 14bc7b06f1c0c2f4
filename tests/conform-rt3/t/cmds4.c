// Commands: the same verb added twice, remove_action, actions lost when
// leaving, command() with leading/trailing spaces, notify_fail between
// objects, query_verb for prefix (flag 1) and flag 2 actions, living(),
// set_living_name/find_living, enable/disable_commands.
#include <conform.h>

#define P "/t/cmds4/"

string *take() {
    string s = read_file("/tmp/cmds4.log");
    rm("/tmp/cmds4.log");
    return s ? explode(s, "\n") : ({ });
}

void create() {
    object room = clone_object(P "room"), room2 = clone_object(P "room");
    object me = clone_object(P "actor"), stone = clone_object(P "stone"), stone2 = clone_object(P "stone");
    rm("/tmp/cmds4.log");
    show("living before", living(me));
    me->on();
    show("living after enable", living(me));
    me->named("zed");
    show("find_living", find_living("zed") == me);
    show("find_player", find_player("zed"));
    show("find_living missing", find_living("nobody"));
    me->move(room);
    take();
    me->cmd("dup x");
    show("dup verb", take());
    me->cmd("  dup y");
    show("leading spaces", take());
    me->cmd("dup   z  ");
    show("trailing/extra spaces", take());
    me->cmd("xyzzy foo");
    show("prefix verb xyzzy", take());
    me->cmd("xyfoo");
    show("prefix verb no space", take());
    me->cmd("qqbar baz");
    show("flag 2 verb", take());
    show("remove_action dup", me->rm_act("dup_a", "dup"));
    show("remove_action again", me->rm_act("dup_a", "dup"));
    me->cmd("dup w");
    show("after remove_action", take());
    show("remove_action from other object", me->rm_act("nonesuch", "dup"));
    stone->set_name("s1"); stone2->set_name("s2");
    stone->move(room);
    stone2->move(room);
    take();
    show("rock result", me->cmd("rock"));
    show("notify_fail precedence", take());
    show("nf string then fn", me->cmd("nf2"));
    show("nf2 log", take());
    me->move(room2);
    show("actions after leaving", sort_array(map(me->cmds(), (: $1[0] :)), 1));
    show("rock after leaving", me->cmd("rock"));
    show("log", take());
    me->off();
    show("living after disable", living(me));
    show("find_living after disable", find_living("zed"));
    show("cmds after disable", sizeof(me->cmds()));
    done();
}
