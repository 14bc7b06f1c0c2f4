// foreach over arrays, strings and mappings, modifying the collection
// during the loop, ref loop variables, break/continue, nesting.
#include <conform.h>

void create() {
    mixed *a = ({ 1, 2, 3 }), *seen = ({ });
    mapping m = ([ "a": 1, "b": 2, "c": 3 ]);
    string s = "hey", r = "";
    int n = 0;
    mixed z;

    foreach (int c in s) seen += ({ c });
    show("foreach string gives ints", seen);
    seen = ({ });
    foreach (int x in a) {
        a += ({ x * 10 });
        seen += ({ x });
    }
    show("appending during array foreach", ({ seen, a }));
    a = ({ 1, 2, 3 });
    seen = ({ });
    foreach (int x in a) {
        a[2] = 99;
        seen += ({ x });
    }
    show("element change during foreach seen", seen);
    seen = ({ });
    foreach (string k, int v in m) {
        n += v;
        seen += ({ k });
    }
    show("sum of mapping values", n);
    show("mapping keys seen", sort_array(seen, 1));
    seen = ({ });
    foreach (string k, int v in m) {
        m[k + k] = v;
        seen += ({ k });
    }
    show("adding keys during mapping foreach: count seen", sizeof(seen));
    m = ([ "a": 1, "b": 2, "c": 3 ]);
    n = 0;
    foreach (string k, int v in m) {
        map_delete(m, "a"); map_delete(m, "b"); map_delete(m, "c");
        n++;
    }
    show("deleting during mapping foreach: iterations", n);
    a = ({ 1, 2, 3 });
    foreach (int ref x in a) x *= 2;
    show("ref loop variable", a);
    m = ([ "a": 1, "b": 2 ]);
    foreach (string k, int ref v in m) v += 100;
    show("ref value in mapping loop", m);
    seen = ({ });
    foreach (int x in ({ 1, 2, 3, 4, 5, 6 })) {
        if (x == 2) continue;
        if (x == 5) break;
        seen += ({ x });
    }
    show("break and continue", seen);
    seen = ({ });
    foreach (int x in ({ 1, 2 }))
        foreach (int y in ({ 10, 20 }))
            seen += ({ x + y });
    show("nested foreach", seen);
    n = 0;
    foreach (mixed x in ({ })) n++;
    show("empty array", n);
    foreach (int c in "") n++;
    show("empty string", n);
    show("single var over empty mapping", catch { foreach (mixed x in ([ ])) n++; });
    show("foreach over 0 errors", caught(catch { z = 0; foreach (mixed x in z) n++; }));
    show("foreach over int errors", caught(catch { z = 5; foreach (mixed x in z) n++; }));
    m = ([ "k": 1 ]);
    seen = ({ });
    show("single var over mapping", catch { foreach (mixed x in m) seen += ({ x }); });
    r = "";
    foreach (string w in explode("a b c", " ")) r = w + r;
    show("reverse words", r);
    a = ({ ({ 1, 2 }), ({ 3, 4 }) });
    seen = ({ });
    foreach (mixed *pair in a) seen += ({ pair[0] * pair[1] });
    show("array of arrays", seen);
    n = 0;
    foreach (int x in a = ({ 5, 6 })) n += x;
    show("assignment as collection", n);
    done();
}
