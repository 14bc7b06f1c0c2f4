// Mapping efuns: keys/values agreement, map_delete, allocate_mapping
// forms, mapping arithmetic, nested mappings, undefinedp on lookups, and
// mappings with odd key types.
#include <conform.h>

void create() {
    mapping m = ([ "one": 1, "two": 2, "three": 3 ]), m2, m3;
    mixed *ks, *vs;
    int i, ok;

    ks = keys(m);
    vs = values(m);
    ok = 1;
    for (i = 0; i < sizeof(ks); i++)
        if (m[ks[i]] != vs[i]) ok = 0;
    check("keys and values line up", ok);
    show("keys sorted", sort_array(keys(m), 1));
    show("values sorted", sort_array(values(m), 1));
    show("map_delete returns", map_delete(m, "two"));
    show("after map_delete", m);
    map_delete(m, "absent");
    show("map_delete of missing key", m);
    m2 = allocate_mapping(10);
    show("allocate_mapping(n)", m2);
    show("sizeof allocate_mapping(n)", sizeof(m2));
    m2 = allocate_mapping(({ "a", "b" }), ({ 1, 2 }));
    show("allocate_mapping(keys, values)", m2);
    m2 = allocate_mapping(({ "a", "b" }), 7);
    show("allocate_mapping(keys, value)", m2);
    m2 = allocate_mapping(({ "a", "b" }), (: $1 + "!" :));
    show("allocate_mapping(keys, function)", m2);
    show("allocate_mapping mismatched sizes", caught(catch(allocate_mapping(({ 1, 2 }), ({ 1 })))));
    m2 = ([ 1: "x", "1": "y", 1.5: "z" ]);
    show("mixed key types", ({ m2[1], m2["1"], m2[1.5], sizeof(m2) }));
    m3 = ([ ]);
    m3[({ 1 })] = "arr";
    show("array key is by identity", m3[({ 1 })]);
    m3 = ([ this_object(): "me" ]);
    show("object key", m3[this_object()]);
    show("missing key gives 0", m["nothing"]);
    show("undefinedp missing", undefinedp(m["nothing"]));
    m["zero"] = 0;
    show("undefinedp of stored 0", undefinedp(m["zero"]));
    show("member by mapp", ({ mapp(m), mapp(({ })), mapp(0) }));
    m2 = ([ "a": 1, "b": 2 ]) + ([ "b": 20, "c": 30 ]);
    show("mapping + (right wins)", m2);
    m2 = ([ "a": 1 ]);
    m2 += ([ "z": 26 ]);
    show("mapping +=", m2);
    m2 = ([ "a": ([ "b": ([ "c": 1 ]) ]) ]);
    m2["a"]["b"]["d"] = 2;
    show("nested mapping assignment", m2);
    m2 = ([ ]);
    m2["n"]++;
    m2["n"] += 5;
    show("increment missing key", m2);
    m2 = ([ "x": ({ }) ]);
    m2["x"] += ({ 1 });
    m2["x"] += ({ 2 });
    show("array in mapping +=", m2);
    m2 = ([ "a": 1, "b": 2, "c": 3 ]);
    ks = ({ });
    foreach (string k, int v in m2) ks += ({ k + "=" + v });
    show("foreach k, v (sorted)", sort_array(ks, 1));
    m2 = ([ "a": 1 ]);
    m3 = m2;
    m3["b"] = 2;
    show("mappings are shared by reference", m2);
    m3 = copy(m2);
    m3["c"] = 3;
    show("copy is independent", ({ m2, m3 }));
    show("keys of empty", keys(([ ])));
    show("values of empty", values(([ ])));
    show("mapping equality is identity", ([ "a": 1 ]) == ([ "a": 1 ]));
    m2 = ([ "k": 1 ]);
    map_delete(m2, "k");
    show("delete last key", ({ m2, sizeof(m2) }));
    m2 = ([ 0: "zero" ]);
    show("key 0", ({ m2[0], sizeof(m2) }));
    m2 = ([ "a": 1, "b": 2 ]);
    show("filter_mapping", filter_mapping(m2, (: $2 == 2 :)));
    show("map_mapping", map_mapping(m2, (: $2 + 1 :)));
    show("mapping in array equality", member_array(m2, ({ m2 })));
    done();
}
