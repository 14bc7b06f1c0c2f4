// More string efuns: explode with repeated multi-char separators, strsrch
// of an empty needle, replace_string with empty pattern, sprintf of %O on
// nested mappings inside arrays, capitalize/lower_case of non-letters,
// and string ranges at the edges.
#include <conform.h>

mixed try(function f) {
    mixed r, e = catch(r = evaluate(f));
    return e ? "error" : r;
}

void create() {
    string e = "";
    show("explode ::a::b", explode("::a::b", "::"));
    show("explode a::::", explode("a::::", "::"));
    show("explode aaa by aa", explode("aaa", "aa"));
    show("explode single char string by itself", explode("a", "a"));
    show("explode of only one sep then text", explode(",x", ","));
    show("strsrch empty needle", try((: strsrch("abc", $(e)) :)));
    show("replace_string empty pattern", try((: replace_string("abc", $(e), "x") :)));
    show("replace_string to longer repeatedly", replace_string("a-b-c", "-", "--"));
    show("%O array of mapping", sprintf("%O", ({ ([ "a": 1 ]) })));
    show("%O mapping of array", sprintf("%O", ([ "k": ({ 1, 2 }) ])));
    show("%O nested empty", sprintf("%O", ({ ({ }), ([ ]) })));
    show("%O float in array", sprintf("%O", ({ 1.5 })));
    show("%O string escapes", sprintf("%O", "a\nb\tc\\"));
    show("%-20O|", sprintf("%-20O|", "x"));
    show("capitalize digits/space", ({ capitalize(" a"), capitalize("\xe9t\xe9") }));
    show("lower_case non-ascii", lower_case("\xc9T\xc9"));
    show("range beyond both ends", ({ "abc"[5..7], "abc"[-5..1], "abc"[2..1] }));
    show("range <0", try((: "abc"[<0..] :)));
    show("index past end", try((: "abc"[3] :)));
    show("string * via implode allocate", implode(allocate(3, "ab"), ""));
    show("sprintf %s with 0", sprintf("[%s]", 0));
    show("sprintf %d with 0", sprintf("[%d]", 0));
    show("sprintf %s of float", try((: sprintf("%s", 1.5) :)));
    show("sprintf %d of float", try((: sprintf("%d", 1.5) :)));
    show("sprintf %f of int", try((: sprintf("%f", 2) :)));
    show("sprintf %-10s|%10s", sprintf("%-10s|%10s", "left", "right"));
    show("sprintf %s longer than width", sprintf("%3s|", "abcdef"));
    show("sprintf %=-10s short", sprintf("%-=10s|", "ab"));
    show("sprintf %*-s negative width", try((: sprintf("%*s|", -5, "ab") :)));
    show("sprintf %c 0", try((: sprintf("[%c]", 0) :)));
    done();
}
