#include <conform.h>

int dbl(mixed k) { return sizeof(k) * 2; }

void create() {
    mapping m, n, inner, r;
    mixed e, k, v;
    int c;

    m = ([ "a": ([ "x": 1 ]), "b": ([ "y": 2 ]) ]);
    inner = m["a"];
    inner["x"] = 10;
    inner["z"] = 3;
    show("update through alias", m);
    m["a"]["w"] = 4;
    show("alias sees nested set", inner);
    n = m;
    n["c"] = ([ ]);
    show("shared outer", m);
    n = copy(m);
    n["a"]["x"] = 99;
    show("copy deep", m["a"]["x"]);
    m["a"] = ([ "q": 1 ]);
    show("alias after replace", inner);

    m = ([ ]);
    m["k"]++;
    show("++ on missing", m);
    m["j"] += 5;
    show("+= on missing", m);
    show("+= string on missing", caught(catch(m["s"] += "str")));
    m["d"]--;
    show("-- on missing", m["d"]);
    c = m["none"]++;
    show("post++ value on missing", c);
    c = ++m["none2"];
    show("pre++ value on missing", c);
    m = ([ ]);
    show("+= float on missing", caught(catch(m["f"] += 1.5)));
    m = ([ ]);
    show("+= array on missing", caught(catch(m["arr"] += ({ 1 }))));

    m = ([ ]);
    show("keys empty", keys(m));
    show("values empty", values(m));
    show("sizeof empty", sizeof(m));
    show("keys allocate_mapping", keys(allocate_mapping(10)));

    m = ([ 1: "a", 2: "b", 3: "c", 4: "d" ]);
    c = 0;
    foreach (k, v in m) {
        map_delete(m, k);
        c++;
    }
    show("delete while foreach count", c);
    show("delete while foreach left", m);
    m = ([ 1: 1, 2: 2, 3: 3 ]);
    c = 0;
    foreach (k, v in m) {
        m[k + 10] = v;
        c++;
    }
    show("add while foreach count", c);
    show("add while foreach size", sizeof(m));

    m = ([ "a": 1, "b": 2 ]);
    n = ([ "b": 20, "c": 30 ]);
    show("plus shared keys", m + n);
    show("plus shared keys rev", n + m);
    show("plus keeps left", m);
    r = m;
    r += n;
    show("+= alias target", m);
    show("+= result", r);

    m = ([ 1: 1, 2: 2, 3: 3, 4: 4 ]);
    map_delete(m, 2);
    map_delete(m, 9);
    show("sizeof after deletes", sizeof(m));
    map_delete(m, 1); map_delete(m, 3); map_delete(m, 4);
    show("sizeof after all deleted", sizeof(m));
    m[5] = 5;
    show("reuse after delete", m);
    m = ([ "x": 0 ]);
    show("sizeof with 0 value", sizeof(m));
    show("undefinedp on 0 value", undefinedp(m["x"]));
    show("undefinedp on missing", undefinedp(m["y"]));
    m = ([ 0: "zero" ]);
    show("key 0", m[0]);
    map_delete(m, 0);
    show("key 0 deleted", sizeof(m));

    m = ([ 1: 2 ]);
    n = m;
    show("== same mapping", m == n);
    show("== equal content", m == ([ 1: 2 ]));
    show("!= equal content", m != ([ 1: 2 ]));
    show("== empty", ([ ]) == ([ ]));

    show("allocate_mapping arrays", allocate_mapping(({ "a", "b" }), ({ 1, 2 })));
    show("allocate_mapping value", allocate_mapping(({ "a", "b" }), 7));
    show("allocate_mapping fn", allocate_mapping(({ "a", "bb" }), (: $1 + $1 :)));
    show("allocate_mapping string fn", allocate_mapping(({ ({ 1 }), ({ 1, 2 }) }), (: dbl :)));
    e = allocate_mapping(({ "a", "b" }), 0);
    show("allocate_mapping 0 value", e);
    show("allocate_mapping size mismatch", caught(catch(allocate_mapping(({ 1, 2 }), ({ 1 })))));
    k = "x";
    show("allocate_mapping bad", caught(catch(allocate_mapping(k))));
    show("allocate_mapping dup keys", allocate_mapping(({ 1, 1, 2 }), ({ "a", "b", "c" })));

    m = ([ ({ 1 }): "arr" ]);
    show("array key lookup new array", m[({ 1 })]);
    k = ({ 2 });
    m[k] = "k";
    show("array key lookup same", m[k]);
    m = ([ 1: "int", 1.0: "float" ]);
    show("int and float keys", sizeof(m));
    m = ([ "a": 1 ]);
    show("mapping index int on string keys", m[0]);
    show("nested missing", caught(catch(e = m["b"]["c"])));
    show("nested missing value", m["zz"]);
    done();
}
