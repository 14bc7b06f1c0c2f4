// add_action and command(): verbs, prefix verbs (flag 1), no-space verbs
// (flag 2), verb arrays, fall-through, function pointers, query_verb,
// remove_action, actions following moves, livings and living names.
#include <test.h>

object room, ann, bob;

object actor(string name) {
    object ob = new("/t_commands/actor");
    ob->setup(name);
    return ob;
}

string *run(object who, string cmd) {
    who->act(cmd);
    return room->take_log();
}

void setup() {
    room = new("/t_commands/room");
    ann = actor("ann");
    bob = actor("bob");
    ann->move(room);
}

void cleanup() {
    foreach (object ob in ({ ann, bob, room })) if (ob) destruct(ob);
}

void test_verbs() {
    setup();
    expect(run(ann, "push red button"), ({ "push by ann verb push arg \"red button\"" }), "verb and argument");
    expect(run(ann, "push"), ({ "push by ann verb push arg <none>" }), "no argument is undefined");
    expect(run(ann, "push   "), ({ "push by ann verb push arg <none>" }), "trailing blanks dropped");
    expect(run(ann, "push  two"), ({ "push by ann verb push arg \" two\"" }), "argument after the first blank");
    expect(run(ann, "look around"), ({ "look look \"around\"" }), "flag 1: prefix, query_verb is the word");
    expect(run(ann, "l"), ({ "look l <none>" }), "flag 1: the verb itself");
    expect(run(ann, "'hello there"), ({ "say hello \"hello there\"" }), "flag 2: no space needed");
    expect(run(ann, "take coin"), ({ "take \"coin\"" }), "verb array, first");
    expect(run(ann, "get coin"), ({ "get \"coin\"" }), "verb array, second");
    expect(run(ann, "jump high"), ({ "second \"high\"" }), "newest action first");
    expect(run(ann, "jump low"), ({ "second \"low\"", "first \"low\"" }), "falls through on 0");
    expect(run(ann, "wave hand"), ({ "pointer wave:hand" }), "function pointer action");
    expect(run(ann, "dance"), ({ }), "unknown verb");
    expect(run(ann, ""), ({ }), "empty line");
    cleanup();
}

void test_command_result() {
    setup();
    expect_true(ann->act("push") > 0, "command() is nonzero when an action took it");
    expect(ann->act("dance"), 0, "command() is 0 when none did");
    expect_error(catch(ann->act("ghost")), "not found", "action function missing");
    room->take_log();
    cleanup();
}

void test_nested_query_verb() {
    setup();
    expect(run(ann, "nest"), ({ "push by ann verb push arg \"inner\"", "after nested: 0" }),
           "query_verb is 0 after a nested command (2.7)");
    expect(query_verb(), 0, "no verb outside a command");
    cleanup();
}

void test_actions_follow_moves() {
    mixed *cmds;
    object other;
    setup();
    expect(run(bob, "push"), ({ }), "not offered before entering");
    bob->move(room);
    expect(run(bob, "push it"), ({ "push by bob verb push arg \"it\"" }), "offered on entering");
    cmds = ann->my_commands();
    expect(sizeof(cmds), 11, "commands() count");
    expect(sort_array(map(cmds, (: $1[0] :)), 1),
           ({ "'", "get", "ghost", "jump", "jump", "l", "nest", "push", "take", "unpush", "wave" }),
           "commands() verbs");
    expect(({ cmds[0][0], cmds[0][1], cmds[0][2], cmds[0][3] }), ({ "ghost", 0, room, "missing_function" }),
           "commands() entry, newest first");
    expect(map(cmds[2..3] + cmds[8..9], (: ({ $1[0], $1[1], $1[3] }) :)),
           ({ ({ "unpush", 0, "do_unpush" }), ({ "wave", 4, "<function>" }),
              ({ "'", 2, "do_say" }), ({ "l", 1, "do_look" }) }), "commands() flags");
    expect(run(ann, "unpush"), ({ "removed 1", "again 0" }), "remove_action");
    expect(run(ann, "push"), ({ }), "removed for ann");
    expect(run(bob, "push"), ({ "push by bob verb push arg <none>" }), "kept for bob");
    other = new("/t_commands/room");
    bob->move(other);
    expect(run(bob, "jump"), ({ }), "old room's actions gone after leaving");
    expect(other->take_log(), ({ "second <none>", "first <none>" }), "the new room's actions instead");
    destruct(other);
    cleanup();
}

void test_catch_all_item() {
    object item = new("/t_commands/catchall");
    setup();
    item->move(ann);
    expect_true(ann->act("frobnicate the widget") > 0, "a catch-all takes any line");
    expect(item->take_log(), ({ "frobnicate|the widget" }), "query_verb is the first word");
    expect(ann->act("pass"), 0, "the catch-all may refuse");
    expect(item->take_log(), ({ "pass|<none>" }), "no argument");
    expect(run(ann, "push"), ({ }), "newer than the room's actions");
    item->take_log();
    item->move(bob);
    expect(run(ann, "push"), ({ "push by ann verb push arg <none>" }), "gone when the item leaves");
    expect(item->take_log(), ({ }), "nothing caught after leaving");
    expect(sizeof(filter(bob->my_commands(), (: $1[0] == "" :))), 1, "offered to its new holder");
    destruct(item);
    expect(sizeof(filter(bob->my_commands(), (: $1[0] == "" :))), 0, "gone with the item");
    cleanup();
}

void test_living() {
    setup();
    expect(({ living(ann), living(room) }), ({ 1, 0 }), "living()");
    expect(find_living("ann"), ann, "find_living");
    expect(find_living("nobody"), 0, "find_living of an unknown name");
    expect(find_player("ann"), 0, "find_player needs a user");
    expect(sizeof(livings() & ({ ann, bob })), 2, "livings()");
    expect(member_array(ann, named_livings()) >= 0, 1, "named_livings()");
    ann->stop();
    expect(living(ann), 0, "disable_commands");
    expect(find_living("ann"), 0, "no longer found when not living");
    expect(sizeof(ann->my_commands()), 0, "actions dropped by disable_commands");
    ann->start();
    expect(find_living("ann"), ann, "found again");
    destruct(ann);
    expect(find_living("ann"), 0, "gone with the object");
    cleanup();
}
