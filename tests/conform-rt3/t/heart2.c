// heart_beat: set_heart_beat(0) from inside heart_beat, query_heart_beat
// values, an error inside heart_beat (turned off, reported to the master),
// an object destructing itself in its heart_beat, first-beat order.
#include <conform.h>

#define P "/t/heart2/"

object *bs = ({ });

void finish() {
    string s = read_file("/tmp/hb.log");
    show("beat log (sorted)", s ? sort_array(explode(s, "\n"), 1) : ({ }));
    show("stopper query", bs[0]->q());
    show("erring query", bs[1]->q());
    show("killer gone", bs[2] == 0);
    show("heart_beats has none of 0", member_array(0, heart_beats()) >= 0);
    show("heart_beats has stopper", member_array(bs[0], heart_beats()) >= 0);
    show("heart_beats has erring", member_array(bs[1], heart_beats()) >= 0);
    done();
}

void create() {
    object b;
    int r;
    rm("/tmp/hb.log");
    foreach (string k in ({ "stopper", "erring", "killer" })) {
        b = clone_object(P + k);
        bs += ({ b });
    }
    b = bs[0];
    show("set_heart_beat(1) returns", b->set(1));
    show("query 1", b->q());
    show("set_heart_beat(5) returns", b->set(5));
    show("query 5", b->q());
    show("set_heart_beat(0) returns", b->set(0));
    show("query 0", b->q());
    show("set_heart_beat(0) again returns", b->set(0));
    show("set_heart_beat(-1) returns", b->set(-1));
    show("query -1", b->q());
    b->set(1);
    bs[1]->set(1);
    bs[2]->set(1);
    show("query_heart_beat(0 arg) of this", query_heart_beat());
    show("query_heart_beat of bs", map(bs, (: query_heart_beat($1) :)));
    call_out("finish", 4);
}
