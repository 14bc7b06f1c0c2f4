// more save/restore and file corners: objects with no saved variables,
// classes restored into class variables, paths given with/without .o,
// save into a missing directory, restore_variable number forms, file
// efuns on empty files and missing directories, wildcards in a directory part.
#include <conform.h>
#define P "/t/io5misc/"

mixed tr(mixed f) { mixed r, e = catch(r = evaluate(f)); return e ? "error" : r; }
void rv(string label, string s) {
    mixed err, r;
    err = catch(r = restore_variable(s));
    show(label, err ? "error" : r);
}
string *body(string f) { string s = read_file(f); return s ? explode(s, "\n") : ({ "<none>" }); }

void create() {
    object e = clone_object(P "empty"), c = clone_object(P "cls"), d = clone_object(P "cls");
    mkdir("/data");
    show("save empty", e->save("/data/e1"));
    show("empty file", body("/data/e1.o"));
    show("restore empty", e->restore("/data/e1"));
    show("save with .o", e->save("/data/e2.o"));
    show("e2 sizes", ({ file_size("/data/e2.o"), file_size("/data/e2.o.o") }));
    show("restore with .o", e->restore("/data/e1.o"));
    show("save missing dir", tr((: $(e)->save("/data/nodir/x") :)));
    c->fill();
    show("save cls", c->save("/data/c1"));
    show("cls file", body("/data/c1.o"));
    show("restore cls", d->restore("/data/c1"));
    show("cls values", d->get());
    d->clear();
    write_file("/data/c2.o", "#x\np (/7,\"s\",/)\nia ({})\n", 1);
    show("restore hand cls", tr((: $(d)->restore("/data/c2") :)));
    show("hand cls values", tr((: $(d)->get() :)));

    rv("minus zero", "-0");
    rv("float no frac", "1.");
    rv("float leading dot", ".5");
    rv("neg float", "-1.5");
    rv("neg float in array", "({-1.5,-0.25,})");
    rv("string with \\r", "\"a\\rb\"");
    rv("string with real tab", "\"a\tb\"");
    rv("array key mapping", "([({1,}):2,])");
    rv("nested class", "({(/1,(/2,/),/),})");
    rv("two values", "1 2");
    show("save_variable neg nested floats", save_variable(({ -0.5, ([ "f": -3.25 ]) })));
    show("save_variable string with \\r", save_variable("a\rb"));

    mkdir("/out/m");
    write_file("/out/m/empty", "");
    show("read_bytes empty", tr((: read_bytes("/out/m/empty") :)));
    show("read_bytes empty 0 1", tr((: read_bytes("/out/m/empty", 0, 1) :)));
    show("file_size empty", file_size("/out/m/empty"));
    show("write_file missing dir", tr((: write_file("/out/nodir/x", "a") :)));
    show("write_bytes missing dir", tr((: write_bytes("/out/nodir/x", 0, "a") :)));
    show("get_dir wildcard in dir part", tr((: get_dir("/o*/m") :)));
    show("get_dir root pattern", tr((: sort_array(get_dir("/ou*"), 1) :)));
    show("get_dir empty dir", get_dir("/out/m/sub/"));
    mkdir("/out/m/sub");
    show("get_dir empty dir made", get_dir("/out/m/sub/"));
    show("get_dir empty dir -1", get_dir("/out/m/sub/", -1));
    show("get_dir dot dot", tr((: sort_array(get_dir("/out/m/sub/.."), 1) :)));
    show("file_size empty string", tr((: file_size("") :)));
    show("cp relative", tr((: cp("out/m/empty", "out/m/empty2") :)));
    show("after cp relative", file_size("/out/m/empty2"));
    show("rename to missing dir", tr((: rename("/out/m/empty2", "/out/nodir/e") :)));
    show("rm twice", ({ rm("/out/m/empty2"), rm("/out/m/empty2") }));
    done();
}
