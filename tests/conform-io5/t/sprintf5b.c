// sprintf columns, second batch: centred tables, columns whose text is
// shorter/longer than others, numbers in columns, %O inside a column line,
// column widths of 1, leading spaces, and column text ending the format.
#include <conform.h>

void sp(string label, string s) {
    show(label, explode(s, "\n"));
    show(label + " raw", s);
}

void create() {
    string lst = "a\nbb\nccc\ndddd\neeeee";
    sp("centre table", sprintf("%|#15s|", lst));
    sp("table star", sprintf("%-#*s|", 12, lst));
    sp("short vs long col", sprintf("%-=6s|%-=6s|%-=6s|", "a", "b c d e f g h", "x y"));
    sp("col right with nums", sprintf("%=6s|%5d|", "11 22 33 44", 7));
    sp("col width 1", sprintf("%-=1s|", "ab c"));
    sp("col leading spaces", sprintf("%-=8s|", "   a b c d e f"));
    sp("col multiple spaces", sprintf("%-=8s|", "a    b    c"));
    sp("col then %O", sprintf("%-=5s %O", "aa bb cc", ({ 1 })));
    sp("col at end", sprintf("x: %-=6s", "one two three"));
    sp("col exact fit", sprintf("%-=5s|", "abcde fghij"));
    sp("two tables", sprintf("%-#8s|%-#8s|", "1\n2\n3", "x\ny"));
    sp("col trailing spaces", sprintf("%-=6s|", "ab    "));
    sp("col number arg", caught(catch(sprintf("%-=6s|", 12345))));
    sp("table number arg", caught(catch(sprintf("%-#6s|", 12345))));
    done();
}
