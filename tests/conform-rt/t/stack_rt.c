// previous_object with indices and -1, origin() for call_other, local
// calls and function pointers, call_stack's four flag forms (only the
// stable parts), and this_object inside function pointers.
#include <conform.h>

#define P "/t/stack_rt/relay"

string org() { return origin(); }
string name_of(mixed o) { return objectp(o) ? (o == this_object() ? "me" : file_name(o)[0..14]) : sprintf("%O", o); }

void create() {
    object a = clone_object(P), b = clone_object(P);
    mixed r;

    r = a->prev();
    show("prev direct", ({ r[0] == this_object(), r[1] == master(), sizeof(r[2]) >= 1 }));
    r = a->relay_prev(b);
    show("prev via relay", ({ r[0] == a, r[1] == this_object() }));
    show("previous_object(-1) via relay starts with a", r[2][0] == a && r[2][1] == this_object());
    show("previous_object(9) beyond the stack", previous_object(9));
    show("origin call_other", a->org());
    show("origin local", a->local_org());
    show("origin local here", org());
    show("origin via fp, local fn", a->fp_org());
    show("origin via fp, call_other", a->other_fp_org(b));
    r = a->relay_stack(b, 1);
    show("call_stack(1) objects", map(r[0..2], (: $1 == $(a) ? "a" : $1 == $(b) ? "b" : $1 == this_object() ? "me" : "?" :)));
    r = a->relay_stack(b, 2);
    show("call_stack(2) names", r[0..2]);
    r = a->relay_stack(b, 0);
    show("call_stack(0) programs", r[0..2]);
    r = a->relay_stack(b, 3);
    show("call_stack(3) origins", r[0..2]);
    show("call_stack sizes agree", sizeof(a->relay_stack(b, 0)) == sizeof(a->relay_stack(b, 2)));
    show("this_object in fp", evaluate((: this_object() :)) == this_object());
    show("previous_object in fp", name_of(evaluate((: previous_object() :))));
    done();
}
