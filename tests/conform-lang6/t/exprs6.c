#include <conform.h>

int calls;
string trace = "";

int t(string tag, int v) { trace += tag; calls++; return v; }
mixed id(mixed v) { return v; }
mixed *arr() { return ({ 1, 2, 3 }); }
mapping mkmap() { return ([ 1: 2, 3: 4 ]); }
string str() { return "abcd"; }
void nothing() { }
mixed nothing2() { }

varargs int va(int a, int b, int c) {
    return (undefinedp(b) ? 1 : 0) + (undefinedp(c) ? 2 : 0) + (undefinedp(a) ? 4 : 0);
}
varargs mixed va_val(int a, mixed b) { return b; }

void create() {
    mixed a, b, c, x, y;
    int i, j;
    mapping m;

    a = b = c = 5;
    show("chain assign", ({ a, b, c }));
    a = (b = 3) + (c = 4);
    show("assign values", ({ a, b, c }));
    x = (a = "s") + (b = 2);
    show("assign expr mixed", x);
    i = (j = 7, j + 1);
    show("comma value", ({ i, j }));
    i = 0;
    for (a = 0, b = 10; a < b; a++, b--) i++;
    show("comma for", ({ i, a, b }));
    show("ternary mixed int", 1 ? 2 : "x");
    show("ternary mixed str", 0 ? 2 : "x");
    show("ternary nested", ({ 1 ? 0 ? "a" : "b" : "c", 0 ? "a" : 1 ? "b" : "c" }));
    show("ternary array", sizeof(1 ? ({ 1, 2 }) : ([ ])));
    show("ternary assign", (i = 0) ? "yes" : "no");
    a = ({ 1, 2 });
    b = a ? a : 0;
    show("ternary ref", a == b);
    trace = "";
    x = t("a", 0) && t("b", 1);
    show("and short", ({ x, trace }));
    trace = "";
    x = t("a", 2) && t("b", 3);
    show("and both", ({ x, trace }));
    trace = "";
    x = t("a", 0) || t("b", 0) || t("c", 7) || t("d", 1);
    show("or chain", ({ x, trace }));
    trace = "";
    x = (t("a", 1) || t("b", 1)) && (t("c", 0) || t("d", 4));
    show("mixed chain", ({ x, trace }));
    x = "str" && ({ });
    show("and value nonint", x);
    x = 0 || "str";
    show("or value nonint", x);
    x = ({ 1 }) || 5;
    show("or value array", x);
    trace = "";
    x = !t("a", 0) ? t("b", 5) : t("c", 6);
    show("not ternary", ({ x, trace }));
    m = ([ ]);
    m["a"] = ([ ]);
    m["a"]["b"]++;
    m["a"]["b"]++;
    m["a"]["c"] += 5;
    m["a"]["d"] -= 2;
    show("nested map inc", m);
    m = ([ "x": ({ 1, 2 }) ]);
    m["x"][1]++;
    m["x"][0] += 10;
    show("map array inc", m);
    m = ([ "k": ([ "j": ({ 0, ([ "z": 1 ]) }) ]) ]);
    m["k"]["j"][1]["z"] *= 9;
    m["k"]["j"][0]--;
    show("deep inc", m);
    i = m["k"]["j"][1]["z"]++;
    show("post inc value", ({ i, m["k"]["j"][1]["z"] }));
    i = ++m["k"]["j"][1]["z"];
    show("pre inc value", i);
    m = ([ ]);
    m["new"]++;
    show("inc missing key", m);
    show("sizeof fn", ({ sizeof(arr()), sizeof(mkmap()), sizeof(str()), sizeof(id(0)), sizeof(id(7)) }));
    show("typeof fn", ({ typeof(arr()), typeof(mkmap()), typeof(str()), typeof(id(1.5)), typeof(nothing2()) }));
    show("nothing2 undefinedp", undefinedp(nothing2()));
    show("varargs", ({ va(1), va(1, 2), va(1, 2, 3), va(1, 0), va(1, 0, 0) }));
    show("varargs val", va_val(1));
    show("undefinedp map miss", ({ undefinedp(([ ])["x"]), undefinedp(([ "x": 0 ])["x"]) }));
    x = ([ ])["x"];
    show("undefinedp after assign", undefinedp(x));
    show("undefinedp of 0", undefinedp(0));
    i = 3;
    i += i++ ;
    show("i += i++", i);
    a = ({ 0, 0, 0 });
    i = 0;
    a[i++] = i;
    show("a[i++] = i", ({ a, i }));
    x = 5;
    x += x -= 2;
    show("x += x -= 2", x);
    i = 10;
    show("neg unary", ({ -i, - -i, ~i, !i, !!i }));
    show("int overflow wrap", 2147483647 + 1 > 0);
    done();
}
