// A sample of the fuzzed array/mapping efuns that already agree with 2.7:
// sort_array with every flag and with function or named comparators
// (inconsistent ones too: 2.7's quicksort is deterministic), filter and map
// with extra arguments and with function names in another object,
// unique_array with a skip value, explode/implode round trips.
#include <conform.h>

#define T "/t/callbacks7/thing"

int by_dir(mixed a, mixed b, int d) { return d * (a < b ? -1 : a > b ? 1 : 0); }
int bigger(mixed x, mixed lim) { return intp(x) && intp(lim) && x > lim; }
string tag(mixed x, string pre, string post) { return pre + x + post; }
int modk(mixed x, int k) { return intp(x) ? x % k : -1; }

void create() {
    mixed a, b, pairs, obs;
    object ob = load_object(T);
    int i;

    ob->set("loaded", 3);
    a = ({ 5, -2, 3, 3, 0, 8, -2, 1 });
    show("sort 1", sort_array(a, 1));
    show("sort -1", sort_array(a, -1));
    show("sort 0", sort_array(a, 0));
    show("sort 2", sort_array(a, 2));
    show("sort -5", sort_array(a, -5));
    show("sort $1 - $2", sort_array(a, (: $1 - $2 :)));
    show("sort $1 > $2", sort_array(a, (: $1 > $2 :)));
    show("sort $1 < $2", sort_array(a, (: $1 < $2 :)));
    show("sort always 0", sort_array(a, (: 0 :)));
    show("sort always 1", sort_array(a, (: 1 :)));
    show("sort always -1", sort_array(a, (: -1 :)));
    show("sort inconsistent", sort_array(a, (: ($1 + $2) % 3 - 1 :)));
    show("sort by parity", sort_array(a, (: $1 % 2 - $2 % 2 :)));
    show("sort float result", sort_array(a, (: $1 == $2 ? 0 : ($1 > $2 ? 1.5 : -1) :)));
    show("sort string result", sort_array(a, (: $1 > $2 ? "x" : 0 :)));
    show("sort extra argument", sort_array(a, (: by_dir :), -1));
    show("sort name with object", sort_array(a, "by_dir", this_object(), 1));
    show("sort name in another object", sort_array(a, "cmp", ob));
    show("sort name by file name", sort_array(a, "cmp", T));
    pairs = ({ });
    for (i = 0; i < 12; i++) pairs += ({ ({ (i * 7) % 4, i }) });
    show("sort pairs by first (ties)", map(sort_array(pairs, 1), (: $1[1] :)));
    show("sort pairs descending", map(sort_array(pairs, -1), (: $1[1] :)));
    show("sort strings", sort_array(({ "b", "B", "a", "", "ab", "A" }), 1));
    show("sort mixed types", caught(catch(sort_array(({ 1, "a" }), 1))));
    show("sort int and float", caught(catch(sort_array(({ 1, 2.5 }), 1))));
    show("sort empty inner array", caught(catch(sort_array(({ ({ 1 }), ({ }) }), 1))));

    a = ({ 1, "a", 4, 2.5, 7, 0, ({ }) });
    show("filter extra argument", filter(a, (: bigger :), 2));
    show("filter bound argument", filter(a, (: bigger, 3 :)));
    show("filter name with object", filter(a, "bigger", this_object(), 1));
    show("filter name in another object", filter(a, "gt", ob, 3));
    show("filter name by file name", filter(a, "gt", T, 0));
    show("filter $2", filter(a, (: $2 :), 1));
    show("filter missing function", filter(a, "no_such_function"));
    show("map extra arguments", map(({ 1, 2 }), "tag", this_object(), "<", ">"));
    show("map name in another object", map(a, "plus", ob, 10));
    show("map bound and extra", map(({ 1, 2 }), (: ({ $1, $2, $3 }) :), "x", "y"));
    show("map efun pointer", map(({ "ab", "", "xyz" }), (: sizeof :)));
    show("filter_array", filter_array(({ 1, 2, 3, 4 }), (: $1 % 2 :)));
    show("map_array", map_array(({ 1, 2, 3 }), (: $1 * $1 :)));
    show("map string", map("abc", (: $1 + 1 :)));
    show("filter string", filter("a1b2", (: $1 >= 'a' :)));

    show("unique_array", unique_array(({ 1, 2, 3, 4, 5, 6, 7, "s" }), (: modk($1, 3) :), 0));
    show("unique_array skip 1", unique_array(({ 1, 2, 3, 4, 5, 6, 7 }), (: $1 % 3 :), 1));
    show("unique_array skip string", unique_array(({ "a", 1, "b", 2.5 }), (: typeof($1) :), "int"));
    obs = ({ });
    for (i = 0; i < 5; i++) {
        obs += ({ new(T) });
        obs[i]->set(({ "p", "q" })[i % 2], i);
    }
    show("unique_array by name in objects",
         map(unique_array(obs, "query_name"), (: map($1, (: $1->query_val() :)) :)));
    show("unique_array name with skip",
         map(unique_array(obs + ({ 1, "x" }), "query_name", "p"), (: map($1, (: $1->query_val() :)) :)));
    foreach (object x in obs) destruct(x);

    foreach (string s in ({ "a,b,,c", ",a,", ",,", "", "abc", " a  b " })) {
        foreach (string sep in ({ ",", " ", "a", "bc" })) {
            b = explode(s, sep);
            show("explode(" + repr(s) + ", " + repr(sep) + ")", ({ b, implode(b, sep) == s }));
        }
    }
    show("explode with empty separator", explode("abc", ""));
    show("implode with a function", implode(({ "a", "b", "c" }), (: $1 + "-" + $2 :)));
    show("implode with a start", implode(({ 1, 2, 3 }), (: $1 + $2 :), 10));
    show("implode skips non-strings", implode(({ "a", 1, "b", ({ }), "c" }), ","));
    done();
}
