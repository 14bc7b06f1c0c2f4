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
