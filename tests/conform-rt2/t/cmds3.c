// commands: add_action order, prefix verbs, notify_fail string and function
// forms, command() return values, query_verb.
#include <conform.h>

object room, ann;

void run(string c) {
    mixed r;
    string e = catch(r = ann->act(c));
    string t = read_file("/out/log.txt");
    rm("/out/log.txt");
    show("'" + c + "'", ({ e ? "error" : "ok", room->take_log(), t ? t : "" }));
}

void create() {
    rm("/out/log.txt");
    room = clone_object("/t/cmds3/room");
    ann = clone_object("/t/cmds3/actor");
    ann->setup("ann");
    ann->move(room);
    run("alpha");
    run("alpha beta");
    run("alpha  two  spaces");
    run("pr");
    run("prefix");
    run("prefix word");
    run("x");
    run("xyz");
    run("xyz abc");
    run("x abc");
    run("nf");
    run("nff");
    run("nfg");
    run("num");
    run("err");
    run("twice");
    run("s1");
    run("s2 arg");
    run("fp hi");
    run("fp");
    run("unknown");
    run("");
    run(" alpha");
    run("ALPHA");
    done();
}
