// File efuns: write_file/read_file, bytes, buffers, directories, rename,
// cp, and refusals (outside the root, by valid_read/valid_write).
#include <test.h>

#define D "/tmp/t_files/"

void clean(string dir) {
    mixed *list = get_dir(dir, -1);
    if (!list) return;
    foreach (mixed *e in list) {
        if (e[1] == -2) { clean(dir + e[0] + "/"); rmdir(dir + e[0]); }
        else rm(dir + e[0]);
    }
}

void setup() {
    clean(D);
    rmdir("/tmp/t_files");
    mkdir("/tmp/t_files");
}

void test_read_write() {
    setup();
    expect(write_file(D "a", "l1\nl2\n"), 1, "write new");
    expect(write_file(D "a", "l3\r\nl4\n"), 1, "append");
    expect(read_file(D "a"), "l1\nl2\nl3\nl4\n", "read all, CRLF read as LF");
    expect(read_file(D "a", 2, 2), "l2\nl3\n", "range");
    expect(read_file(D "a", 4), "l4\n", "last line");
    expect(read_file(D "a", 5), "", "just past the final newline");
    expect(read_file(D "a", 6), 0, "past the end");
    expect(read_file(D "a", 0, 1), "l1\n", "line 0 counts as 1");
    expect(read_file(D "none"), 0, "missing");
    expect(read_file("/tmp/t_files"), 0, "directory");
    write_file(D "empty", "");
    expect(read_file(D "empty"), "", "empty file");
    expect(file_size(D "a"), 13, "file_size");
    expect(file_size("/tmp/t_files"), -2, "file_size of a directory");
    expect(file_size(D "none"), -1, "file_size missing");
    expect(write_file(D "a", "new", 1), 1, "overwrite");
    expect(read_file(D "a"), "new", "after overwrite");
    write_file(D "lines", "a\nb\nc\n");
    expect(file_length(D "lines"), 3, "file_length");
}

void test_bytes_and_buffers() {
    setup();
    write_file(D "b", "0123456789");
    expect(read_bytes(D "b", 2, 3), "234", "read_bytes");
    expect(read_bytes(D "b", -3, 2), "78", "from the end");
    expect(read_bytes(D "b", 20, 1), 0, "past the end");
    expect(read_bytes(D "b"), "0123456789", "all");
    expect(write_bytes(D "b", 1, "AB"), 1, "write_bytes");
    expect(read_file(D "b"), "0AB3456789", "after write_bytes");
    expect(write_bytes(D "b", 30, "x"), 0, "write_bytes past the end");
    buffer buf = read_buffer(D "b", 0, 4);
    expect(sizeof(buf), 4, "read_buffer from a file");
    expect(read_buffer(buf, 1, 2), "AB", "read_buffer of a buffer");
    expect(write_buffer(buf, 0, "zz"), 1, "write_buffer into a buffer");
    expect(read_buffer(buf), "zzB3", "after write_buffer");
    expect(write_buffer(buf, 3, "long"), 0, "write_buffer past the end");
    expect_error(catch(read_bytes(D "b", 0, 100000)), "maximum", "byte transfer limit");
}

void test_directories() {
    setup();
    expect(mkdir(D "sub"), 1, "mkdir");
    expect(mkdir(D "sub"), 0, "mkdir again");
    write_file(D "x.txt", "x");
    write_file(D "y.txt", "yy");
    write_file(D "sub/z", "z");
    expect(get_dir(D), ({ "sub", "x.txt", "y.txt" }), "listing is sorted");
    expect(get_dir(D "*.txt"), ({ "x.txt", "y.txt" }), "wildcard");
    expect(get_dir(D "?.txt"), ({ "x.txt", "y.txt" }), "question mark");
    expect(get_dir(D "x.txt"), ({ "x.txt" }), "one file");
    expect(get_dir("/tmp/t_files"), ({ "t_files" }), "a directory without slash");
    expect(get_dir(D "none/"), 0, "missing directory");
    expect(map(get_dir(D, -1), (: $1[0..1] :)), ({ ({ "sub", -2 }), ({ "x.txt", 1 }), ({ "y.txt", 2 }) }), "details");
    expect(stat(D "y.txt")[0], 2, "stat size");
    expect(rmdir(D "sub"), 0, "rmdir of a non-empty directory");
    expect(rm(D "sub/z"), 1, "rm");
    expect(rm(D "sub/z"), 0, "rm missing");
    expect(rmdir(D "sub"), 1, "rmdir");
    expect(rename(D "x.txt", D "w.txt"), 0, "rename returns 0");
    expect(get_dir(D), ({ "w.txt", "y.txt" }), "after rename");
    mkdir(D "sub");
    expect(rename(D "w.txt", D "sub"), 0, "rename into a directory");
    expect(get_dir(D "sub/"), ({ "w.txt" }), "moved");
    expect(cp(D "y.txt", D "c.txt"), 1, "cp");
    expect(read_file(D "c.txt"), "yy", "copied text");
    expect_error(catch(cp(D "none", D "d.txt")), "lstat", "cp of a missing file");
    expect_error(catch(rename(D "none", D "e")), "", "rename of a missing file");
}

void test_confinement() {
    expect(read_file("/../../etc/passwd"), 0, "read above the root");
    expect(file_size("/../x"), -1, "file_size above the root");
    expect(write_file("/../escape", "x"), 0, "write above the root");
    expect(get_dir("/../"), 0, "get_dir above the root");
    expect(read_file("/tmp/../tmp/../../etc/passwd"), 0, "dotdot in the middle");
    expect(write_file("/forbidden/x", "x"), 0, "valid_write refuses");
    expect(read_file("/forbidden/x"), 0, "valid_read refuses");
    expect(file_size("/forbidden/x"), -1, "file_size refused");
    expect(mkdir("/forbidden/d"), 0, "mkdir refused");
    expect(cp("/forbidden/x", D "q"), -1, "cp source refused");
    expect(rename(D "y.txt", "/forbidden/y"), 1, "rename refused");
    expect(link(D "y.txt", D "l"), 0, "link refused by valid_link");
}
