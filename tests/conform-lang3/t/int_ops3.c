// Integers round 3: shifts by huge/negative counts through compound ops,
// ++/-- on globals, array elements, mapping values and class members,
// compound operators on mixed types and missing mapping keys.
#include <conform.h>

int g_count;
int *g_arr = ({ 1, 2, 3 });
mapping g_map = ([ "a": 1 ]);
class pt { int x; int y; }

int bump() { return ++g_count; }

void create() {
    int x, n, one = 1;
    int *a = ({ 10, 20, 30 });
    mapping m = ([ "k": 5 ]);
    class pt p = new(class pt);
    mixed v;

    x = 1; n = 70; x <<= n;
    show("<<= 70", x);
    x = -8; n = 200; x >>= n;
    show("-8 >>= 200", x);
    x = 8; n = -2; x <<= n;
    show("8 <<= -2", x);
    x = 8; n = -2; x >>= n;
    show("8 >>= -2", x);
    n = 63;
    show("1 << 63 >> 63", (one << n) >> n);
    show("-1 << 63", -1 << n);
    g_count = 5;
    g_count++;
    ++g_count;
    show("global ++", g_count);
    show("global -- value", ({ g_count--, --g_count, g_count }));
    show("bump()", ({ bump(), bump(), g_count }));
    g_arr[1]++;
    ++g_arr[2];
    show("global array ++", g_arr);
    a[0]--;
    show("local array element --", ({ a[0]--, a[0], --a[2], a }));
    n = 1;
    a[n++]++;
    show("a[n++]++", ({ a, n }));
    m["k"]++;
    show("mapping value ++", m["k"]);
    m["new"]++;
    show("missing mapping key ++", m["new"]);
    m["neg"]--;
    show("missing mapping key --", m["neg"]);
    m["add"] += 5;
    show("missing key += ", m["add"]);
    show("missing key += string", catch(m["str"] += "s"));
    show("after failed +=", ({ m["str"], member_array("str", keys(m)) >= 0 }));
    g_map["a"] += 10;
    g_map["b"] -= 3;
    show("global mapping compound", g_map);
    p->x++;
    p->y += 4;
    ++p->x;
    show("class member ++ and +=", ({ p->x, p->y }));
    v = ({ 1, 2 });
    v += ({ 3 });
    show("array +=", v);
    v -= ({ 2 });
    show("array -=", v);
    v = ([ "a": 1 ]);
    v += ([ "b": 2 ]);
    show("mapping +=", v);
    v = "ab";
    v += 5;
    show("string += int", v);
    v += 1.5;
    show("string += float", v);
    v = 5;
    show("int += string", catch(v += "x"));
    show("after int += string", v);
    v = 10;
    v -= 2.5;
    show("int -= float", v);
    v = 3;
    v |= 4; v &= 6; v ^= 1;
    show("bit compound", v);
    x = 5;
    x = x++ + ++x;
    show("x++ + ++x", x);
    x = 2;
    x += x *= 3;
    show("x += x *= 3", x);
    x = 10;
    show("x -= -x", x -= -x);
    x = 17;
    show("compound value chain", ({ x %= 5, x <<= 2, x >>= 1 }));
    show("MAX_INT++ wraps", ({ x = MAX_INT, x++, x }));
    show("MIN_INT-- wraps", ({ x = -MAX_INT - 1, x--, x }));
    show("int * int wrap", 3037000500 * 3037000500);
    x = 3037000500;
    show("int * int wrap var", x * x);
    show("unary minus chain", ({ - -one, -(-one), ~-one, -~one }));
    x = 255;
    show("char arithmetic", ({ 'a' + 1, 'z' - 'a', "abc"[1] + 0 }));
    done();
}
