// Heart beat bookkeeping (no counts of beats over time): set_heart_beat
// return values, query_heart_beat, heart_beats() membership, objects
// without a heart_beat() function, and destructed objects.
#include <conform.h>

void create() {
    object b = clone_object("/t/heart_rt/beater"), n = clone_object("/t/heart_rt/nobeat");
    show("query before", b->q());
    b->on();
    show("query after on", b->q());
    show("heart_beats() has it", member_array(b, heart_beats()) >= 0);
    show("set_heart_beat without heart_beat()", n->try_on());
    show("query of nobeat", n->q());
    show("heart_beats() lacks nobeat", member_array(n, heart_beats()) >= 0);
    b->off();
    show("query after off", b->q());
    show("heart_beats() after off", member_array(b, heart_beats()) >= 0);
    b->on();
    destruct(b);
    show("heart_beats() after destruct has no 0", member_array(0, heart_beats()) >= 0);
    show("query_heart_beat of this", query_heart_beat(this_object()));
    done();
}
