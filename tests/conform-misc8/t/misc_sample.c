// Agreeing cases from the FILE/MATH/MISC fuzz round: line ranges, byte
// ranges, get_dir patterns, bit strings, conversions, strcmp signs.
#include <conform.h>
int sgn(int x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }
void create() {
    mkdir("/tmp"); write_file("/tmp/a", "abc\ndef\nghi\n", 1); write_file("/tmp/b", "no newline", 1);
    mkdir("/tmp/d"); write_file("/tmp/d/x", "x1\nx2\n", 1);
    show("rf 0", read_file("/tmp/a", 0));
    show("rf -1 2", read_file("/tmp/a", -1, 2));
    show("rf 2 0", read_file("/tmp/a", 2, 0));
    show("rf 3 5", read_file("/tmp/a", 3, 5));
    show("rf 4", read_file("/tmp/a", 4));
    show("rf 2 -1", read_file("/tmp/a", 2, -1));
    show("rf dir", read_file("/tmp/d"));
    show("rb 2 3", read_bytes("/tmp/a", 2, 3));
    show("rb -3 2", read_bytes("/tmp/a", -3, 2));
    show("rb 100", read_bytes("/tmp/a", 100));
    show("rb dir", read_bytes("/tmp/d"));
    show("wb 2", write_bytes("/tmp/b", 2, "XY"));
    show("after wb", read_file("/tmp/b"));
    show("wb past end", write_bytes("/tmp/b", 100, "Z"));
    show("wb -1", write_bytes("/tmp/b", -1, "Q"));
    show("after wb -1", read_file("/tmp/b"));
    show("wf append", write_file("/tmp/b", "\nmore"));
    show("after append", read_file("/tmp/b", 2));
    show("wf dir", caught(catch(write_file("/tmp/d", "x"))));
    show("fs", ({ file_size("/tmp/a"), file_size("/tmp/d"), file_size("/tmp/nope"), file_size("/") }));
    show("get_dir d/", sort_array(get_dir("/tmp/d/"), 1));
    show("get_dir d", get_dir("/tmp/d"));
    show("get_dir wild", sort_array(get_dir("/tmp/?"), 1));
    show("get_dir wild none", get_dir("/tmp/zz*"));
    show("get_dir missing/", get_dir("/tmp/nope/"));
    show("mkdir exists", mkdir("/tmp/d"));
    show("rmdir nonempty", rmdir("/tmp/d"));
    show("rm dir", rm("/tmp/d"));
    show("rm missing", rm("/tmp/nope"));
    show("rename into dir", rename("/tmp/b", "/tmp/d"));
    show("moved", file_size("/tmp/d/b"));
    show("cp missing", caught(catch(cp("/tmp/nope", "/tmp/c"))));
    show("cp same", caught(catch(cp("/tmp/a", "/tmp/a"))));
    show("cp into dir", cp("/tmp/a", "/tmp/d"));
    show("stat file", stat("/tmp/a")[0]);
    show("stat missing", stat("/tmp/nope"));
    show("bits", ({ set_bit("", 12), clear_bit("!", 0), test_bit("#", 1), test_bit("", 100), next_bit("#!", 1), next_bit(set_bit("", 13), -1) }));
    show("bits 2", ({ clear_bit("", 100), set_bit("A", 0), test_bit("~~", 11), next_bit("", 0) }));
    show("to_int", ({ to_int(3.9), to_int(-3.9), to_int("12"), to_int("-3"), to_int("abc"), to_int("  7"), to_int(" -8x"), to_int("3.9") }));
    show("to_float", ({ to_float(3), to_float("-3.5"), to_float("abc"), to_float(" 7.25"), to_float(".5") }));
    show("math", ({ sqrt(16.0), sqrt(2), floor(-2.5), ceil(-2.5), floor(3), exp(0.0), log(1.0), pow(2, 10), pow(2.0, -1) }));
    show("trig", ({ sin(0.0), cos(0.0), tan(0.0), asin(1.0), acos(1.0), atan(1.0) }));
    show("random", ({ random(1), random(0), random(-5) }));
    show("strcmp", ({ sgn(strcmp("", "a")), sgn(strcmp("a", "")), sgn(strcmp("ab", "a")), sgn(strcmp("A", "a")), strcmp("b", "b") }));
    show("sizeof", ({ sizeof(0), sizeof(""), sizeof("abc"), sizeof(({1,2})), sizeof(([1:2])), sizeof(1.5), sizeof(allocate(3)) }));
    show("typeof", ({ typeof(0), typeof(""), typeof(({})), typeof(([])), typeof(1.5), typeof(this_object()), typeof((: 1 :)) }));
    done();
}
