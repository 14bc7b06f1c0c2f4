// call_out bookkeeping and running (order, arguments, this_player,
// origin, errors, destructed objects), and heart beats.
#include <test.h>

#define TICKER "/t_call_out/ticker"

object ticker, doomed, failing, player, beater, hb_fail;

mapping seen = ([ ]);

// Takes the master's record of uncaught errors: the ones these tests
// cause on purpose are counted in `seen`, others stay failures.
void drain_errors() {
    foreach (string e in master()->take_uncaught()) {
        if (strsrch(e, "boom") >= 0) seen["boom"]++;
        else if (strsrch(e, "heart beat error") >= 0) seen["hb"]++;
        else "/simul_efun"->record_failure("uncaught error: " + e);
    }
}

void test_bookkeeping() {
    object t = new(TICKER);
    int h = t->schedule("tick", 5, 1, 2);
    expect_true(h > 0, "call_out returns a handle");
    expect(t->find("tick"), 5, "find_call_out by name");
    expect(t->find(h), 5, "find_call_out by handle");
    expect(t->find("nothing"), -1, "find_call_out of a missing function");
    expect(t->schedule("tick", 3) != h, 1, "handles differ");
    expect(t->find("tick"), 3, "find_call_out gives the first due");
    expect(t->remove("tick"), 3, "remove_call_out by name: time left");
    expect(t->remove(h), 5, "remove_call_out by handle");
    expect(t->remove("tick"), -1, "nothing left");
    t->schedule("tick", 10);
    expect(sizeof(filter(call_out_info(), (: $1[0] == $(t) :))), 1, "call_out_info lists it");
    expect(filter(call_out_info(), (: $1[0] == $(t) :))[0][1], "tick", "call_out_info function");
    t->remove_all();
    expect(t->find("tick"), -1, "remove_call_out() removes all");
    t->schedule("tick", 10);
    destruct(t);
    expect(sizeof(filter(call_out_info(), (: $1[0] == $(t) :))), 0, "gone with its object");
}

void check_run() {
    expect(ticker->take(), ({ "tick zero 0", "pointer", "tick a b", "player " + file_name(player),
                              "later x", "origin call_out" }), "call_outs ran in order");
    expect(failing->take(), ({ "later after error" }), "an error does not stop the others");
    drain_errors();
    expect(seen["boom"], 1, "the error was reported");
    foreach (object ob in ({ ticker, failing, player })) destruct(ob);
}

void test_running() {
    ticker = new(TICKER);
    failing = new(TICKER);
    doomed = new(TICKER);
    ticker->schedule("later", 1, "x");
    ticker->schedule("tick", 0, "zero", 0);
    ticker->schedule_fp(0);
    ticker->schedule("tick", 0, "a", "b");
    ticker->schedule("where", 1);
    player = new(TICKER);
    player->schedule_for(ticker);
    failing->schedule("boom", 0);
    failing->schedule("later", 0, "after error");
    doomed->schedule("later", 0, "never");
    destruct(doomed);
    defer_check((: check_run :), 3);
}

void check_beats() {
    expect_true(beater->query_beats() >= 2, "heart_beat() ran");
    // 2.7 with a mudlib error handler leaves the heart beat on.
    expect(hb_fail->query_hb(), 1, "an error leaves the heart beat on");
    expect_true(hb_fail->query_beats() > 2, "it beats on after the error");
    drain_errors();
    expect(seen["hb"], 1, "the heart beat error was reported");
    destruct(beater);
    destruct(hb_fail);
}

void test_heart_beat() {
    beater = new(TICKER);
    hb_fail = new(TICKER);
    beater->beat(1);
    expect(beater->query_hb(), 1, "query_heart_beat");
    expect(member_array(beater, heart_beats()) >= 0, 1, "heart_beats() lists it");
    hb_fail->ev("fail");
    hb_fail->beat(1);
    defer_check((: check_beats :), 4);
}
