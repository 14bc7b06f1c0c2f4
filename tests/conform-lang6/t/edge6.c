#include <conform.h>

int g;
int nexts;
mixed id(mixed v) { return v; }
int next() { return nexts < 4 ? nexts++ : -1; }

mixed ret_in_foreach_catch() {
    mixed e;
    e = catch {
        foreach (int v in ({ 1, 2, 3 })) {
            if (v == 2) return "ret " + v;
        }
    };
    return "fell " + caught(e);
}

int side_effect_error() {
    g = 1;
    error("boom");
    g = 2;
}

string sw_neg(int n) {
    string r = "";
    switch (n) {
    case -2: r += "m2";
    default: r += "d";
    case 0: r += "z"; break;
    case -1: r += "m1";
    }
    return r;
}

string sw_many(string s) {
    switch (s) {
    case "alpha": return "1"; case "beta": return "2"; case "gamma": return "3";
    case "delta": return "4"; case "epsilon": return "5"; case "zeta": return "6";
    case "eta": return "7"; case "theta": return "8"; case "iota": return "9";
    case "kappa": return "10"; case "lambda": return "11"; case "mu": return "12";
    }
    return "none";
}

void create() {
    mixed x, y, e, a;
    string s;
    int i, j;
    mapping m;
    buffer b;

    show("ret in foreach catch", ret_in_foreach_catch());
    g = 0;
    e = catch(side_effect_error());
    show("side effect kept", ({ caught(e), g }));
    show("switch fallthrough", ({ sw_neg(-2), sw_neg(-1), sw_neg(0), sw_neg(5) }));
    show("switch many", ({ sw_many("alpha"), sw_many("mu"), sw_many("iota"), sw_many("x"), sw_many(id(0)) }));
    s = "abc";
    s[0] += 1;
    s[1]++;
    s[2] -= 2;
    show("string elem compound", s);
    s = "a";
    s[0] += 200;
    show("string elem high", ({ s[0], strlen(s) }));
    b = allocate_buffer(2);
    b[0] = 250;
    b[0] += 10;
    b[1]--;
    show("buffer elem compound", ({ b[0], b[1] }));
    m = ([ ]);
    e = catch(m["s"] += "x");
    show("map str += missing", caught(e));
    m = ([ "s": "" ]);
    m["s"] += "x";
    m["s"] += 1;
    show("map str +=", m);
    e = catch(m["a"] += ({ 1 }));
    show("map arr += missing", caught(e));
    m = ([ "a": ({ }) ]);
    m["a"] += ({ 1 });
    m["a"] += ({ 2 });
    show("map arr +=", m);
    a = ({ });
    for (i = 0; i < 4; i++) a += ({ i * i });
    show("arr += loop", a);
    a = ({ 1, 2 });
    x = a;
    a += ({ 3 });
    show("arr += copies", ({ x, a }));
    show("mixed eq", ({ id(1) == id("1"), 1 == 1.0, id(0) == id(({ })), "a" == "a", ({ }) == ({ }) }));
    e = catch(x = id(1) < id("a"));
    show("int < string", caught(e));
    e = catch(x = id(({ })) < id(({ })));
    show("array < array", caught(e));
    show("float int cmp", ({ 1 < 1.5, 2.0 > 1, 1.0 <= 1, 3 >= 3.5 }));
    i = 0;
    if ((x = id(5)) && x > 2) i = 1;
    show("assign in if", ({ i, x }));
    nexts = 0;
    s = "";
    while ((i = next()) != -1) s += i;
    show("assign in while", s);
    show("typeof undefined", typeof(([ ])[1]));
    show("sizeof class", sizeof(id(0)));
    x = ({ 1, ({ 2, 3 }) });
    y = x[1];
    y[0] = 9;
    show("nested alias", x);
    x = ({ 3, 1, 2 });
    show("array index neg computed", catch(y = x[id(-1)]) ? "error" : y);
    show("array < index", x[<id(1)]);
    show("array range neg", x[id(-5)..id(1)]);
    show("string == after build", ("a" + "b") == "ab");
    s = sprintf("%c%c", 'a', 200);
    show("sort high", sort_array(({ s, "ab", "a" + sprintf("%c", 127) }), 1));
    show("string compare high bytes", ({ sprintf("%c", 128) > sprintf("%c", 127), sprintf("%c", 255) > "a" }));
    i = 5;
    j = i++ + ++i;
    show("i++ + ++i", ({ j, i }));
    i = 1;
    x = ({ i++, i++, i++ });
    show("array literal order", x);
    i = 1;
    x = ([ i++: i++ ]);
    show("mapping literal order", x);
    i = 0;
    x = sprintf("%d %d %d", i++, i++, i++);
    show("call arg order", x);
    i = 10;
    i -= i - 3;
    show("i -= expr", i);
    x = 7;
    x = x++ + x;
    show("x = x++ + x", x);
    i = 3;
    i *= i += 2;
    show("i *= i += 2", i);
    x = "abc";
    x += x;
    show("s += s", x);
    x = ({ 1 });
    x += x;
    show("a += a", x);
    x = ({ 1, 2, 3, 2, 1 });
    x -= ({ 1 });
    show("a -= a", x);
    show("array & |", ({ ({ 1, 2, 3 }) & ({ 2, 3, 4 }), ({ 1, 2 }) | ({ 2, 3 }) }));
    show("int ops on -", ({ -7 / 2, -7 % 2, 7 % -2, -7 >> 1, 1 << 62 > 0 }));
    done();
}
