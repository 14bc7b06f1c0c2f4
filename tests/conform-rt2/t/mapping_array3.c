// mapping and array efuns/operators: key/value consistency, sharing, copy,
// string-named callbacks with extra args, ranges, set operators with duplicates.
#include <conform.h>
void create() {
  mapping m = ([ "b": 2, "a": 1, "c": 3 ]), m2;
  mixed *r = ({ });
  show("keys sorted", sort_array(keys(m), 1));
  show("values follow keys", ({ m[keys(m)[0]] == values(m)[0], m[keys(m)[2]] == values(m)[2] }));
  show("map_mapping keeps keys", map_mapping(m, (: $1 + $2 :)));
  show("filter_mapping string fn", filter_mapping(m, "odd", this_object()));
  show("map_delete returns", sizeof(map_delete(copy(m), "zz")));
  m2 = m; map_delete(m2, "a");
  show("mapping shared after delete", m);
  m2 = copy(m); m2["q"] = 1;
  show("copy independent", sizeof(m));
  show("m += mapping", (m2 = ([ 1: 1 ]), m2 += ([ 2: 2 ]), m2));
  show("mapping index assign creates", (m2 = ([ ]), m2["x"] += 5, m2));
  show("mapping of mappings assign", (m2 = ([ "a": ([ ]) ]), m2["a"]["b"] = 1, m2));
  show("mapping float key", ([ 1.5: "f" ])[1.5]);
  show("mapping object key", ([ this_object(): 1 ])[this_object()]);
  show("mapping 0 vs missing", ({ ([ "a": 0 ])["a"], undefinedp(([ "a": 0 ])["a"]), undefinedp(([ ])["a"]) }));
  show("sizeof after assign 0", (m2 = ([ "a": 1 ]), m2["a"] = 0, sizeof(m2)));
  show("unique_array fn name", unique_array(({ "aa", "b", "cc" }), "strlen_of", this_object()));
  show("sort_array extra arg", sort_array(({ 3, 1, 2 }), (: ($1 - $2) * $3 :), -1));
  show("filter string fn extra", filter(({ 1, 2, 3 }), "gt", this_object(), 1));
  show("map string array", map(({ "a", "b" }), (: upper_case :)));
  show("sum with foreach ref", (r = ({ 1, 2 }), r));
  show("array equality", ({ ({ 1 }) == ({ 1 }), r == r }));
  show("array range assign", (r = ({ 1, 2, 3, 4 }), r[1..2] = ({ 9 }), r));
  show("array negative range", ({ 1, 2, 3 })[<2..<1]);
  show("array range past", ({ 1, 2, 3 })[2..10]);
  show("array range empty", ({ 1, 2, 3 })[2..1]);
  show("array & with dup", ({ 1, 1, 2 }) & ({ 1 }));
  show("array | with dup", ({ 1, 1 }) | ({ 2, 2 }));
  done();
}
int odd(string k, int v) { return v % 2; }
int strlen_of(string s) { return strlen(s); }
int gt(int x, int y) { return x > y; }
