#include <conform.h>

int hits;
string trace = "";
int tick(int v) { hits++; trace += v; return v; }

string sw(int n) {
    hits = 0;
    switch (tick(n)) {
    case 1: return "one " + hits;
    case 2: case 3: return "two-three " + hits;
    default: return "def " + hits;
    }
}

string sw_str(string s) {
    switch (s + "") {
    case "a": return "A";
    case "ab": return "AB";
    }
    return "none";
}

mixed nested_catch(int mode) {
    mixed e;
    e = catch {
        if (mode == 1) return "returned inside";
        e = catch(error("inner"));
        if (mode == 2) error("outer after inner");
        if (mode == 3) throw(({ "thrown", e != 0 }));
    };
    return ({ "after", caught(e) });
}

int catch_in_loop() {
    int i, n;
    for (i = 0; i < 5; i++) {
        if (catch { if (i % 2) error("x"); n += 10; }) n++;
    }
    return n;
}

string foreach_switch() {
    string r = "";
    foreach (int v in ({ 1, 2, 3, 4, 5, 6 })) {
        switch (v) {
        case 2: r += "two,"; break;
        case 4: r += "four,"; continue;
        case 5: r += "five-stop"; return r + "|" + v;
        default: r += v + ",";
        }
        r += ";";
    }
    return r;
}

string break_nested() {
    string r = "";
    int i, j;
    for (i = 0; i < 4; i++) {
        foreach (string k in ({ "a", "b", "c" })) {
            switch (k) {
            case "b":
                if (i == 2) break;
                r += "B";
                break;
            default:
                r += k;
            }
            if (k == "b" && i == 1) break;
        }
        r += "|";
        j = i;
        while (1) { if (++j > 2) break; r += "w"; }
    }
    return r;
}

void create() {
    int i, j, k;
    string r;
    mixed x;

    show("switch once 1", sw(1));
    show("switch once 3", sw(3));
    show("switch once 9", sw(9));
    show("switch str expr", ({ sw_str("a"), sw_str("ab"), sw_str("abc") }));
    i = 0;
    switch (i++) { case 0: r = "zero"; break; case 1: r = "one"; break; }
    show("switch i++", ({ r, i }));
    show("nested catch 0", nested_catch(0));
    show("nested catch 1", nested_catch(1));
    show("nested catch 2", nested_catch(2));
    show("nested catch 3", nested_catch(3));
    show("catch in loop", catch_in_loop());
    show("foreach switch", foreach_switch());
    show("break nested", break_nested());
    trace = "";
    i = 0;
    while (tick(i) < 3 && (i++ || 1)) ;
    show("while complex", ({ i, trace }));
    r = "";
    for (i = 0, j = 10; i < j && (i % 7 || i < 1 || j > 9); i += 2, j--) r += i + ":" + j + " ";
    show("for complex", r);
    r = "";
    i = 0;
    do { r += i; } while (++i < 3 && i != 2);
    show("do while", r);
    k = 0;
    for (i = 0; i < 3; i++) {
        for (j = 0; j < 3; j++) {
            if (j == 1) continue;
            if (i == 2) break;
            k += 10 * i + j;
        }
    }
    show("nested for", k);
    r = "";
    foreach (string key, int val in ([ "only": 3 ])) {
        while (val--) r += key[0..0];
    }
    show("foreach mapping while", r);
    x = ({ });
    foreach (mixed v in ({ 1, "a", ({ 2 }), 0 })) {
        switch (typeof(v)) {
        case "int": x += ({ "I" }); break;
        case "string": x += ({ "S" }); break;
        default: x += ({ "?" });
        }
    }
    show("switch typeof", x);
    i = 5;
    switch (i) {
    case 5:
        switch (i + 1) {
        case 6: r = "inner6"; break;
        }
        r += "+after";
        break;
    default:
        r = "def";
    }
    show("nested switch", r);
    done();
}
