#include <conform.h>

class pt { int x; int y; }
class box { class pt corner; int w; }

mixed id(mixed v) { return v; }
int ret_assign() { int q; return q = 42; }

string loop_switch() {
    string r = "";
    int i;
    for (i = 0; ; i++) {
        switch (i) {
        case 1: continue;
        case 3: break;
        case 5: r += "!"; return r;
        }
        r += i;
        if (i > 10) break;
    }
    return r + "x";
}

void create() {
    mixed x, e;
    buffer b;
    class box bx;
    string s;
    int hits;

    b = allocate_buffer(3);
    b[0] = 1; b[1] = 200; b[2] = 0;
    show("sprintf %O int array", sprintf("%O", ({ 1, "a" })));
    show("to_int prefix", ({ to_int("12abc"), to_int("-7"), to_int("x1"), to_int(" 5") }));
    show("to_float", ({ to_float("2.5x"), to_float(3) }));
    show("implode ints", catch(x = implode(({ "a", 1, "b" }), ",")) ? "error" : x);
    show("explode empty delim", explode("abc", ""));
    show("range <0", "abc"[0..<0]);
    show("range <1 end", "abc"[0..<1]);
    show("range < start", "abcdef"[<3..<2]);
    show("array range <0", ({ 1, 2, 3 })[0..<0]);
    show("ret assign", ret_assign());
    show("loop switch", loop_switch());
    hits = 0;
    switch (hits++) { case 5: hits = 100; }
    show("switch no match", hits);
    bx = new(class box);
    e = catch(x = bx->corner->x);
    show("class null deep read", caught(e));
    bx->corner = new(class pt, x: 3, y: 4);
    bx->corner->y *= 2;
    show("class deep", ({ bx->corner->x, bx->corner->y, bx->w }));
    x = bx->corner;
    x->x = 99;
    show("class alias", bx->corner->x);
    e = catch(x = copy(bx));
    show("class copy", ({ caught(e), x->corner->x }));
    show("member_array char", ({ member_array('b', "abc"), member_array(200, sprintf("x%c", 200)) }));
    show("strsrch neg", ({ strsrch("abcabc", "c", -1), strsrch("abcabc", 'a', -1) }));
    show("replace empty", replace_string("abc", "", "x"));
    show("capitalize high", capitalize(sprintf("%cb", 233)));
    show("sprintf pad high", sprintf("[%4s]", sprintf("%c", 200)));
    show("string * compare", ({ "abc" < "abd", "b" > "abc", "" == "" }));
    done();
}
