// Array operators: + - & | with duplicates and their result order,
// equality is identity, arrays in arrays, += aliasing, sizeof.
#include <conform.h>

void create() {
    mixed *a = ({ 1, 2, 2, 3, "x", 3, 1 }), *b = ({ 3, 1, 4, 1 }), *c, *d;
    mixed e, ma = a, mb = b, one = 1, str = "s";

    show("a + b", a + b);
    show("a - b", a - b);
    show("b - a", b - a);
    show("a - ({})", a - ({ }));
    show("({}) & a", ({ }) & a);
    show("a ^ b", caught(catch(e = ma ^ mb)));
    c = ({ ({ 1 }), ({ 1 }) });
    show("arrays of arrays minus equal-looking", sizeof(c - ({ ({ 1 }) })));
    d = c[0];
    show("minus the same array", sizeof(c - ({ d })));
    show("float members", ({ 1.5, 2, 2.0 }) - ({ 2 }));
    show("string members", ({ "a", "b", "a" }) - ({ "a" }));
    show("0 in arrays", ({ 0, 1, 0 }) & ({ 0 }));
    show("== is identity", ({ a == a, a == a + ({ }), ({ }) == ({ }) }));
    c = a;
    c += ({ 9 });
    show("+= makes a new array", ({ sizeof(a), sizeof(c) }));
    c = a;
    c[0] = 100;
    show("element assignment is shared", a[0]);
    a[0] = 1;
    c = a;
    c -= ({ 1 });
    show("-= does not change the original", ({ sizeof(a), sizeof(c) }));
    show("array + non-array errors", caught(catch(e = ma + one)));
    show("array - non-array errors", caught(catch(e = ma - one)));
    show("array + string", caught(catch(e = ma + str)));
    show("string + array", caught(catch(e = str + ma)));
    show("sizeof array", sizeof(a));
    show("allocate contents", allocate(3));
    show("allocate 0", allocate(0));
    show("allocate negative", caught(catch(e = allocate(-1))));
    show("member_array", ({ member_array(3, a), member_array(3, a, 4), member_array(42, a) }));
    show("member_array string char", member_array('c', "abcabc"));
    show("arrays compare by <", caught(catch(e = ma < mb)));
    show("unique by sort", sort_array(a - ({ "x" }), 1));
    show("sort_array strings", sort_array(({ "b", "B", "a", "10", "9" }), 1));
    show("sort_array reverse", sort_array(({ 3, 1, 2 }), -1));
    show("sort mixed int float", catch(e = sort_array(({ 3, 1.5, 2, 0.5 }), 1)));
    show("filter", filter(({ 1, 2, 3, 4 }), (: $1 % 2 :)));
    show("map", map(({ 1, 2, 3 }), (: $1 * $1 :)));
    show("map with extra arg", map(({ 1, 2, 3 }), (: $1 + $2 :), 10));
    show("implode ints errors", caught(catch(e = implode(({ 1, 2 }), ","))));
    show("implode mixed skip", implode(({ "a", 0, "b" }), ","));
    show("array literal trailing comma", ({ 1, 2, }));
    show("nested literal", ({ ({ }), ({ ({ }) }) }));
    done();
}
