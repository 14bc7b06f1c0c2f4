// Mapping literals, lookup, insertion, deletion, + and -, iteration.
#include <test.h>

void test_basic() {
    mapping m = ([ "a": 1, "b": 2, ]);
    expect(m["a"], 1, "lookup");
    expect(m["zz"], 0, "missing key reads 0");
    expect(undefinedp(m["zz"]), 1, "missing key is undefined");
    expect(undefinedp(m["a"]), 0, "present key is defined");
    m["c"] = 3;
    expect(sizeof(m), 3, "insert");
    map_delete(m, "a");
    expect(sizeof(m), 2, "map_delete");
    expect(sort_array(keys(m), 1), ({ "b", "c" }), "keys");
    expect(sort_array(values(m), 1), ({ 2, 3 }), "values");
    m["b"] += 10;
    expect(m["b"], 12, "+= on a mapping value");
    m["new"]++;
    expect(m["new"], 1, "++ on a missing key inserts");
}

void test_keys_kinds() {
    mapping m = ([ ]);
    object o = this_object();
    m[1] = "one"; m[1.5] = "float"; m[o] = "object"; m["1"] = "string";
    expect(m[1], "one", "int key");
    expect(m[1.5], "float", "float key");
    expect(m[o], "object", "object key");
    expect(m["1"], "string", "string key distinct from int");
    int *arr = ({ 1 });
    m[arr] = "array";
    expect(m[arr], "array", "array key by identity");
    expect(m[({ 1 })], 0, "another array is another key");
}

void test_add_sub() {
    mapping a = ([ "x": 1, "y": 2 ]), b = ([ "y": 20, "z": 30 ]);
    mapping c = a + b;
    expect(c, ([ "x": 1, "y": 20, "z": 30 ]), "+ right side wins");
    expect(a, ([ "x": 1, "y": 2 ]), "+ leaves operands");
    a += ([ "w": 0 ]);
    expect(sizeof(a), 3, "+=");
    mapping d = a;
    d["shared"] = 1;
    expect(a["shared"], 1, "assignment shares");
}

void test_nested() {
    mapping m = ([ "list": ({ 1, 2 }), "sub": ([ "k": "v" ]) ]);
    m["list"] += ({ 3 });
    m["sub"]["k2"] = "v2";
    expect(m["list"], ({ 1, 2, 3 }), "nested array +=");
    expect(m["sub"], ([ "k": "v", "k2": "v2" ]), "nested store");
}

void test_iteration() {
    mapping m = ([ "a": 1, "b": 2, "c": 3 ]);
    int sum = 0;
    string ks = "";
    foreach (string k, int v in m) { sum += v; ks += k; }
    expect(sum, 6, "foreach k, v sums values");
    expect(sort_array(explode(ks, ""), 1), ({ "a", "b", "c" }), "foreach k, v keys");
}

void test_big() {
    mapping m = ([ ]);
    for (int i = 0; i < 40000; i++) m["key" + i] = i;
    expect(sizeof(m), 40000, "40000 string keys");
    expect(m["key39999"], 39999, "lookup in a big mapping");
}

void test_delete_reuse() {
    mapping m = ([ ]), c;
    for (int i = 0; i < 1000; i++) m[i] = i;
    for (int i = 0; i < 1000; i += 2) map_delete(m, i);
    expect(sizeof(m), 500, "half deleted");
    c = copy(m);
    for (int i = 0; i < 1000; i += 2) m["s" + i] = i;
    expect(sizeof(m), 1000, "freed slots reused");
    expect(m[999], 999, "old keys kept");
    expect(m["s998"], 998, "new keys found");
    expect(undefinedp(m[998]), 1, "deleted key stays gone");
    expect(sizeof(c), 500, "a copy is independent");
    int n = 0;
    foreach (mixed k, mixed v in m) n++;
    expect(n, 1000, "iteration skips freed slots");
}

void test_self_grow() {
    mapping m = ([ ]), add = ([ ]);
    for (int i = 0; i < 100; i++) add[i] = i;
    m["self"] = m;
    m["self"] += add;
    expect(sizeof(m), 101, "m[k] += ... growing m through itself");
    expect(m["self"] == m, 1, "still the same mapping");
    map_delete(m, "self");
}
