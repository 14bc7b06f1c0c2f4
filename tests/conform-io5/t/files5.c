// file efuns in depth: write_file flags, read_file line ranges, read_bytes/
// write_bytes at offsets, get_dir forms and wildcards, file_size of dirs,
// mkdir/rmdir/rename/cp edge cases, deterministic stat fields.
#include <conform.h>

mixed tr(mixed f) { mixed r, e = catch(r = evaluate(f)); return e ? "error" : r; }

string *names(mixed d) {
    if (!arrayp(d)) return d;
    return sort_array(map(d, (: arrayp($1) ? $1[0] + ":" + $1[1] : $1 :)), 1);
}

void create() {
    string D = "/out/f5";
    mixed e, st;
    mkdir(D);
    show("write_file new", write_file(D + "/a.txt", "one\n"));
    show("write_file append", write_file(D + "/a.txt", "two\n"));
    show("write_file append flag 0", write_file(D + "/a.txt", "three\n", 0));
    show("content", read_file(D + "/a.txt"));
    show("write_file overwrite", write_file(D + "/a.txt", "l1\nl2\nl3\nl4\n", 1));
    show("content 2", read_file(D + "/a.txt"));
    write_file(D + "/a.txt", "l1\nl2\nl3\nl4\n", 1);
    show("read 1 1", tr((: read_file($(D) + "/a.txt", 1, 1) :)));
    show("read 4 1", tr((: read_file($(D) + "/a.txt", 4, 1) :)));
    show("read 4 5", tr((: read_file($(D) + "/a.txt", 4, 5) :)));
    show("read 5 1", tr((: read_file($(D) + "/a.txt", 5, 1) :)));
    show("read 100", tr((: read_file($(D) + "/a.txt", 100) :)));
    show("read 0 2", tr((: read_file($(D) + "/a.txt", 0, 2) :)));
    show("read 3", tr((: read_file($(D) + "/a.txt", 3) :)));
    show("read -2 1", tr((: read_file($(D) + "/a.txt", -2, 1) :)));
    show("read 2 -1", tr((: read_file($(D) + "/a.txt", 2, -1) :)));
    write_file(D + "/nonl", "x\ny", 1);
    show("read no final nl 2 1", tr((: read_file($(D) + "/nonl", 2, 1) :)));
    show("read no final nl 1 5", tr((: read_file($(D) + "/nonl", 1, 5) :)));
    show("read missing", read_file(D + "/nope"));
    show("read dir", tr((: read_file($(D)) :)));

    write_file(D + "/b", "abcdef", 1);
    show("rb 0 3", tr((: read_bytes($(D) + "/b", 0, 3) :)));
    show("rb 4 10", tr((: read_bytes($(D) + "/b", 4, 10) :)));
    show("rb 6 1", tr((: read_bytes($(D) + "/b", 6, 1) :)));
    show("rb 10 1", tr((: read_bytes($(D) + "/b", 10, 1) :)));
    show("rb -2 2", tr((: read_bytes($(D) + "/b", -2, 2) :)));
    show("rb -2", tr((: read_bytes($(D) + "/b", -2) :)));
    show("rb 2", tr((: read_bytes($(D) + "/b", 2) :)));
    show("wb 2", tr((: write_bytes($(D) + "/b", 2, "XY") :)));
    show("after wb 2", read_file(D + "/b"));
    show("wb at end", tr((: write_bytes($(D) + "/b", 6, "Z") :)));
    show("after wb at end", read_file(D + "/b"));
    show("wb overlapping end", tr((: write_bytes($(D) + "/b", 5, "PQR") :)));
    show("after wb overlap", read_file(D + "/b"));
    show("wb past end", tr((: write_bytes($(D) + "/b", 20, "W") :)));
    show("after wb past", read_file(D + "/b"));
    show("wb negative", tr((: write_bytes($(D) + "/b", -1, "N") :)));
    show("after wb negative", read_file(D + "/b"));
    show("wb new file", tr((: write_bytes($(D) + "/newb", 0, "hi") :)));
    show("after wb new", file_size(D + "/newb"));

    mkdir(D + "/sub");
    write_file(D + "/x.c", "int x;\n");
    write_file(D + "/y.c", "");
    write_file(D + "/ab", "12");
    write_file(D + "/sub/in", "1");
    show("get_dir dir/", names(get_dir(D + "/")));
    show("get_dir dir", names(get_dir(D)));
    show("get_dir *", names(get_dir(D + "/*")));
    show("get_dir a*", names(get_dir(D + "/a*")));
    show("get_dir *.c", names(get_dir(D + "/*.c")));
    show("get_dir ?.c", names(get_dir(D + "/?.c")));
    show("get_dir nomatch", names(get_dir(D + "/q*")));
    show("get_dir file", names(get_dir(D + "/ab")));
    show("get_dir missing", get_dir(D + "/zz"));
    show("get_dir missing dir/", get_dir(D + "/zz/"));
    show("get_dir -1 *.c", names(get_dir(D + "/*.c", -1)));
    show("get_dir -1 file", names(get_dir(D + "/ab", -1)));
    e = get_dir(D + "/ab", -1);
    show("get_dir -1 entry size", sizeof(e) ? sizeof(e[0]) : -1);
    show("get_dir -1 a* kinds", names(filter(get_dir(D + "/a*", -1), (: $1[1] >= 0 :))));
    e = get_dir(D + "/", -1);
    show("get_dir -1 dir sub size", map(filter(e, (: $1[0] == "sub" :)), (: $1[1] :)));
    show("get_dir -1 dir", names(filter(e, (: $1[0] != "sub" :))));
    show("get_dir file/", get_dir(D + "/ab/"));

    show("file_size dir", file_size(D + "/sub"));
    show("file_size dir/", file_size(D + "/sub/"));
    show("file_size root", file_size("/"));
    show("file_size missing", file_size(D + "/zz"));
    show("mkdir existing dir", mkdir(D + "/sub"));
    show("mkdir existing file", mkdir(D + "/ab"));
    show("mkdir nested missing", mkdir(D + "/q/r"));
    show("rmdir non-empty", rmdir(D + "/sub"));
    show("rmdir file", rmdir(D + "/ab"));
    show("rmdir missing", rmdir(D + "/zz"));
    show("rm dir", rm(D + "/sub"));
    show("rm missing", rm(D + "/zz"));
    write_file(D + "/r1", "r1data", 1);
    write_file(D + "/r2", "r2", 1);
    show("rename onto existing", rename(D + "/r1", D + "/r2"));
    show("after rename", ({ file_size(D + "/r1"), read_file(D + "/r2") }));
    show("rename missing", tr((: rename($(D) + "/r1", $(D) + "/r3") :)));
    show("rename into dir", tr((: rename($(D) + "/r2", $(D) + "/sub") :)));
    show("after rename into dir", ({ file_size(D + "/r2"), file_size(D + "/sub/r2") }));
    mkdir(D + "/d2");
    show("rename dir onto empty dir", tr((: rename($(D) + "/d2", $(D) + "/sub") :)));
    show("after rename dirs", ({ file_size(D + "/d2"), file_size(D + "/sub/d2") }));
    show("cp onto dir", tr((: cp($(D) + "/ab", $(D) + "/sub") :)));
    show("after cp onto dir", ({ file_size(D + "/sub/ab"), file_size(D + "/sub") }));
    show("cp onto existing", cp(D + "/x.c", D + "/ab"));
    show("after cp onto existing", read_file(D + "/ab"));
    show("cp missing", tr((: cp($(D) + "/zz", $(D) + "/zz2") :)));
    show("cp dir", tr((: cp($(D) + "/sub", $(D) + "/sub2") :)));
    show("cp onto self", tr((: cp($(D) + "/x.c", $(D) + "/x.c") :)));
    show("after cp self", read_file(D + "/x.c"));

    st = stat(D + "/x.c");
    show("stat file size", arrayp(st) ? ({ sizeof(st), st[0] }) : st);
    show("stat file types", arrayp(st) ? map(st, (: typeof($1) :)) : st);
    st = stat(D + "/sub");
    show("stat dir first", arrayp(st) ? ({ sizeof(st), st[0] }) : st);
    st = stat(D + "/x.c");
    show("stat unloaded load time", arrayp(st) ? st[2] : st);
    done();
}
