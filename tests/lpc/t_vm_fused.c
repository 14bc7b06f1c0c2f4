// The fused instructions the code generator emits for common shapes
// (x += e on a local, e OP k, local OP k jumps, counted for loops,
// local[k] = v): their int fast paths and their other-type fallbacks.
#include <test.h>

void test_add_eq_local() {
    int n = 5;
    float f = 1.5;
    string s = "a";
    mixed *a = ({ 1 });
    mapping m = ([ 1: 2 ]);
    n += 3;
    expect(n, 8, "int += int");
    f += 1;
    expect(f, 2.5, "float += int");
    s += "b";
    s += 3;
    expect(s, "ab3", "string += string, int");
    a += ({ 2 });
    expect(a, ({ 1, 2 }), "array +=");
    m += ([ 3: 4 ]);
    expect(m, ([ 1: 2, 3: 4 ]), "mapping +=");
    n = 1;
    n += (n = 10);
    expect(n, 20, "+= reads the local after the right side");
    expect_error(catch { mixed x = ({ }); x += 1; }, "", "bad += errors");
}

void test_binop_int8() {
    int x = 10;
    mixed s = "k", f = 2.5;
    expect(x + 5, 15, "add");
    expect(x - 12, -2, "sub");
    expect(x * -3, -30, "mul");
    expect(x & 7, 2, "and");
    expect(s + 7, "k7", "string + int");
    expect(f * 2, 5.0, "float * int");
    expect(f - 1, 1.5, "float - int");
    expect(0x7fffffffffffffff + 1, -0x7fffffffffffffff - 1, "add wraps");
    expect_error(catch(({ 1 }) & 1), "", "array & int errors");
}

void test_cmp_local_jump() {
    int i = 3, hits = 0;
    float f = 2.5;
    mixed s = "x";
    if (i < 4) hits++;
    if (i <= 3) hits++;
    if (i > 2) hits++;
    if (i >= 3) hits++;
    if (i == 3) hits++;
    if (i != 4) hits++;
    if (!(i < 3)) hits++;
    expect(hits, 7, "int compares");
    expect(f < 3 ? 1 : 0, 1, "float < int");
    expect(f > 2 ? 1 : 0, 1, "float > int");
    expect(f == 2 ? 1 : 0, 0, "float == int");
    expect(s == 0 ? 1 : 0, 0, "string == 0");
    expect(s != 0 ? 1 : 0, 1, "string != 0");
    expect_error(catch { if (s < 3) hits++; }, "", "string < int errors");
}

void test_counted_for() {
    int sum = 0, i;
    float f;
    mixed *seen = ({ });
    for (i = 0; i < 5; i++) sum += i;
    expect(sum, 10, "i < k");
    expect(i, 5, "counter after the loop");
    for (i = 7; i < 5; i++) sum = -1;
    expect(sum, 10, "no iteration when false on entry");
    expect(i, 7, "counter untouched");
    for (i = 1; i <= 3; ++i) seen += ({ i });
    expect(seen, ({ 1, 2, 3 }), "i <= k, ++i");
    seen = ({ });
    for (f = 0.5; f < 3; f++) seen += ({ f });
    expect(seen, ({ 0.5, 1.5, 2.5 }), "float counter");
    sum = 0;
    for (i = 0; i < 10; i++) {
        if (i == 2) continue;
        if (i == 5) break;
        sum += i;
    }
    expect(sum, 1 + 3 + 4, "continue and break");
    sum = 0;
    for (i = 0; i < 3; i++) for (int j = 0; j < 3; j++) sum++;
    expect(sum, 9, "nested");
}

