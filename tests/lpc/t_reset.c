// Object lifetime bookkeeping: reset() only for objects used since their
// last reset, the master copy's heart beat stopped by cloning, and light
// leaving the environment chain when an object is destructed (all 2.7).
#include <test.h>

#define THING "/t_reset/thing"
#define BEATER "/t_reset/beater"

object idle, used;

void check_reset() {
    expect(idle->query_resets(), 0, "an object untouched since create() gets no reset()");
    expect(used->query_resets(), 1, "an object called since create() gets reset() when due");
    destruct(idle);
    destruct(used);
}

// Both are due at once; only `used` is called into. The reset sweep runs
// every 5 seconds, so one has passed when the check runs.
void test_reset_needs_use() {
    idle = new(THING);
    used = new(THING);
    set_reset(idle, 0);
    set_reset(used, 0);
    used->ping();
    defer_check((: check_reset :), 6);
}

void test_clone_stops_master_copy_heart_beat() {
    object c = new(BEATER), bp = find_object(BEATER);
    expect(query_heart_beat(bp), 0, "cloning turns the master copy's heart beat off");
    expect_true(query_heart_beat(c) != 0, "the clone keeps its own");
    destruct(c);
    destruct(bp);
}

void test_destruct_takes_light_away() {
    object room = new(THING), bag = new(THING), torch = new(THING);
    bag->move(room);
    torch->move(bag);
    torch->light(3);
    expect(room->light(0), 3, "light counts up the chain");
    destruct(torch);
    expect(bag->light(0), 0, "the container loses the destructed object's light");
    expect(room->light(0), 0, "so does every container above it");
    destruct(bag);
    destruct(room);
}
