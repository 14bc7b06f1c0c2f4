// sort_array, filter, map, unique_array, unique_mapping and match_path.
#include <test.h>

int desc(int a, int b) { return b - a; }
int is_even(int x) { return x % 2 == 0; }
int above(int x, int limit) { return x > limit; }
int times(int x, int k) { return x * k; }
string first(string s) { return s[0..0]; }

void test_sort_builtin() {
    int *nums = ({ 5, 3, 9, 1, 7, 2 });
    expect(sort_array(nums, 1), ({ 1, 2, 3, 5, 7, 9 }), "ascending");
    expect(sort_array(nums, -1), ({ 9, 7, 5, 3, 2, 1 }), "descending");
    expect(sort_array(nums, 0), ({ 1, 2, 3, 5, 7, 9 }), "0 is ascending");
    expect(nums, ({ 5, 3, 9, 1, 7, 2 }), "original untouched");
    expect(sort_array(({ "pear", "fig", "apple" }), 1), ({ "apple", "fig", "pear" }), "strings");
    expect(sort_array(({ 2.5, -1.0, 0.5 }), 1), ({ -1.0, 0.5, 2.5 }), "floats");
    expect(sort_array(({ ({ 3, "c" }), ({ 1, "a" }), ({ 2, "b" }) }), 1),
           ({ ({ 1, "a" }), ({ 2, "b" }), ({ 3, "c" }) }), "arrays by first element");
    expect(sort_array(({ }), 1), ({ }), "empty");
    expect(sort_array(({ 4 }), 1), ({ 4 }), "one element");
    expect_error(catch(sort_array(({ 1, "a" }), 1)), "homogeneous", "mixed types");
    expect_error(catch(sort_array(({ ({ }), ({ 1 }) }), 1)), "empty array", "empty inner array");
}

void test_sort_callbacks() {
    int *nums = ({ 5, 3, 9, 1 });
    expect(sort_array(nums, "desc"), ({ 9, 5, 3, 1 }), "by name");
    expect(sort_array(nums, "desc", this_object()), ({ 9, 5, 3, 1 }), "by name and object");
    expect(sort_array(nums, (: $1 - $2 :)), ({ 1, 3, 5, 9 }), "by pointer");
    // not stable: equal keys end up where 2.7's quicksort puts them
    expect(sort_array(({ "bb", "a", "cc", "d", "ee" }), (: strlen($1) - strlen($2) :)),
           ({ "d", "a", "cc", "bb", "ee" }), "ties as in 2.7");
    expect(sort_array(({ 3, 1, 2 }), (: "x" :)), ({ 1, 3, 2 }), "non-int result is 0");
    expect_error(catch(sort_array(({ 2, 1 }), (: error("cmp") :))), "cmp", "error in callback");
}

void test_filter() {
    int *nums = ({ 5, 3, 9, 1, 7, 2 });
    expect(filter(nums, (: $1 > 4 :)), ({ 5, 9, 7 }), "pointer");
    expect(filter(nums, "is_even"), ({ 2 }), "name");
    expect(filter(nums, "above", this_object(), 4), ({ 5, 9, 7 }), "extra argument");
    expect(filter_array(nums, (: $1 < 3 :)), ({ 1, 2 }), "filter_array");
    expect(filter(({ }), (: 1 :)), ({ }), "empty");
    expect(filter("hello world", (: $1 != 'o' :)), "hell wrld", "string");
    expect(filter(([ "a": 1, "b": 2, "c": 3 ]), (: $2 != 2 :)), ([ "a": 1, "c": 3 ]), "mapping");
    expect(filter_mapping(([ "a": 1, "b": 2 ]), (: $1 == "b" :)), ([ "b": 2 ]), "filter_mapping");
    expect(filter(nums, "no_such_function"), ({ }), "missing function keeps nothing");
    expect_error(catch(filter(nums, "is_even", "/no/such/object")), "Bad argument", "bad object");
}

void test_map() {
    int *nums = ({ 1, 2, 3 });
    expect(map(nums, (: $1 * 10 :)), ({ 10, 20, 30 }), "pointer");
    expect(map(nums, "times", this_object(), 3), ({ 3, 6, 9 }), "name with extra");
    expect(map_array(({ "ab", "c" }), (: strlen :)), ({ 2, 1 }), "efun pointer");
    expect(map("abc", (: $1 + 1 :)), "bcd", "string");
    expect(map("abc", (: 0 :)), "abc", "string: 0 keeps the character");
    mapping m = ([ "a": 1, "b": 2 ]);
    expect(map(m, (: $2 * 100 :)), ([ "a": 100, "b": 200 ]), "mapping values");
    expect(map_mapping(m, (: $1 + $2 :)), ([ "a": "a1", "b": "b2" ]), "map_mapping key and value");
    expect(m, ([ "a": 1, "b": 2 ]), "mapping untouched");
    expect(map(({ }), (: $1 :)), ({ }), "empty");
}

void test_map_mutating_callback() {
    mapping m = ([ "a": 1, "b": 2, "c": 3 ]);
    // the callback changes the mapping being walked: the walk is unaffected
    expect(sizeof(filter(m, (: map_delete($(m), $1), 1 :))), 3, "filter walks a snapshot");
    expect(sizeof(m), 0, "deletions happened");
}

void test_unique() {
    mixed r = unique_array(({ "ant", "bee", "asp", "bat", "cow" }), (: first :));
    expect(r, ({ ({ "ant", "asp" }), ({ "bee", "bat" }), ({ "cow" }) }), "groups in order");
    expect(unique_array(({ 1, 2, 3, 4, 5, 6 }), (: $1 % 3 :)), ({ ({ 1, 4 }), ({ 2, 5 }) }), "skips 0");
    expect(unique_array(({ 1, 2, 3, 4, 5, 6 }), (: $1 % 3 :), 1), ({ ({ 2, 5 }), ({ 3, 6 }) }), "skip value");
    expect(unique_array(({ }), (: $1 :)), ({ }), "empty");
    expect(unique_array(({ 1, 2 }), "query_x"), ({ }), "name on non-objects");
    mapping u = unique_mapping(({ "apple", "avocado", "banana" }), (: $1[0..0] :));
    expect(u, ([ "a": ({ "avocado", "apple" }), "b": ({ "banana" }) ]), "unique_mapping (groups reversed, as in 2.7)");
}

void test_match_path() {
    mapping m = ([ "/": "root", "/u/": "users", "/u/leto/": "leto", "/d": "d-file" ]);
    expect(match_path(m, "/u/leto/x.c"), "leto", "longest prefix");
    expect(match_path(m, "/u//bob/x.c"), "users", "double slash");
    expect(match_path(m, "/std/x.c"), "root", "root");
    expect(match_path(m, "/d"), "d-file", "exact");
    expect(undefinedp(match_path(([ ]), "/x")), 1, "no match is undefined");
}
