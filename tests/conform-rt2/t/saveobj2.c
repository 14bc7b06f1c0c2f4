// save_object text with inherited and nosave vars; restore_object onto
// different variable sets; flags.
#include <conform.h>

string strip(string s) {
    string *l = explode(s, "\n");
    return implode(filter(l, (: $1[0] != '#' :)), "\n");
}

void create() {
    object o = clone_object("/t/saveobj2/obj");
    object p = clone_object("/t/saveobj2/obj");
    object q = clone_object("/t/saveobj2/other");
    o->set_all();
    show("save", o->saveit("/out/s1", 0));
    show("text", strip(read_file("/out/s1.o")));
    show("first line", read_file("/out/s1.o", 1, 1));
    show("save flag 1", o->saveit("/out/s2", 1));
    show("text flag 1", strip(read_file("/out/s2.o")));
    show("restore", p->restoreit("/out/s1", 0));
    show("restored", p->query_all());
    show("restore other", q->restoreit("/out/s1", 0));
    show("restored other", q->query_all());
    show("restore missing", p->restoreit("/out/nope", 0));
    show("restore flag 1 keeps", ({ q->restoreit("/out/s2", 1), q->query_all() }));
    write_file("/out/s3.o", "#/t/saveobj2/obj.c\nx 12\nbogus 3\ns \"hi\"\n");
    show("restore handwritten", p->restoreit("/out/s3", 0));
    show("after handwritten", p->query_all());
    write_file("/out/s4.o", "x 5\nfl 1.25\narr ({1,2,})\n");
    show("restore no header", p->restoreit("/out/s4", 0));
    show("after no header", p->query_all());
    write_file("/out/s5.o", "x ({1,\n");
    show("restore corrupt", caught(catch(p->restoreit("/out/s5", 0))));
    show("save bad path", caught(catch(o->saveit("/nodir/x", 0))));
    done();
}
