// Array literals, indexing, ranges, + - & |, sharing, element assignment.
#include <test.h>

void test_literals() {
    int *a = ({ 1, 2, 3, });
    expect(sizeof(a), 3, "trailing comma");
    expect(({ }), ({ }), "empty array");
    expect(({ ({ 1 }), ({ }) })[0][0], 1, "nested index");
    expect(a[<1], 3, "a[<1]");
    expect(a[1..], ({ 2, 3 }), "a[1..]");
    expect(a[0..<2], ({ 1, 2 }), "a[0..<2]");
    expect(a[5..9], ({ }), "range past the end");
    expect_error(catch(a[3]), "", "index out of bounds");
    expect_error(catch(a[-1]), "", "negative index");
}

void test_operators() {
    int *a = ({ 1, 2, 3, 2 });
    expect(a + ({ 4 }), ({ 1, 2, 3, 2, 4 }), "+");
    expect(a - ({ 2 }), ({ 1, 3 }), "- removes every match");
    expect(sort_array(a & ({ 2, 3, 9 }), 1), ({ 2, 2, 3 }), "& keeps the left side's matches");
    expect(({ 1, 2 }) | ({ 2, 3 }), ({ 1, 2, 3 }), "| union");
    a += ({ 5 });
    expect(sizeof(a), 5, "+=");
    a -= ({ 1 });
    expect(a, ({ 2, 3, 2, 5 }), "-=");
}

void test_sharing() {
    int *a = ({ 1, 2, 3 }), *b = a;
    b[0] = 100;
    expect(a[0], 100, "assignment shares");
    b = a + ({ });
    b[1] = 200;
    expect(a[1], 2, "a + ({}) copies");
    mixed *m = ({ ({ 1 }) });
    m[0][0] = 7;
    expect(m, ({ ({ 7 }) }), "nested element store");
    a[1..2] = ({ 9 });
    expect(a, ({ 100, 9 }), "range assignment");
    a[<1] = 8;
    expect(a, ({ 100, 8 }), "store from end");
    a[0]++;
    expect(a[0], 101, "++ on element");
    a[1] += 2;
    expect(a[1], 10, "+= on element");
}

void test_efuns() {
    expect(allocate(3), ({ 0, 0, 0 }), "allocate");
    expect(member_array(3, ({ 1, 2, 3 })), 2, "member_array");
    expect(member_array(9, ({ 1, 2, 3 })), -1, "member_array missing");
    expect(sizeof(({ 1, 2 }) + allocate(2)), 4, "sizeof");
    expect(pointerp(({ })), 1, "pointerp");
    expect(arrayp(0), 0, "arrayp 0");
}

void test_big() {
    int *a = allocate(70000);
    a[69999] = 1;
    expect(sizeof(a), 70000, "arrays past 65535 elements");
    int *b = ({ });
    for (int i = 0; i < 2000; i++) b += ({ i });
    expect(b[1999], 1999, "growing by +=");
}
