// uids/euids: getuid/geteuid of loaded and cloned objects, after seteuid,
// seteuid(0), clones made by an object with a different euid, export_uid.
#include <conform.h>

#define P "/t/uids2/"

void create() {
    object m = load_object(P "maker"), c, c2;
    show("this uid/euid", ({ getuid(), geteuid() }));
    show("loaded uid/euid", m->ids());
    c = clone_object(P "maker");
    show("clone uid/euid", c->ids());
    show("seteuid Foo", m->set("Foo"));
    show("after seteuid", m->ids());
    c2 = m->make();
    show("clone made by Foo-euid object", c2->ids());
    show("load made by Foo-euid object", m->load()->ids());
    show("seteuid 0", m->set(0));
    show("after seteuid 0", m->ids());
    show("clone by euid-0 object", caught(catch(m->make())));
    show("export_uid", caught(catch(m->exp(c))));
    show("after export", c->ids());
    show("geteuid of function", geteuid((: 1 :)));
    show("getuid of 0 arg", caught(catch(getuid(0))));
    done();
}
