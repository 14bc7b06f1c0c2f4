// Array and mapping operators where 2.7 has its own rules:
// - `a &= b` keeps the elements of b that are in a (duplicates of b), so it
//   is b & a, not a & b;
// - `a & b` of two non-empty arrays is an array of its own even when empty,
//   so it is not == ({ }); other empty results are the shared empty array;
// - indexing a missing mapping key further as an lvalue adds the key (as 0)
//   before the next step fails;
// - unique_mapping calls its function from the last element to the first
//   and lists each group in that order.
#include <conform.h>

mixed *seen = ({ });
mixed note(mixed x) { seen += ({ x }); return x % 2; }

void create() {
    mixed a, b, c, m, e, r;

    a = ({ 1, 2, 2, 3 }); b = ({ 2, 2, 2, 5, 3 });
    show("a & b", a & b);
    show("b & a", b & a);
    c = a; c &= b;
    show("a &= b", c);
    c = b; c &= a;
    show("b &= a", c);
    a = ({ 9, -4, -2, 2 }); b = ({ -4, 9, 6, 9, 0 });
    c = a; c &= b;
    show("&= with duplicates on the right", ({ c, a & b }));
    c = a; c |= b;
    show("|= appends what is new", c);
    a = ({ 4, 4, 4 }); c = a; c &= ({ 4 });
    show("&= one element", c);
    c = ({ 1, 2 }); c &= ({ });
    show("&= empty", c);
    a = ({ "x", "y", "x" }); c = a; c &= ({ "x" });
    show("&= strings", c);

    a = ({ 1, 2 }); b = ({ 3, 4 });
    c = a & b;
    show("disjoint & is not ({ })", ({ c, c == ({ }) }));
    c = a; c &= b;
    show("disjoint &= is not ({ })", ({ c, c == ({ }) }));
    c = a & ({ }); r = ({ }) & a;
    show("& with an empty side is ({ })", ({ c == ({ }), r == ({ }) }));
    c = a - a;
    show("a - a is ({ })", c == ({ }));
    c = a - ({ 1, 2, 3 });
    show("a - superset is ({ })", c == ({ }));
    show("empty range is ({ })", (a[1..0]) == ({ }));
    show("range past the end is ({ })", (a[5..]) == ({ }));
    show("filter to nothing is ({ })", filter(a, (: 0 :)) == ({ }));
    show("map of ({ }) is ({ })", map(({ }), (: $1 :)) == ({ }));
    show("allocate(0) is ({ })", allocate(0) == ({ }));
    show("explode to nothing is ({ })", explode(",,", ",") == ({ }));
    show("keys of ([ ]) is ({ })", keys(([ ])) == ({ }));
    show("sort of ({ }) is ({ })", sort_array(({ }), 1) == ({ }));
    show("restored ({}) is ({ })", restore_variable("({})") == ({ }));
    c = ({ }) + ({ });
    show("({ }) + ({ }) is ({ })", c == ({ }));
    show("unique_array skipping all is ({ })", unique_array(({ 1, 1 }), (: $1 :), 1) == ({ }));
    show("([ ]) is never ([ ])", ([ ]) == ([ ]));

    m = ([ ]);
    e = catch(m["c"][1] = 2);
    show("m[k][i] = v with no m[k]", ({ caught(e), m }));
    m = ([ ]);
    e = catch(m["c"]["d"] += 1);
    show("m[k][j] += v with no m[k]", ({ caught(e), m }));
    m = ([ ]);
    e = catch(m["c"][0]++);
    show("m[k][i]++ with no m[k]", ({ caught(e), m }));
    m = ([ ]);
    e = catch(m["c"][0..1] = ({ 1 }));
    show("m[k][i..j] = v with no m[k]", ({ caught(e), m }));
    m = ([ ]);
    a = ({ m });
    e = catch(a[0]["z"]["y"] = 1);
    show("through an array", ({ caught(e), m }));
    m = ([ "a": ([ ]) ]);
    e = catch(m["a"]["b"]["c"] = 1);
    show("two levels down", ({ caught(e), m }));
    m = ([ ]);
    e = catch(r = m["c"][1]);
    show("reading adds nothing", ({ caught(e), m }));
    m = ([ ]);
    e = catch(m["c"] = m["d"][0]);
    show("failing right side adds nothing", ({ caught(e), m }));
    m = ([ "a": ([ ]) ]);
    m["a"]["b"] = 1;
    show("existing inner mapping", m);
    m = ([ ]);
    e = catch(m["c"] += "s");
    show("m[k] += string with no m[k]", ({ caught(e), m }));

    a = ({ 1, 2, 3, 4, 5, 6, 7 });
    seen = ({ });
    r = unique_mapping(a, "note");
    show("unique_mapping groups", r);
    show("unique_mapping call order", seen);
    show("unique_mapping by first letter",
         unique_mapping(({ "apple", "avocado", "banana", "apricot", "blueberry" }), (: $1[0..0] :)));
    show("unique_mapping with extra argument",
         unique_mapping(({ 1, 2, 3, 4, 5, 6 }), (: $1 % $2 :), 3));
    show("unique_mapping of ({ })", unique_mapping(({ }), (: $1 :)));
    show("unique_array keeps order",
         unique_array(({ "apple", "avocado", "banana", "apricot", "blueberry" }), (: $1[0..0] :)));
    done();
}
