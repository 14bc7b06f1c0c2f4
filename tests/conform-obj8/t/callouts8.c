// call_out_info() shows a function-pointer call_out as the %O text of the
// pointer (a string), a named one by its name; find_call_out and
// remove_call_out see only named ones. No timing: delays are checked only
// as "pending".
#include <conform.h>

void tick(mixed a) { }
int twice(int x) { return 2 * x; }

mixed *mine() {
    return map(filter(call_out_info(), (: $1[0] == this_object() :)),
               (: ({ $1[1], stringp($1[1]), sizeof($1) }) :));
}

void create() {
    call_out("tick", 5, 1);
    call_out((: tick :), 6, 2);
    call_out((: tick, "bound" :), 7);
    call_out((: twice($1) :), 8, 3);
    call_out((: write :), 9, "x");
    show("info", sort_array(mine(), (: strcmp($1[0], $2[0]) :)));
    show("find tick", find_call_out("tick") > 0);
    show("remove tick", remove_call_out("tick") > 0);
    show("find tick again", find_call_out("tick"));
    show("info left", sizeof(mine()));
    remove_call_out();
    show("info after remove all", mine());
    done();
}
