// Array efuns on arrays, mappings and strings: member_array, sort_array
// (directions, functions, mixed), filter/map with extra args and strings
// naming functions, unique_array, and the results' independence.
#include <conform.h>

int is_even(int x) { return x % 2 == 0; }
int add(int x, int y) { return x + y; }
int gt(int x, int limit) { return x > limit; }
string first_letter(string s) { return s[0..0]; }
int by_len(string a, string b) { return strlen(a) - strlen(b); }

void create() {
    int *nums = ({ 5, 3, 8, 1, 9, 2 });
    string *strs = ({ "pear", "fig", "apple", "kiwi", "banana" });
    mapping m = ([ "a": 1, "b": 2, "c": 3, "d": 4 ]);
    mixed r;

    show("sort ascending", sort_array(nums, 1));
    show("sort descending", sort_array(nums, -1));
    show("sort default", sort_array(nums, 0));
    show("original untouched", nums);
    show("sort strings", sort_array(strs, 1));
    show("sort strings descending", sort_array(strs, -1));
    show("sort by function", sort_array(strs, (: strlen($1) - strlen($2) :)));
    show("sort by name", sort_array(({ "ccc", "a", "bb" }), "by_len"));
    show("sort by name and object", sort_array(({ "ccc", "a", "bb" }), "by_len", this_object()));
    show("sort floats", sort_array(({ 2.5, 1.5, 3.0 }), 1));
    show("sort empty", sort_array(({ }), 1));
    show("sort arrays by first elem", sort_array(({ ({ 3, "c" }), ({ 1, "a" }), ({ 2, "b" }) }), (: $1[0] - $2[0] :)));
    show("filter function", filter(nums, (: $1 > 4 :)));
    show("filter by name", filter(nums, "is_even"));
    show("filter by name with object", filter(nums, "is_even", this_object()));
    show("filter extra arg", filter(nums, "gt", this_object(), 4));
    show("filter_array alias", filter_array(nums, (: $1 < 3 :)));
    show("filter none", filter(nums, (: 0 :)));
    show("filter string", filter("hello world", (: $1 != 'o' :)));
    r = filter(m, (: $2 > 2 :));
    show("filter mapping", r);
    show("filter mapping on keys", filter(m, (: $1 == "a" || $1 == "d" :)));
    show("map", map(nums, (: $1 * 10 :)));
    show("map by name extra arg", map(nums, "add", this_object(), 100));
    show("map_array alias", map_array(({ 1, 2 }), (: $1 + 1 :)));
    show("map string", map("abc", (: $1 + 1 :)));
    show("map mapping", map(m, (: $2 * 2 :)));
    show("map mapping sees key", map(m, (: $1 + $2 :)));
    show("map with efun pointer", map(({ "a", "bc" }), (: strlen :)));
    show("map with bound args", map(({ 1, 2 }), (: $1 + $2 :), 5));
    show("map empty", map(({ }), (: $1 :)));
    r = unique_array(strs, "first_letter");
    show("unique_array by name calls it in each element (strings: none)", sizeof(r));
    r = unique_array(({ "ab", "ac", "bd", "be", "cf" }), (: $1[0..0] :));
    show("unique_array by function (sorted)", sort_array(map(r, (: sort_array($1, 1) :)), (: strcmp($1[0], $2[0]) :)));
    r = unique_array(({ 1, 2, 3, 4, 5, 6 }), (: $1 % 3 :));
    show("unique_array ints (sorted)", sort_array(map(r, (: sort_array($1, 1) :)), (: $1[0] - $2[0] :)));
    r = unique_array(({ 1, 2, 3 }), (: $1 % 2 :), 1);
    show("unique_array skip value 1 (sorted)", map(r, (: sort_array($1, 1) :)));
    show("member_array of array elem", member_array(({ 1 }), ({ ({ 1 }) })));
    show("member_array float", member_array(1.5, ({ 1, 1.5 })));
    show("member_array int vs float", member_array(1, ({ 1.0, 1 })));
    show("member_array 0 vs undefined", member_array(0, ({ "a", 0 })));
    show("member_array string in string", member_array('z', "abc"));
    show("member_array in strings", member_array("b", ({ "a", "b", "b" }), 2));
    show("sizeof of string", sizeof("abcd"));
    show("sizeof of int", sizeof(7));
    show("sizeof of mapping", sizeof(m));
    show("arrayp/pointerp", ({ arrayp(nums), pointerp(nums), arrayp("x") }));
    show("array subtraction keeps order", ({ 3, 1, 2, 1 }) - ({ 1 }));
    show("array with itself union", ({ 1, 2 }) | ({ 1, 2 }));
    show("stringp elements", map(({ 1, "a", 2.0, ({}) }), (: stringp :)));
    show("commands style: explode then filter", filter(explode("a  b   c", " "), (: strlen($1) :)));
    show("sort_array of mixed strings/ints", caught(catch(sort_array(({ 1, "a" }), 1))));
    done();
}
