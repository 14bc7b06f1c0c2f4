// Environments: move_object, inventories, init() order with livings,
// present(), light, hiding, and the messages that follow environments
// (say, tell_room, shout, message, write to a non-interactive player).
#include <test.h>

#define DIR "/t_env/"

string *notes = ({ });

void note(string s) { notes += ({ s }); }

// The notes so far, sorted, then forgotten.
string *take() {
    string *r = sort_array(notes, 1);
    notes = ({ });
    return r;
}

object make(string file, string name) {
    object ob = new(DIR + file);
    ob->set_name(name);
    return ob;
}

string *names(object *obs) { return map(obs, (: $1->query_name() :)); }

void gone(object *obs) { foreach (object ob in obs) if (ob) destruct(ob); }

void test_move_and_inventory() {
    object room = make("box", "hall"), a = make("thing", "apple"), b = make("thing", "bread");
    expect(environment(a), 0, "no environment before a move");
    a->move(room);
    b->move(room);
    expect(environment(a), room, "environment after a move");
    expect(names(all_inventory(room)), ({ "bread", "apple" }), "newest first");
    expect(first_inventory(room), b, "first_inventory");
    expect(next_inventory(b), a, "next_inventory");
    expect(next_inventory(a), 0, "next_inventory at the end");
    b->move(a);
    expect(names(all_inventory(room)), ({ "apple" }), "moved out of the room");
    expect(names(deep_inventory(room)), ({ "apple", "bread" }), "deep_inventory");
    expect(all_inventory(b), ({ }), "empty inventory");
    expect_error(catch(a->move(b)), "inside itself", "no move into its own inventory");
    expect_error(catch(a->move(a)), "inside itself", "no move into itself");
    expect(environment(room), 0, "top level has no environment");
    gone(({ a, b, room }));
    expect(take(), ({ }), "no init() without a living");
}

void test_move_by_name() {
    object a = make("thing", "apple");
    object room = load_object(DIR "box");
    a->move(DIR "box");
    expect(environment(a), room, "move_object to a file name loads it");
    expect_error(catch(a->move(DIR "missing")), "destination", "missing destination");
    gone(({ a }));
}

void test_init_order() {
    object room = make("box", "hall"), sword = make("thing", "sword");
    object cat = make("creature", "cat"), dog = make("creature", "dog"), gem = make("thing", "gem");
    sword->move(room);
    take();
    cat->move(room);
    expect(take(), ({ "init hall for cat", "init sword for cat" }), "a living enters");
    dog->move(room);
    expect(take(), ({ "init cat for dog", "init dog for cat", "init hall for dog", "init sword for dog" }),
           "a second living enters");
    gem->move(room);
    expect(take(), ({ "init gem for cat", "init gem for dog" }), "an item enters");
    gem->move(cat);
    expect(take(), ({ "init gem for cat" }), "moved into a living");
    gone(({ room, sword, cat, dog, gem }));
}

void test_present() {
    object room = make("box", "hall"), a1 = make("thing", "apple"), a2 = make("thing", "apple");
    object pear = make("thing", "pear");
    a1->move(room);
    a2->move(room);
    pear->move(room);
    pear->add_id("fruit");
    expect(present("apple", room), a2, "first match, newest first");
    expect(present("apple 1", room), a2, "numbered: 1");
    expect(present("apple 2", room), a1, "numbered: 2");
    expect(present("apple 3", room), 0, "numbered: too many");
    expect(present("fruit", room), pear, "another id");
    expect(present("plum", room), 0, "missing");
    expect(present(a1, room), a1, "object form");
    expect(present(a1, pear), 0, "object form elsewhere");
    expect(present("apple"), 0, "own inventory (empty)");
    gone(({ room, a1, a2, pear }));
}

void test_light() {
    object room = make("box", "hall"), torch = make("thing", "torch");
    torch->move(room);
    expect(torch->light(2), 2, "set_light answers the outermost total");
    expect(room->light(0), 2, "the container counts its contents' light");
    torch->move(make("box", "bag"));
    expect(room->light(0), 0, "light leaves with the object");
    gone(({ room, environment(torch), torch }));
}

void test_hide() {
    object room = make("box", "hall"), spy = make("thing", "spy");
    spy->move(room);
    spy->hide(1);
    expect(sizeof(all_inventory(room)), 1, "a hidden object is seen by those who pass valid_hide");
    spy->hide(0);
    gone(({ room, spy }));
}

void test_say_and_tell_room() {
    object room = make("box", "hall"), ann = make("creature", "ann"), bob = make("creature", "bob");
    object cup = make("thing", "cup"), pet = make("creature", "pet");
    ann->move(room);
    bob->move(room);
    cup->move(room);
    pet->move(ann);
    take();
    ann->do_say("hi\n", 0);
    expect(take(), ({ "bob catch_tell hi\n", "pet catch_tell hi\n" }), "say reaches livings beside and inside");
    ann->do_say("psst\n", bob);
    expect(take(), ({ "pet catch_tell psst\n" }), "say with an excluded object");
    tell_room(room, "boom\n");
    expect(take(), ({ "ann catch_tell boom\n", "bob catch_tell boom\n" }), "tell_room reaches livings");
    tell_room(room, "quiet\n", ({ ann }));
    expect(take(), ({ "bob catch_tell quiet\n" }), "tell_room with exclusions");
    tell_object(cup, "to the cup\n");
    expect(take(), ({ "cup catch_tell to the cup\n" }), "tell_object to a non-living");
    gone(({ room, ann, bob, cup, pet }));
}

void test_message() {
    object room = make("box", "hall"), ann = make("creature", "ann"), bob = make("creature", "bob");
    object cup = make("thing", "cup");
    ann->move(room);
    bob->move(room);
    cup->move(room);
    take();
    message("say", "hello", room);
    expect(take(), ({ "ann message say hello", "bob message say hello" }),
           "a non-living target passes it to its livings");
    message("tell", "x", ({ ann, bob }), bob);
    expect(take(), ({ "ann message tell x" }), "array of targets with exclusion");
    message("tell", "y", ann, ({ bob }));
    expect(take(), ({ "ann message tell y" }), "single target");
    gone(({ room, ann, bob, cup }));
}

void test_shout_and_write() {
    object room = make("box", "hall"), ann = make("creature", "ann"), bob = make("creature", "bob");
    object loner = make("creature", "loner");
    string *heard;
    ann->move(room);
    bob->move(room);
    take();
    ann->do_shout("fire\n");
    heard = filter(take(), (: strsrch($1, "fire") >= 0 :));
    expect(member_array("bob catch_tell fire\n", heard) >= 0, 1, "shout reaches another living");
    expect(member_array("loner catch_tell fire\n", heard), -1, "not one without an environment");
    ann->do_write("text\n");
    expect(take(), ({ "ann catch_tell text\n" }), "write() to a non-interactive player");
    ann->do_write(42);
    expect(take(), ({ "ann catch_tell 42" }), "write() of a number");
    gone(({ room, ann, bob, loner }));
}
