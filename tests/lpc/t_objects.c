// Objects as a whole: loading and names, clones, destruct with an
// inventory, uids, the inheritance efuns, virtual objects, valid_object,
// errors in create(), reload_object, objects() and master().
#include <test.h>

#define DIR "/t_objects/"
#define THING DIR "thing"

object fresh(string file) {
    object ob = find_object(file);
    if (ob) destruct(ob);
    return load_object(file);
}

void test_load_and_names() {
    object ob = fresh(THING);
    expect(file_name(ob), THING, "file_name has a leading slash, no .c");
    expect(find_object(THING), ob, "find_object after loading");
    expect(load_object(THING ".c"), ob, "with .c");
    expect(load_object("t_objects/thing"), ob, "without the leading slash");
    expect(load_object("//t_objects//thing"), ob, "doubled slashes");
    expect_error(catch(load_object("/t_objects/./thing")), "Illegal path", "a . part (2.7)");
    expect(load_object(DIR "missing"), 0, "missing file: 0, no error");
    expect(find_object(DIR "missing"), 0, "find_object of a missing file");
    expect_error(catch(load_object(THING "#3")), "clone", "a clone name cannot be loaded");
    expect_error(catch(load_object("/../outside")), "", "climbing out of the mudlib");
}

void test_clones() {
    object bp = fresh(THING), a, b;
    a = clone_object(THING, "a", 2);
    b = new(THING);
    expect(a->query_made_with(), ({ "a", 2 }), "create() gets the clone args");
    expect(b->query_made_with(), ({ }), "plain clone");
    expect(strsrch(file_name(a), THING "#"), 0, "clone name is path#N");
    expect(({ clonep(a), clonep(bp), clonep(0) }), ({ 1, 0, 0 }), "clonep");
    expect(sizeof(children(THING)), 3, "children: blueprint and clones");
    expect_error(catch(clone_object(file_name(a))), "", "no clone of a clone");
    destruct(a);
    expect(sizeof(children(THING)), 2, "children after a destruct");
    destruct(bp);
    expect(b->query_label(), "unset", "a clone outlives its blueprint");
    destruct(b);
}

void test_destruct() {
    object c = new(THING), box = new(THING), room = new(THING);
    object mover = new(DIR "mover"), plain = new(THING);
    expect(c->self_destruct(), 42, "code after destruct(this_object()) runs");
    expect(c, 0, "a destructed object reads as 0");
    box->move(room);
    mover->move(box);
    plain->move(box);
    destruct(box);
    expect(environment(mover), room, "move_or_destruct moved it out");
    expect(plain, 0, "an object that did not move is destructed");
    expect(all_inventory(room), ({ mover }), "room holds the survivor");
    destruct(mover);
    destruct(room);
}

void test_uids() {
    object a = new(THING), b = new(THING);
    // creator_file answers the backbone uid: trusted, so uid = euid = the loader's euid
    expect(({ getuid(a), geteuid(a) }), ({ geteuid(), geteuid() }), "backbone objects take the loader's euid");
    expect(a->try_seteuid("Nobody"), 0, "valid_seteuid refuses");
    expect(a->try_seteuid("Other"), 1, "valid_seteuid allows");
    expect(a->my_euid(), "Other", "seteuid took");
    expect(b->try_seteuid(0), 1, "seteuid(0)");
    expect(geteuid(b), 0, "euid cleared");
    expect_error(catch(b->make_clone(THING)), "seteuid", "no clone without an euid");
    expect_error(catch(b->load(DIR "base")), "effective user", "no load without an euid");
    expect(a->give_uid(b), 1, "export_uid to an object without euid");
    expect(getuid(b), "Other", "export_uid sets the uid");
    expect(a->give_uid(a), 0, "export_uid to an object with an euid");
    expect_error(catch(b->give_uid(a)), "", "export_uid needs an euid");
    destruct(a);
    destruct(b);
}

void test_inheritance() {
    object ch = load_object(DIR "child");
    expect(inherits(DIR "base", ch), 1, "inherits");
    expect(inherits(THING, ch), 0, "does not inherit");
    expect(inherit_list(ch), ({ DIR "base.c" }), "inherit_list");
    expect(deep_inherit_list(ch), ({ DIR "base.c" }), "deep_inherit_list");
    expect(function_exists("own", ch), DIR "child", "own function");
    expect(function_exists("query_base", ch), DIR "base", "inherited function");
    expect(function_exists("guarded", ch), 0, "protected hidden");
    expect(function_exists("guarded", ch, 1), DIR "base", "protected with flag");
    expect(function_exists("nothing", ch), 0, "missing");
    expect(ch->own(), 4, "inherited initialiser ran");
    master()->take_compile_messages();
    expect_error(catch(load_object(DIR "cycle_a")), "", "an inheritance cycle fails");
    expect_true(strsrch(implode(master()->take_compile_messages(), ""), "ycle") >= 0,
                "the cycle is reported");
    expect(find_object(DIR "cycle_a"), 0, "nothing loaded");
}

void test_virtual() {
    object v = load_object("/virtual/room1"), c;
    expect(file_name(v), "/virtual/room1", "renamed to the asked-for name");
    expect(({ virtualp(v), clonep(v) }), ({ 1, 0 }), "virtual, not a clone");
    expect(v->query_origin(), "virtual/room1", "compile_object gets the name without /");
    expect(find_object("/virtual/room1"), v, "found by name");
    expect(load_object("/virtual/room1"), v, "loaded once");
    c = clone_object("/virtual/room1");
    expect(strsrch(file_name(c), "/virtual/room1#"), 0, "a clone of a virtual object");
    expect(({ virtualp(c), clonep(c) }), ({ 1, 1 }), "virtual clone");
    destruct(c);
    destruct(v);
}

void test_refusals_and_errors() {
    object ob;
    expect_error(catch(load_object("/invalid/thing")), "valid_object", "valid_object refuses");
    expect(find_object("/invalid/thing"), 0, "a refused object is gone");
    expect_error(catch(load_object(DIR "broken_create")), "create failed", "error in create()");
    ob = find_object(DIR "broken_create");
    expect_true(objectp(ob), "the object stays loaded");
    expect(ob->query_created(), 1, "create() ran up to the error");
    destruct(ob);
}

void test_reload_objects_master() {
    object ob = new(THING);
    ob->set_label("changed");
    reload_object(ob);
    expect(ob->query_label(), "unset", "reload_object runs the initialisers again");
    expect(sizeof(objects((: $1 == $(ob) :))), 1, "objects(function)");
    expect_true(sizeof(objects()) > 3, "objects()");
    destruct(ob);
    expect(file_name(master()), "/master", "master()");
}
