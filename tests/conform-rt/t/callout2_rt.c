// More call_out bookkeeping: call_outs scheduled from inside a call_out,
// remove_call_out() with no argument, negative delays, call_outs of a
// destructed object, this_player() inside a call_out, and the order of
// many call_outs due in the same cycle.
#include <conform.h>

string *order = ({ });
object helper;

void step(int n) {
    order += ({ "step " + n });
    if (n == 1) call_out("step", 0, 3);
}
void neg() { order += ({ "neg" }); }
void tp_check() { order += ({ "tp " + (this_player() ? "set" : "0") }); }
void late() { order += ({ "late" }); }

void finish() {
    string s = read_file("/tmp/co2.log");
    show("order of fired call_outs", order);
    show("helper's call_outs after destruct", s ? explode(s, "\n") : ({ }));
    show("remaining of ours", map(filter(call_out_info(), (: $1[0] == this_object() :)), (: $1[1] :)));
    done();
}

void create() {
    rm("/tmp/co2.log");
    call_out("step", 0, 1);
    call_out("step", 0, 2);
    call_out("neg", -5);
    call_out("tp_check", 0);
    call_out("late", 100);
    show("find_call_out by name", find_call_out("late"));
    show("remove_call_out(string) removes one", remove_call_out("late"));
    show("find_call_out next", find_call_out("late"));
    show("find_call_out negative delay", find_call_out("neg"));
    helper = clone_object("/t/callout2_rt/helper");
    helper->start();
    show("helper pending", helper->pending());
    helper->die();
    show("call_out_info skips destructed", sizeof(filter(call_out_info(), (: !$1[0] :))));
    call_out("finish", 2);
}
