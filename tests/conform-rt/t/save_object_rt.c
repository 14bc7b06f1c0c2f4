// save_object writes a file whose text mudlibs read and edit by hand: show
// it line by line, then restore it into a cleared object.  Covers the
// ".o" suffix, nosave variables, zero-valued variables (flag 1), the
// restore_object flag that keeps nosave values, and missing files.
#include <conform.h>

#define SAVER "/t/save_object_rt/saver"

void create() {
    object o = clone_object(SAVER);
    string txt;

    o->set_all();
    check("save_object", o->do_save("/tmp/sv1"));
    show("file exists with .o", file_size("/tmp/sv1.o") > 0);
    txt = read_file("/tmp/sv1.o");
    show("saved text lines", explode(txt, "\n"));
    o->clear_all();
    o->set_zero_marker();
    show("restore_object", o->do_restore("/tmp/sv1"));
    show("restored values", o->query_all());
    o->set_all();
    check("save with .o given", o->do_save("/tmp/sv2.o"));
    show("no double suffix", ({ file_size("/tmp/sv2.o") > 0, file_size("/tmp/sv2.o.o") }));
    check("save zeros flag", o->do_save_zeros("/tmp/sv3"));
    show("saved text with zeros", explode(read_file("/tmp/sv3.o"), "\n"));
    o->clear_all();
    show("restore missing file", o->do_restore("/tmp/nosuchfile"));
    write_file("/tmp/hand.o", "#/t/save_object_rt/saver.c\nnum 12\nstr \"hand\"\narr ({1,2,})\nunknown 5\n");
    show("restore hand-written", o->do_restore("/tmp/hand"));
    show("hand-written values", o->query_all());
    write_file("/tmp/bad.o", "num ({1,\n", 1);
    show("restore malformed", caught(catch(o->do_restore("/tmp/bad"))));
    done();
}
