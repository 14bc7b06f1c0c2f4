// uids: creator_file gives uid and euid "Root" in the mini-lib; seteuid to
// a string and 0, export_uid, and clones inheriting the cloner's euid.
#include <conform.h>

#define T "/t/uids_rt/thing"

void create() {
    object a = clone_object(T), b;
    show("this object uid/euid", ({ getuid(this_object()), geteuid(this_object()) }));
    show("master uid", getuid(master()));
    show("clone uid/euid", a->ids());
    show("seteuid string", a->set("Someone"));
    show("after seteuid", a->ids());
    b = a->make(T);
    show("clone made by Someone", b->ids());
    show("seteuid 0", a->set(0));
    show("after seteuid 0", a->ids());
    show("export_uid with euid 0", caught(catch(a->give(b))));
    a->set("Other");
    b->set(0);
    show("b before export", b->ids());
    show("export_uid", a->give(b));
    show("b after export", b->ids());
    show("export_uid to one with euid", a->give(b));
    show("getuid of 0 arg", caught(catch(getuid(0))));
    show("seteuid bad type", caught(catch(a->set(5))));
    done();
}
