// File efuns beyond the basics: get_dir patterns and the -1 flag's shape,
// file_size codes, read_file line ranges at the edges, write_file's flag,
// read_bytes/write_bytes offsets (including negative), rename/cp/rm of
// directories and missing files, stat's shape.
#include <conform.h>

#define D "/tmp/frt/"

// The value of f, or "error" when it raises one.
mixed try(function f) {
    mixed r, e = catch(r = evaluate(f));
    return e ? "error" : r;
}

mixed names(mixed r) { return pointerp(r) ? sort_array(r, 1) : r; }

void create() {
    mixed r;
    mkdir("/tmp/frt");
    write_file(D "a.txt", "one\ntwo\nthree\nfour\n");
    write_file(D "b.txt", "no newline at end");
    write_file(D "c.log", "x");
    write_file(D ".hidden", "h");
    mkdir(D "sub");
    mkdir(D "sub2");
    write_file(D "sub/inner.txt", "inner");

    show("get_dir dir/", names(get_dir(D)));
    show("get_dir dir without slash", names(get_dir("/tmp/frt")));
    show("get_dir *.txt", names(get_dir(D "*.txt")));
    show("get_dir *", names(get_dir(D "*")));
    show("get_dir a*", names(get_dir(D "a*")));
    show("get_dir ?.txt", names(get_dir(D "?.txt")));
    show("get_dir no match", names(get_dir(D "*.zzz")));
    show("get_dir sub*", names(get_dir(D "sub*")));
    show("get_dir of a file", get_dir(D "a.txt"));
    r = get_dir(D "a.txt", -1);
    show("get_dir -1 of a file: shape", ({ sizeof(r), sizeof(r[0]), r[0][0], r[0][1], intp(r[0][2]) }));
    r = get_dir(D, -1);
    r = sort_array(r, (: strcmp($1[0], $2[0]) :));
    show("get_dir -1 names and sizes", map(r, (: ({ $1[0], $1[1] }) :)));
    show("get_dir missing dir", get_dir("/tmp/nowhere/"));
    show("get_dir trailing slash of missing", get_dir("/tmp/nowhere/*"));
    show("file_size file", file_size(D "a.txt"));
    show("file_size dir", file_size(D "sub"));
    show("file_size dir with slash", file_size(D "sub/"));
    show("file_size missing", file_size(D "zz"));
    show("read_file all", read_file(D "a.txt"));
    show("read_file start 1", read_file(D "a.txt", 1));
    show("read_file start 3", read_file(D "a.txt", 3));
    show("read_file 2,1", read_file(D "a.txt", 2, 1));
    show("read_file 3,5 (past end)", read_file(D "a.txt", 3, 5));
    show("read_file 4,1 last line", read_file(D "a.txt", 4, 1));
    show("read_file 5,1 past end", read_file(D "a.txt", 5, 1));
    show("read_file 0,2", read_file(D "a.txt", 0, 2));
    show("read_file no trailing newline", read_file(D "b.txt", 1, 1));
    show("read_file of a dir", read_file(D "sub"));
    show("write_file returns", write_file(D "w.txt", "abc"));
    show("write_file append", write_file(D "w.txt", "def"));
    show("after append", read_file(D "w.txt"));
    show("write_file flag 1", write_file(D "w.txt", "new", 1));
    show("after overwrite", read_file(D "w.txt"));
    show("write_file into missing dir", caught(catch(write_file("/tmp/nodir/x", "a"))));
    show("read_bytes whole", read_bytes(D "b.txt"));
    show("read_bytes start", read_bytes(D "b.txt", 3));
    show("read_bytes start,len", read_bytes(D "b.txt", 3, 7));
    show("read_bytes negative start", read_bytes(D "b.txt", -3, 3));
    show("read_bytes past end", read_bytes(D "b.txt", 100, 2));
    show("read_bytes missing", read_bytes(D "zz", 0, 1));
    write_file(D "wb.txt", "0123456789");
    show("write_bytes middle", write_bytes(D "wb.txt", 3, "abc"));
    show("after write_bytes", read_file(D "wb.txt"));
    show("write_bytes extends", write_bytes(D "wb.txt", 8, "XYZ"));
    show("after extend", read_file(D "wb.txt"));
    show("write_bytes missing file", write_bytes(D "new.bin", 0, "n"));
    show("rename file", rename(D "w.txt", D "w2.txt"));
    show("rename missing", caught(catch(rename(D "w.txt", D "w3.txt"))));
    show("rename dir", rename(D "sub2", D "sub3"));
    show("after renames", names(get_dir(D)));
    show("cp", cp(D "a.txt", D "a2.txt"));
    show("cp content", read_file(D "a2.txt") == read_file(D "a.txt"));
    show("cp missing src", try((: cp(D "zz", D "zz2") :)));
    show("cp into dir", try((: cp(D "b.txt", D "sub") :)));
    show("after cp into dir", names(get_dir(D "sub/")));
    show("rm dir", try((: rm(D "sub3") :)));
    show("rmdir dir", try((: rmdir(D "sub3") :)));
    show("rmdir missing", try((: rmdir(D "sub3") :)));
    show("rmdir file", try((: rmdir(D "a2.txt") :)));
    show("mkdir nested missing parent", try((: mkdir(D "x/y") :)));
    show("mkdir existing file", try((: mkdir(D "a.txt") :)));
    r = stat(D "a.txt");
    show("stat file shape", ({ sizeof(r), r[0], intp(r[1]), intp(r[2]) }));
    r = stat(D "sub");
    show("stat dir first element", r[0]);
    show("stat missing", try((: stat(D "zz") :)));
    show("final listing", names(get_dir(D)));
    done();
}
