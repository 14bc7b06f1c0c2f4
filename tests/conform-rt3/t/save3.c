// save_object/restore_object: flag 1 keeps zero-valued variables,
// restore_object flag 1 leaves nosave variables alone, odd variable
// types (floats, nested arrays of mappings, objects, functions, strings
// with quotes, backslashes and newlines), restore of a missing file.
#include <conform.h>

#define P "/t/save3/"

string *lines(string f) {
    string s = read_file(f);
    return s ? sort_array(filter(explode(s, "\n"), (: $1[0] != '#' :)), 1) : ({ });
}

void create() {
    object a = clone_object(P "holder"), b = clone_object(P "holder");
    rm("/data/s3a.o"); rm("/data/s3b.o");
    mkdir("/data");
    a->fill();
    show("save flag 0", a->save("/data/s3a") != 0);
    show("file flag 0", lines("/data/s3a.o"));
    show("save flag 1", a->save1("/data/s3b") != 0);
    show("file flag 1", lines("/data/s3b.o"));
    b->set_ns(7);
    b->set_i(99);
    show("restore flag 0", b->restore("/data/s3a"));
    show("after restore: i, ns", b->get_i_ns());
    show("after restore: odd", b->get_odd());
    b->set_ns(7);
    b->set_i(99);
    show("restore flag 1", b->restore1("/data/s3a"));
    show("after restore 1: i, ns", b->get_i_ns());
    show("restore missing", b->restore("/data/nothere"));
    show("after missing: i, ns", b->get_i_ns());
    write_file("/data/s3c.o", "#/t/save3/holder.c\ni 5\nzz 3\nf 1.5\nms ({([\"a\":({1,2,}),]),0,([]),})\n");
    show("restore with unknown var", b->restore("/data/s3c"));
    show("after hand file", b->get_odd());
    show("after hand file i", b->get_i_ns());
    done();
}
