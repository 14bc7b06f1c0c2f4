// rename/cp/mkdir/rmdir/rm/write_bytes/read_bytes edge cases from a fresh
// tree each time; both drivers agreed on all of them.
#include <conform.h>
void setup() {
    foreach (string f in ({ "/tmp/d/x", "/tmp/d/a", "/tmp/e/x", "/tmp/e/d/x", "/tmp/a", "/tmp/b", "/tmp/c" })) rm(f);
    rm("/tmp/c/x"); rm("/tmp/c/a"); rmdir("/tmp/c"); rm("/tmp/e/a"); rm("/tmp/d/b");
    rmdir("/tmp/e/d"); rmdir("/tmp/d/e"); rmdir("/tmp/e"); rmdir("/tmp/d");
    mkdir("/tmp"); write_file("/tmp/a", "AAA\n", 1); write_file("/tmp/b", "BB\n", 1);
    mkdir("/tmp/d"); write_file("/tmp/d/x", "x1\n", 1); mkdir("/tmp/e");
}
mixed sd(mixed a) { return arrayp(a) ? sort_array(a, 1) : a; }
mixed st() { return ({ file_size("/tmp/a"), file_size("/tmp/b"), file_size("/tmp/c"), file_size("/tmp/d"), file_size("/tmp/e"), sd(get_dir("/tmp/d/")), sd(get_dir("/tmp/e/")) }); }
void t(string label, function f) {
    mixed r, e;
    setup();
    e = catch(r = evaluate(f));
    show(label, ({ e ? "ERR" : r, st() }));
}
void create() {
    t("rn file onto file", (: rename("/tmp/a", "/tmp/b") :));
    t("rn file onto dir", (: rename("/tmp/a", "/tmp/d") :));
    t("rn dir onto empty dir", (: rename("/tmp/d", "/tmp/e") :));
    t("rn empty dir onto dir", (: rename("/tmp/e", "/tmp/d") :));
    t("rn dir onto file", (: rename("/tmp/d", "/tmp/a") :));
    t("rn missing", (: rename("/tmp/nope", "/tmp/c") :));
    t("rn to self", (: rename("/tmp/a", "/tmp/a") :));
    t("rn dir into itself", (: rename("/tmp/d", "/tmp/d/q") :));
    t("rn to missing parent", (: rename("/tmp/a", "/tmp/zz/q") :));
    t("rn dir/ to c", (: rename("/tmp/d/", "/tmp/c") :));
    t("rn a to c/", (: rename("/tmp/a", "/tmp/c/") :));
    t("cp onto file", (: cp("/tmp/a", "/tmp/b") :));
    t("cp dir", (: cp("/tmp/d", "/tmp/c") :));
    t("cp onto dir", (: cp("/tmp/a", "/tmp/e") :));
    t("cp to missing parent", (: cp("/tmp/a", "/tmp/zz/q") :));
    t("cp to self via dir", (: cp("/tmp/d/x", "/tmp/d") :));
    t("mkdir nested", (: mkdir("/tmp/zz/q") :));
    t("mkdir on file", (: mkdir("/tmp/a") :));
    t("mkdir root", (: mkdir("/") :));
    t("rmdir file", (: rmdir("/tmp/a") :));
    t("rmdir empty", (: rmdir("/tmp/e") :));
    t("rmdir missing", (: rmdir("/tmp/nope") :));
    t("rm dir", (: rm("/tmp/e") :));
    t("rm wildcard", (: rm("/tmp/*") :));
    t("wf into missing dir", (: write_file("/tmp/zz/q", "x") :));
    t("wb new file", (: write_bytes("/tmp/c", 0, "new") :));
    t("wb new file off 2", (: write_bytes("/tmp/c", 2, "new") :));
    t("wb at end", (: write_bytes("/tmp/a", 4, "Z") :));
    t("wb neg past start", (: write_bytes("/tmp/a", -10, "Z") :));
    t("wb empty", (: write_bytes("/tmp/a", 0, "") :));
    t("rb neg", (: read_bytes("/tmp/a", -2) :));
    t("rb len neg", (: read_bytes("/tmp/a", 0, -1) :));
    t("rb start at end", (: read_bytes("/tmp/a", 4, 1) :));
    t("fs root", (: file_size("") :));
    t("get_dir root dot", (: sizeof(get_dir("/.")) > 0 :));
    t("get_dir empty str", (: sizeof(get_dir("")) > 0 :));
    done();
}
