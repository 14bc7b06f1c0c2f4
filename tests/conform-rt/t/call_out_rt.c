// call_out bookkeeping: find_call_out by name and handle, remove_call_out
// return values, call_out_info shape (no timing values shown), arguments,
// function-pointer call_outs, order of call_outs due at the same time,
// and call_outs of destructed objects.
#include <conform.h>

string *seen = ({ });

void tick(mixed arg) { seen += ({ "tick " + arg }); }
void other() { seen += ({ "other" }); }
void two(mixed a, mixed b) { seen += ({ "two " + a + " " + b }); }

void finish() {
    show("fired in order", seen);
    show("find_call_out after firing", find_call_out("tick"));
    show("call_out_info now has no entries of ours", sizeof(filter(call_out_info(), (: $1[0] == this_object() :))));
    done();
}

void create() {
    int h1, h2, h3;
    mixed info;
    h1 = call_out("tick", 0, "a");
    h2 = call_out("tick", 0, "b");
    h3 = call_out("other", 5);
    call_out("two", 0, 1, "x");
    call_out((: seen += ({ "fn" }) :), 0);
    show("handles are ints", intp(h1) && intp(h2) && h1 != h2);
    show("find_call_out by name (delay)", find_call_out("other"));
    show("find_call_out by handle", find_call_out(h3));
    show("find_call_out of missing", find_call_out("nothing"));
    info = filter(call_out_info(), (: $1[0] == this_object() :));
    show("call_out_info count", sizeof(info));
    show("call_out_info entry sizes", map(info, (: sizeof :)));
    show("call_out_info names (sorted)", sort_array(map(info, (: stringp($1[1]) && member_array($1[1], ({ "tick", "other", "two" })) >= 0 ? $1[1] : "<fn>" :)), 1));
    show("remove_call_out by name returns delay", remove_call_out("other"));
    show("remove_call_out again", remove_call_out("other"));
    show("remove_call_out by handle", remove_call_out(h2));
    show("remove_call_out by removed handle", remove_call_out(h2));
    show("find_call_out removed", find_call_out(h2));
    show("call_out to missing function", caught(catch(call_out("nope", 0))));
    call_out("finish", 1);
    show("seen before any fired", seen);
}
