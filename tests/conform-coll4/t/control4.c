#include <conform.h>

string sw_str(string s) {
    switch (s) {
    case 0: return "zero";
    case "": return "empty";
    case "a": return "a";
    default: return "default";
    }
}

string sw_char(int c) {
    switch (c) {
    case 'a'..'f': return "a-f";
    case '0'..'9': return "digit";
    case 'z': return "z";
    case 'g'..'y': return "g-y";
    default: return "other";
    }
}

string sw_mixed_int(int n) {
    switch (n) {
    case -5..-1: return "neg";
    case 0: return "zero";
    case 1..3: return "small";
    case 100..: return "big";
    case ..-6: return "verybig";
    default: return "mid";
    }
}

void create() {
    string s;
    int i, j, k, c;
    mixed a, x, y;
    mapping m;

    show("switch str empty", sw_str(""));
    show("switch str a", sw_str("a"));
    show("switch str other", sw_str("b"));
    show("switch char a", sw_char('c'));
    show("switch char digit", sw_char('7'));
    show("switch char z", sw_char('z'));
    show("switch char g-y", sw_char('m'));
    show("switch char other", sw_char('A'));
    show("switch range neg", sw_mixed_int(-3));
    show("switch range open high", sw_mixed_int(1000));
    show("switch range open low", sw_mixed_int(-100));
    show("switch range mid", sw_mixed_int(50));

    s = "";
    for (i = 0; i < 4; i++) {
        switch (i % 2) {
        case 0:
            switch (i) {
            case 2: s += "c"; continue;
            default: s += "d"; break;
            }
            s += "e";
            break;
        default:
            s += "o";
        }
        s += "|";
    }
    show("nested switch continue", s);

    s = "";
    for (i = 0; i < 3; i++) {
        switch (i) {
        case 1: break;
        default: s += i;
        }
        s += ".";
    }
    show("break in switch in loop", s);

    a = ({ 1, 2, 3 });
    c = 0;
    foreach (x in a) {
        a += ({ x });
        c++;
    }
    show("foreach append count", c);
    show("foreach append result", a);
    a = ({ 1, 2, 3 });
    s = "";
    foreach (x in a) {
        a[2] = 30;
        s += x + ",";
    }
    show("foreach elem set visible", s);
    a = ({ 1, 2, 3 });
    s = "";
    foreach (x in a) {
        x = 0;
        s += sizeof(a);
    }
    show("foreach var assign no effect", a);
    a = ({ 1, 2, 3 });
    s = "";
    foreach (x in a) {
        a = ({ });
        s += x;
    }
    show("foreach reassign source", s);
    m = ([ 1: "a", 2: "b" ]);
    c = 0;
    foreach (x, y in m) {
        m = ([ ]);
        c++;
    }
    show("foreach mapping reassign count", c);
    s = "";
    foreach (x in "abc") s += x + " ";
    show("foreach string", s);

    i = 0; s = "";
    do {
        i++;
        if (i == 2) continue;
        s += i;
    } while (i < 4);
    show("do-while continue", s);
    i = 10; c = 0;
    do { c++; } while (i < 5);
    show("do-while once", c);
    i = 0;
    do {
        if (++i > 2) break;
    } while (1);
    show("do-while break", i);

    s = "";
    for (i = 0, j = 10; i < j; i++, j -= 3) s += i + ":" + j + " ";
    show("for two vars", s);
    for (i = 0, j = 0, k = 0; i < 3; i++, j += i, k += j) ;
    show("for three vars", ({ i, j, k }));
    c = 0;
    for (;;) { if (++c >= 3) break; }
    show("for ever", c);
    s = "";
    for (i = 0; i < 5; i++) {
        if (i % 2) continue;
        s += i;
    }
    show("for continue", s);
    i = 0; s = "";
    while (i < 5) {
        i++;
        if (i == 3) continue;
        s += i;
    }
    show("while continue", s);
    s = "";
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++) {
            if (j == 1) continue;
            if (i == 1) break;
            s += i + "" + j + " ";
        }
    show("nested loops", s);
    done();
}
