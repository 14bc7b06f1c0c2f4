// call_out semantics: order of call_outs due together, call_outs added
// from inside a call_out with delay 0, remove/find of the running one,
// function pointers with extra args, call_outs of destructed objects,
// find_call_out after firing, this_player() inside a call_out.
#include <conform.h>

string *seen = ({ });

void note(string s) { seen += ({ s }); }
void a() {
    note("a");
    note("a find self " + find_call_out("a"));
    note("a remove self " + remove_call_out("a"));
    call_out("a2", 0);
    note("a find a2 " + find_call_out("a2"));
}
void a2() { note("a2 tp " + (this_player() ? "set" : "0")); }
void b(mixed x, mixed y) { note("b " + x + " " + y); }
void c() { note("c"); }
void fp(mixed p, mixed q, mixed r) { note("fp " + p + " " + q + " " + r); }
void twice() { note("twice"); }

void finish() {
    show("fired in order", seen);
    show("find a after it ran", find_call_out("a"));
    show("find a2 after it ran", find_call_out("a2"));
    show("remove after it ran", remove_call_out("c"));
    done();
}

void create() {
    object h = clone_object("/t/callout4/helper");
    object h2 = clone_object("/t/callout4/helper");
    object liv = clone_object("/t/callout4/helper");
    call_out("a", 0);
    call_out("b", 0, 1);
    call_out("c", 0);
    call_out((: fp :), 0, "x", "y");
    call_out((: fp, "bound" :), 0, "z");
    call_out("twice", 0);
    call_out("twice", 0);
    h->later("h");
    h2->later_fp("h2");
    show("helper pending", h->pending());
    destruct(h);
    destruct(h2);
    liv->live();
    liv->force("go");
    show("remove_call_out(\"twice\") removes one", remove_call_out("twice"));
    show("find twice still there", find_call_out("twice"));
    call_out("finish", 2);
}
