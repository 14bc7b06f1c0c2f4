// call_out bookkeeping: find_call_out/remove_call_out return values,
// call_out_info shape, args, heart_beat set/query.
#include <conform.h>

int hb;
string log = "";

void tick(mixed a, mixed b) { log += "tick(" + a + "," + b + ")"; }
void other() { log += "other"; }
void heart_beat() { hb++; }

void finish() {
    show("ran", log);
    show("heart beats happened", hb > 0);
    set_heart_beat(0);
    show("query after off", query_heart_beat());
    show("find after run", find_call_out("tick"));
    done();
}

void create() {
    mixed info;
    int i;
    call_out("tick", 5, "x", 1);
    call_out("tick", 3, "y", 2);
    call_out("other", 8);
    show("find earliest", find_call_out("tick"));
    show("find other", find_call_out("other"));
    show("find missing", find_call_out("nosuch"));
    info = filter(call_out_info(), (: $1[0] == this_object() :));
    show("info count", sizeof(info));
    show("info entry size", sizeof(info[0]));
    show("info sorted", sort_array(map(info, (: $1[1] + ":" + $1[2] :)), 1));
    show("remove returns left", remove_call_out("tick"));
    show("remove again", remove_call_out("tick"));
    show("remove third", remove_call_out("tick"));
    show("remove missing", remove_call_out("nosuch"));
    show("remove other", remove_call_out("other"));
    show("remove all none", remove_call_out());
    call_out("tick", 0, "a", "b");
    call_out((: other :), 0);
    call_out("nosuchfunc", 0);
    show("find fp callout", find_call_out("other"));
    show("call_out bad delay type", caught(catch(call_out("tick", "x"))));
    show("query hb initial", query_heart_beat());
    set_heart_beat(1);
    show("query hb on", query_heart_beat());
    set_heart_beat(3);
    show("query hb 3", query_heart_beat());
    set_heart_beat(1);
    show("set_heart_beat return", set_heart_beat(1));
    call_out("finish", 3);
}
