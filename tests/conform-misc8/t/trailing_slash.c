#include <conform.h>
void create() {
    // 2.7 hands a path ending in "/" to the host as it is: "file/" names no file.
    mkdir("/tmp"); write_file("/tmp/a", "abc\ndef\n", 1); mkdir("/tmp/d"); write_file("/tmp/d/x", "x1\n", 1);
    show("stat d/ 0", stat("/tmp/d/", 0));
    show("stat a* ", stat("/tmp/a*"));
    show("stat nope", stat("/tmp/nope"));
    show("stat nope -1", stat("/tmp/nope", -1));
    show("stat a/", stat("/tmp/a/"));
    show("fs a/", file_size("/tmp/a/"));
    show("fs d/", file_size("/tmp/d/"));
    show("fs d//x", file_size("/tmp/d//x"));
    show("fs d/x/", file_size("/tmp/d/x/"));
    show("rf a/", read_file("/tmp/a/"));
    show("rb a/", read_bytes("/tmp/a/"));
    show("getdir a/", get_dir("/tmp/a/"));
    show("getdir a/ -1", get_dir("/tmp/a/", -1));
    show("wb a/", write_bytes("/tmp/a/", 0, "x"));
    show("wf a/", caught(catch(write_file("/tmp/a/", "x"))));
    show("rm a/", rm("/tmp/a/"));
    show("cp a/ b", caught(catch(cp("/tmp/a/", "/tmp/b"))));
    show("fs b", file_size("/tmp/b"));
    show("cp a b/", cp("/tmp/a", "/tmp/b/"));
    show("rename a/ c", rename("/tmp/a/", "/tmp/c"));
    show("fs c", file_size("/tmp/c"));
    show("mkdir e/", mkdir("/tmp/e/"));
    show("fs e", file_size("/tmp/e"));
    show("rmdir e/", rmdir("/tmp/e/"));
    show("wf d/new/", caught(catch(write_file("/tmp/d/new/", "x"))));
    show("fs a", file_size("/tmp/a"));
    done();
}
