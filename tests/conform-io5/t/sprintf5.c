// sprintf column and table modes in depth: %-=, %=, %#, several columns on
// one line, newlines inside column text, tabs, widths from *, mixes with
// ordinary conversions.
#include <conform.h>

void sp(string label, string s) {
    string *l = explode(s, "\n");
    int i;
    show(label + " lines", sizeof(l));
    for (i = 0; i < sizeof(l); i++) show(label + " " + i, l[i]);
    show(label + " raw", s);
}

void create() {
    string txt = "the quick brown fox jumps over the lazy dog";
    string lst = "one\ntwo\nthree\nfour\nfive\nsix\nseven";
    sp("col 10", sprintf("%-=10s|", txt));
    sp("col right 10", sprintf("%=10s|", txt));
    sp("col centre 12", sprintf("%|=12s|", txt));
    sp("two cols", sprintf("%-=10s|%-=8s|", txt, "alpha beta gamma delta"));
    sp("col and plain", sprintf("%-=8s %d [%s]", "aaa bbb ccc ddd", 42, "tail"));
    sp("plain then col", sprintf("pre %-=6s post", "xx yy zz ww"));
    sp("col with newline", sprintf("%-=12s|", "line one\nline two is longer\n\nend"));
    sp("col word too long", sprintf("%-=5s|", "abcdefghijkl mn"));
    sp("col star width", sprintf("%-=*s|", 7, txt));
    sp("col trailing nl", sprintf("%-=10s|", "abc def\n"));
    sp("col empty", sprintf("%-=10s|", ""));
    sp("col tab", sprintf("%-=10s|", "a\tb c\td"));
    sp("table 20", sprintf("%-#20s|", lst));
    sp("table 30", sprintf("%-#30s|", lst));
    sp("table right", sprintf("%#20s|", lst));
    sp("table with precision", sprintf("%-#20.2s|", lst));
    sp("table one item", sprintf("%-#20s|", "solo"));
    sp("table empty", sprintf("%-#20s|", ""));
    sp("table long items", sprintf("%-#10s|", "abcdefghijkl\nx\ny"));
    sp("col multi nl", sprintf("%-=10s|%-=10s|", "a\nb\nc", "1 2 3 4 5 6 7 8 9 10 11 12"));
    sp("tabs plain", sprintf("%-10s|", "a\tb"));
    sp("width > text col", sprintf("%-=20s|", "short"));
    sp("col pad char", sprintf("%'.'-=10s|", "ab cd ef gh ij"));
    done();
}
