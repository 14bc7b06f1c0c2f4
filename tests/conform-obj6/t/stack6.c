// previous_object(n) for n = 0..3 and -1 through a chain of call_others,
// through a call_out and a heart_beat; origin() in every context: local
// call, call_other, function pointer, efun callbacks (sort_array, filter,
// map), call_out, heart_beat.
#include <conform.h>

#define P "/t/stack6/"

string nm(mixed o) {
    if (!objectp(o)) return sprintf("%O", o);
    return explode(file_name(o), "#")[0] + (clonep(o) ? "(clone)" : "");
}

string org() { return origin(); }

int cmp(int a, int b) {
    write_file("/tmp/stack6.org", "sort " + origin() + "\n");
    return a - b;
}
int keep(int a) { write_file("/tmp/stack6.org", "filter " + origin() + "\n"); return a > 1; }
int dbl(int a) { write_file("/tmp/stack6.org", "map " + origin() + "\n"); return a * 2; }

string *take(string f) {
    string s = read_file(f);
    rm(f);
    return s ? explode(s, "\n") : ({ });
}

void finish() {
    show("call_out chain log", take("/tmp/stack6.log"));
    show("heart_beat log", take("/tmp/stack6.hb"));
    done();
}

void create() {
    object a = clone_object(P "link"), b = clone_object(P "link"), c = clone_object(P "link");
    function f;
    mixed r;
    rm("/tmp/stack6.log"); rm("/tmp/stack6.hb"); rm("/tmp/stack6.org");
    a->set_next(b); b->set_next(c);
    show("chain", a->walk());
    show("direct po(0)", nm(c->po(0)));
    show("direct po(1)", nm(c->po(1)));
    show("direct po(2)", nm(c->po(2)));
    show("po(-1) via chain", map(a->all(), (: nm :)));
    show("origin local", org());
    show("origin call_other", this_object()->org());
    show("origin call_other on other", a->org());
    f = (: org :);
    show("origin function pointer", evaluate(f));
    f = (: origin() :);
    show("origin anon function", evaluate(f));
    show("origin funptr in other", a->via_fp());
    show("origin local in other", a->via_local());
    r = sort_array(({ 3, 1, 2 }), "cmp", this_object());
    r = filter(({ 1, 2 }), "keep", this_object());
    r = map(({ 1 }), "dbl", this_object());
    r = sort_array(({ 2, 1 }), (: cmp :));
    r = filter(({ 1 }), (: keep :));
    show("callback origins", take("/tmp/stack6.org"));
    show("po in callback", a->cb_po());
    a->arm_callout();
    a->arm_hb();
    call_out("finish", 3);
}