void test_set_index_local() {
    mapping m = ([ ]);
    int *a = ({ 0, 0, 0 });
    string s = "abc";
    mixed z;
    for (int i = 0; i < 3; i++) m[i * 7] = i;
    expect(m, ([ 0: 0, 7: 1, 14: 2 ]), "mapping store");
    m["x"] = "y";
    m[7] = 1.5;
    expect(m["x"], "y", "string key");
    expect(m[7], 1.5, "overwrite");
    a[1] = 5;
    a[2] = "q";
    expect(a, ({ 0, 5, "q" }), "array store");
    s[1] = 'X';
    expect(s, "aXc", "string char store");
    expect_error(catch { a[3] = 1; }, "out of bounds", "array index too big");
    expect_error(catch { a[-1] = 1; }, "out of bounds", "negative index");
    expect_error(catch { a["k"] = 1; }, "", "string index on an array");
    expect_error(catch { z[1] = 1; }, "zero", "indexing 0");
}

mapping gm;
mixed *ga;

int bump() { gm = 0; return 1; }

void test_index_var() {
    mapping m = ([ "a": 1, 2: "two" ]);
    mixed *a = ({ 10, this_object(), 30 });
    string s = "abc";
    mixed z;
    int i = 2;
    gm = ([ "g": 5 ]);
    ga = ({ 7, 8 });
    expect(m["a"], 1, "local mapping, string key");
    expect(m[i], "two", "local mapping, int key from a local");
    expect(undefinedp(m["none"]), 1, "missing key is undefined");
    expect(a[i], 30, "local array");
    expect(a[1], this_object(), "object element");
    expect(s[1], 'b', "local string");
    expect(gm["g"], 5, "global mapping");
    expect(ga[1], 8, "global array");
    expect(m[m["a"] + 1], "two", "key read from the container itself");
    expect_error(catch(z[1]), "zero", "indexing 0");
    expect_error(catch(a[3]), "out of bounds", "array index too big");
    expect_error(catch(a["k"]), "", "string index on an array");
    expect(gm[bump()], 0, "a key with effects is evaluated after the container");
}

void test_set_index_global() {
    gm = ([ ]);
    ga = ({ 0, 0 });
    for (int i = 0; i < 3; i++) gm["k" + i] = i;
    expect(gm, ([ "k0": 0, "k1": 1, "k2": 2 ]), "global mapping store");
    ga[1] = "x";
    expect(ga, ({ 0, "x" }), "global array store");
    expect_error(catch { ga[2] = 1; }, "out of bounds", "global array index too big");
    gm = 0;
    expect_error(catch { gm[1] = 1; }, "zero", "global 0 indexed");
}

void test_index_update() {
    mapping m = ([ "s": "a", "f": 1.5 ]);
    int *a = ({ 1, 2, 3 });
    mixed z;
    int i = 0;
    for (int j = 0; j < 10; j++) m[j & 3] += 1;
    expect(m[0], 3, "+= counts");
    expect(m[3], 2, "+= on missing keys inserts 0 first");
    m["n"]++;
    m["n"]++;
    m["d"]--;
    expect(m["n"], 2, "++ on a missing key");
    expect(m["d"], -1, "-- on a missing key");
    m["s"] += "b";
    m["s"] += 5;
    expect(m["s"], "ab5", "+= on a string value");
    m["f"] += 1;
    m["f"]++;
    expect(m["f"], 3.5, "+= and ++ on a float value");
    m[0] -= 5;
    m[0] *= 2;
    m[0] |= 1;
    expect(m[0], -3, "-=, *=, |=");
    a[i++] += 10;
    a[2]--;
    expect(a, ({ 11, 2, 2 }), "array elements");
    expect(i, 1, "the key is evaluated once");
    gm = ([ ]);
    ga = ({ 0 });
    gm["x"]++;
    gm["x"] += 4;
    ga[0] += 7;
    ga[0]--;
    expect(gm["x"], 5, "global mapping");
    expect(ga[0], 6, "global array");
    m["big"] = 0x7fffffffffffffff;
    m["big"]++;
    expect(m["big"], -0x7fffffffffffffff - 1, "++ wraps");
    expect_error(catch { m["s"]++; }, "non-numeric", "++ of a string");
    expect_error(catch { z[1] += 1; }, "zero", "indexing 0");
    expect_error(catch { z[1]++; }, "zero", "++ indexing 0");
    expect_error(catch { a[5] += 1; }, "out of bounds", "array index too big");
    expect_error(catch { m[0] += ({ }); }, "", "int += array errors");
}
