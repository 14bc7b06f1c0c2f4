// Loops, break/continue, switch on ints, strings and ranges, foreach forms.
#include <test.h>

void test_loops() {
    string s = "";
    for (int i = 0; i < 5; i++) s += i;
    expect(s, "01234", "for");
    s = "";
    for (int i = 0, j = 10; i < 4; i++, j -= 2) s += i + ":" + j + " ";
    expect(s, "0:10 1:8 2:6 3:4 ", "for with comma expressions");
    int n = 1;
    while (n < 100) n = n * 2 + 1;
    expect(n, 127, "while");
    n = 100;
    do n++; while (n < 50);
    expect(n, 101, "do-while runs once");
    int *seen = ({ });
    for (int i = 0; i < 3; i++) {
        if (i == 1) continue;
        for (int j = 0; j < 3; j++) {
            if (j == 2) break;
            seen += ({ i * 10 + j });
        }
    }
    expect(seen, ({ 0, 1, 20, 21 }), "nested break/continue");
    n = 0;
    for (;;) { if (++n > 4) break; }
    expect(n, 5, "for(;;)");
    n = 0;
    do { n++; if (n < 3) continue; break; } while (1);
    expect(n, 3, "continue in do-while");
}

void test_foreach() {
    string s = "";
    foreach (int x in ({ 3, 1, 4 })) s += x;
    expect(s, "314", "foreach array");
    int count = 0;
    foreach (mixed x in ({ })) count++;
    expect(count, 0, "foreach empty");
    int *arr = ({ 1, 2, 3 });
    count = 0;
    foreach (int x in arr) { arr = ({ 9 }); count += x; }
    expect(count, 6, "reassigning the array inside foreach iterates the old one");
    s = "";
    expect_error(catch { foreach (string k in ([ "only": 1 ])) s += k; }, "Bad argument 2 to foreach",
                 "one variable over a mapping is 2.7's error");
    s = "";
    foreach (int x in ({ 1, 2, 3, 4 })) {
        if (x == 2) continue;
        if (x == 4) break;
        s += x;
    }
    expect(s, "13", "foreach continue/break");
}

string classify(int n) {
    switch (n) {
    case 0: return "zero";
    case 1..9: return "digit";
    case 10..99: return "two digits";
    case -5..-1: return "small negative";
    default: return "other";
    }
}

string by_name(string s) {
    switch (s) {
    case "apple": case "pear": return "fruit";
    case "leek": return "vegetable";
    case "": return "empty";
    }
    return "unknown";
}

void test_switch() {
    expect(map(({ 0, 5, 10, 99, 100, -3, -6 }), (: classify :)),
           ({ "zero", "digit", "two digits", "two digits", "other", "small negative", "other" }),
           "int switch with ranges");
    expect(map(({ "apple", "pear", "leek", "", "rock" }), (: by_name :)),
           ({ "fruit", "fruit", "vegetable", "empty", "unknown" }), "string switch");
    string out = "";
    for (int i = 1; i <= 4; i++) {
        switch (i) {
        case 1: out += "a";
        case 2: out += "b"; break;
        case 3: continue;
        default: out += "d";
        }
        out += ".";
    }
    expect(out, "ab.b.d.", "fall-through, break and continue in switch");
    switch ('x') {
    case 'a'..'z': out = "lower"; break;
    default: out = "other";
    }
    expect(out, "lower", "char range case");
    string str = 0;
    switch (str) {
    case 0: out = "zero string"; break;
    case "x": out = "x"; break;
    }
    expect(out, "zero string", "case 0 in a string switch");
}

int depth(int n) { return n <= 0 ? 0 : 1 + depth(n - 1); }

void test_recursion() {
    expect(depth(40), 40, "recursion within the call depth limit");
}
