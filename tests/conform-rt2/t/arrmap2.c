// sort_array/filter/map/unique_array with function pointers and extra args;
// mapping efuns (each, map_mapping, filter_mapping, keys/values consistency).
#include <conform.h>

int cmp(int a, int b) { return a - b; }
int rcmp(int a, int b) { return b - a; }
int is_even(int x) { return x % 2 == 0; }
int above(int x, int lim) { return x > lim; }
int add(int x, int y) { return x + y; }
string first(string s) { return s[0..0]; }

void create() {
    mixed *a = ({ 5, 3, 9, 1, 7 });
    mapping m = ([ "a": 1, "b": 2, "c": 3, "d": 4 ]);
    mixed *k, *v, r;
    int i, ok;
    show("sort asc", sort_array(a, 1));
    show("sort desc", sort_array(a, -1));
    show("sort default", sort_array(a, 0));
    show("sort fp", sort_array(a, (: cmp :)));
    show("sort fp rev", sort_array(a, (: rcmp :)));
    show("sort name", sort_array(a, "rcmp"));
    show("sort strings", sort_array(({ "b", "a", "C", "" }), 1));
    show("sort floats", sort_array(({ 2.5, -1.0, 0.5 }), 1));
    show("sort mixed", caught(catch(sort_array(({ 1, "a" }), 1))));
    show("sort arrays of arrays", sort_array(({ ({ 2 }), ({ 1 }) }), (: $1[0] - $2[0] :)));
    show("sort empty", sort_array(({ }), 1));
    show("original unchanged", a);
    show("filter fp", filter(a, (: is_even :)));
    show("filter extra", filter(a, (: above :), 4));
    show("filter name", filter(a, "above", this_object(), 6));
    show("filter anon", filter(a, (: $1 > $2 :), 5));
    show("filter_array", filter_array(a, (: $1 < 5 :)));
    show("filter mapping", filter(m, (: $2 > 2 :)));
    show("filter mapping key", filter(m, (: $1 < "c" :)));
    show("map fp", map(a, (: add :), 100));
    show("map name", map(a, "add", this_object(), 1));
    show("map anon", map(a, (: $1 * 2 :)));
    show("map_array", map_array(({ 1, 2 }), (: $1 + $2 :), 10));
    show("map mapping", map(m, (: $2 * 10 :)));
    show("map mapping key", map(m, (: $1 + $1 :)));
    show("map efun", map(({ "ab", "c" }), (: sizeof :)));
    show("map mapping extra", map_mapping(m, (: $2 + $3 :), 5));
    show("filter_mapping extra", filter_mapping(m, (: $2 == $3 :), 2));
    show("unique_array", unique_array(({ "apple", "avocado", "banana", "cherry", "blue" }), (: first :)));
    show("unique_array name", sizeof(unique_array(({ 1, 2, 3, 4 }), "is_even")));
    show("unique_array sep", unique_array(({ 1, 2, 3, 4, 5 }), (: $1 % 3 :)));
    show("unique_array empty", unique_array(({ }), (: $1 :)));
    k = keys(m); v = values(m);
    ok = 1;
    for (i = 0; i < sizeof(k); i++) if (m[k[i]] != v[i]) ok = 0;
    show("keys/values consistent", ok);
    show("sizes", ({ sizeof(k), sizeof(v), sizeof(m) }));
    r = ({ });
    foreach (string kk, int vv in m) r += ({ kk + vv });
    show("foreach pairs", sort_array(r, 1));
    show("member_array", ({ member_array(9, a), member_array(4, a), member_array("b", ({ "a", "b" })) }));
    show("member_array string char", member_array('c', "abc"));
    show("member_array start", member_array(1, ({ 1, 2, 1 }), 1));
    show("array ops", ({ ({ 1, 2, 3 }) - ({ 2 }), ({ 1, 2 }) + ({ 3 }), ({ 1, 2, 2, 3 }) & ({ 2, 3, 4 }), ({ 1, 2 }) | ({ 2, 3 }) }));
    show("array sub all", ({ 1, 1, 2 }) - ({ 1 }));
    show("mapping ops", ([ "a": 1 ]) + ([ "b": 2 ]));
    show("map_delete", map_delete(([ "a": 1, "b": 2 ]), "a"));
    show("mapping missing", ([ "a": 1 ])["z"]);
    show("undefinedp missing", undefinedp(([ "a": 1 ])["z"]));
    show("mapp", ({ mapp(m), mapp(a), arrayp(a), arrayp(m) }));
    show("allocate", ({ allocate(3), allocate(0) }));
    show("allocate neg", caught(catch(allocate(-1))));
    show("allocate_mapping", sizeof(allocate_mapping(10)));
    show("copy", copy(({ 1, ({ 2 }) })));
    show("commands of mapping", sort_array(keys(([ 1: 1, 2: 2, 3: 3 ])), 1));
    show("values sorted", sort_array(values(m), 1));
    show("mapping with array key", sizeof(([ ({ 1 }): 1 ])));
    show("map to zero", map(({ 1, 2 }), (: 0 :)));
    show("filter returns non-int", filter(({ 1, 2 }), (: "x" :)));
    show("sort_array stable-ish", sort_array(({ 3, 1, 2, 1 }), 1));
    show("reverse via sort", sort_array(({ "b", "a", "c" }), -1));
    show("nested map", map(({ ({ 1, 2 }), ({ 3 }) }), (: sizeof :)));
    show("map with string fn on obj", caught(catch(map(({ 1 }), "nosuch"))));
    show("filter with string fn", caught(catch(filter(({ 1 }), "nosuch", this_object()))));
    done();
}
