// switch: ranges, negative cases, default placement, fall through,
// string cases including 0, mixed int and string cases, nested switches.
#include <conform.h>

string classify(int x) {
    switch (x) {
    case -10..-1: return "negative small";
    case 0: return "zero";
    case 1..5: return "one to five";
    case 6:
    case 7: return "six or seven";
    case 100..: return "hundred plus";
    default: return "other";
    }
}

string low(int x) {
    switch (x) {
    case ..-100: return "very low";
    case 50: return "fifty";
    }
    return "none";
}

string word(string s) {
    switch (s) {
    case "": return "empty";
    case "a": return "letter a";
    case "abc": return "abc";
    case 0: return "zero string";
    default: return "default";
    }
}

string fall(int x) {
    string r = "";
    switch (x) {
    default: r += "d";
    case 1: r += "1";
    case 2: r += "2"; break;
    case 3: r += "3";
    }
    return r;
}

int count_nested(int a, int b) {
    switch (a) {
    case 1:
        switch (b) {
        case 1: return 11;
        case 2: break;
        }
        return 10;
    case 2: return 20;
    }
    return 0;
}

void create() {
    int i;
    mixed e;
    string s;
    show("classify", map(({ -11, -10, -5, -1, 0, 1, 5, 6, 7, 8, 99, 100, 1000000 }), (: classify :)));
    show("open low range", map(({ -1000, -100, -99, 50, 51 }), (: low :)));
    show("string switch on 0", word(0));
    show("default first falls through", map(({ 0, 1, 2, 3 }), (: fall :)));
    show("nested", ({ count_nested(1, 1), count_nested(1, 2), count_nested(2, 0), count_nested(3, 0) }));
    s = "";
    for (i = 0; i < 4; i++) {
        switch (i) {
        case 1: continue;
        case 2: s += "two"; break;
        default: s += i;
        }
        s += ";";
    }
    show("continue inside switch", s);
    i = 0;
    e = 3.5;
    show("switch on float", caught(catch { switch (e) { case 1: s = "1"; break; default: s = "d"; } }));
    show("after float switch", s);
    e = ({ 1 });
    show("switch on array", caught(catch { switch (e) { case 1: s = "x"; break; default: s = "arr default"; } }));
    show("after array switch", s);
    switch ('b') {
    case 'a'..'c': s = "char range"; break;
    default: s = "no";
    }
    show("char range", s);
    i = 3;
    switch (i * 2 + 1) {
    case 7: s = "expr"; break;
    }
    show("expression subject", s);
    switch (i) {
    case 3:
        {
            int inner = 42;
            s = "block " + inner;
        }
        break;
    }
    show("block in case", s);
    done();
}
