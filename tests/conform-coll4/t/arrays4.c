#include <conform.h>

int by_len(string a, string b) { return strlen(a) - strlen(b); }
int by_len_dir(string a, string b, int dir) { return dir * (strlen(a) - strlen(b)); }
int longer_than(string s, int n) { return strlen(s) > n; }
string tag(string s, string pre, string post) { return pre + s + post; }
int add_n(int x, int n) { return x + n; }

void create() {
    mixed a, b, r, e;
    object o1, o2, o3;
    int i, j;

    a = ({ ({ 1, 2, 3 }), ({ 4, 5, 6 }), ({ 7, 8, 9 }) });
    show("nested range", a[1..2][0]);
    show("nested elem range", a[1][1..2]);
    show("range of range", a[0..2][1..1]);
    show("inner index via range", a[0..1][1][2]);

    a = ({ 1, 2, 3, 4, 5 });
    a[1..2] = ({ 9 });
    show("range assign shorter", a);
    a = ({ 1, 2, 3, 4, 5 });
    a[1..1] = ({ 7, 8, 9 });
    show("range assign longer", a);
    a = ({ 1, 2, 3 });
    a[1..0] = ({ 5, 6 });
    show("range assign empty insert", a);
    a = ({ 1, 2, 3 });
    a[0..2] = ({ });
    show("range assign to empty", a);
    a = ({ 1, 2, 3 });
    e = caught(catch(a[0..1] = 5));
    show("range assign non-array", e);
    a = ({ 1, 2, 3, 4 });
    a[2..] = ({ "x" });
    show("range assign open end", a);
    a = ({ 1, 2, 3, 4 });
    a[<2..<1] = ({ "y", "z", "w" });
    show("range assign from end", a);

    a = ({ 1, 2, 3, 4, 5 });
    show("range <3..<2", a[<3..<2]);
    show("range reversed", a[3..1]);
    show("range reversed far", a[4..0]);
    show("range neg start", a[-2..2]);
    show("range past end", a[2..100]);
    show("range both past", a[10..20]);
    show("range <1..", a[<1..]);
    show("range ..<4", a[0..<4]);
    i = 3; j = 1;
    show("range reversed vars", a[i..j]);
    i = -10;
    show("range neg var", a[i..1]);

    a = ({ ({ 1 }), ({ 2 }), 3 });
    b = ({ ({ 1 }), 3 });
    show("minus nested arrays (identity)", a - b);
    b = ({ a[0], 3 });
    show("minus shared nested", a - b);
    show("and shared nested", sizeof(a & b));
    show("and int order", ({ 3, 1, 2, 5 }) & ({ 2, 3, 1 }));
    show("or shared nested", a | b);
    show("plus nested", a + ({ ({ 4 }) }));
    show("or dup left", ({ 1, 1, 2 }) | ({ 2, 3, 3 }));
    show("and dup left", ({ 1, 1, 2, 3 }) & ({ 1, 3 }));
    show("minus dup", ({ 1, 2, 1, 2, 3 }) - ({ 1 }));
    show("and strings", sort_array(({ "a", "b", "c" }) & ({ "c", "a", "z" }), 1));
    show("minus mixed", ({ 1, "1", 1.0, 0 }) - ({ 1 }));
    show("minus float", ({ 1, "1", 1.0, 0 }) - ({ 1.0 }));

    o1 = new("/t/arrays4/thing"); o1->set_name("one");
    o2 = new("/t/arrays4/thing"); o2->set_name("two");
    o3 = new("/t/arrays4/thing"); o3->set_name("three");
    a = ({ o1, o2, o3 });
    b = ({ o2 });
    show("minus objects", map(a - b, (: $1->query_name() :)));
    show("and objects", sort_array(map(a & ({ o3, o1 }), (: $1->query_name() :)), 1));
    destruct(o2);
    show("array with destructed", map(a, (: objectp($1) :)));
    show("destructed elem is 0", a[1] == 0);
    show("minus 0 after destruct", sizeof(a - ({ 0 })));
    show("and with destructed", sizeof(a & ({ o1, o3 })));
    show("plus destructed", sizeof(a + ({ 1 })));
    show("member_array 0 finds destructed", member_array(0, a));
    show("sizeof keeps destructed", sizeof(a));

    a = ({ 1, 2 });
    b = a;
    show("== same array", a == b);
    show("== equal content", a == ({ 1, 2 }));
    show("!= equal content", a != ({ 1, 2 }));
    show("== after range copy", a == a[0..]);
    show("== empty arrays", ({ }) == ({ }));

    a = ({ 1, 2, 3, 1, 2, 3 });
    show("member_array start", member_array(1, a, 1));
    show("member_array start exact", member_array(1, a, 3));
    show("member_array start past", member_array(1, a, 4));
    show("member_array start neg", caught(catch(member_array(2, a, -3))));
    show("member_array string start", member_array('b', "abcab", 2));
    show("member_array string start none", member_array('c', "abcab", 3));

    show("allocate fill", allocate(3, 7));
    show("allocate fill string", allocate(2, "x"));
    a = allocate(2, ({ 1 }));
    a[0][0] = 5;
    show("allocate fill shared array", a);
    show("allocate 0 fill", allocate(0, 1));
    show("allocate neg", caught(catch(allocate(-1))));

    b = ({ "ccc", "a", "bb", "dddd" });
    show("sort string cb", sort_array(b, "by_len"));
    show("sort string cb ob", sort_array(b, "by_len", this_object()));
    show("sort string cb extra", sort_array(b, "by_len_dir", this_object(), -1));
    show("sort fn extra", sort_array(b, (: by_len_dir :), -1));
    show("sort does not modify", b);

    show("filter string extra", filter(b, "longer_than", this_object(), 1));
    show("filter fn extra", filter(b, (: longer_than :), 2));
    show("map string extra", map(b, "tag", this_object(), "<", ">"));
    show("map fn extra", map(({ 1, 2, 3 }), (: add_n :), 10));
    show("map string", map("abc", (: $1 + 1 :)));
    show("filter string", filter("abcabc", (: $1 != 'b' :)));
    show("filter_array 0s", filter_array(({ 0, 1, 0, 2 }), (: $1 :)));
    show("map_array nested", map_array(({ ({ 1 }), ({ 2, 3 }) }), (: sizeof :)));

    o1->set_name("apple");
    o3->set_name("avocado");
    o2 = new("/t/arrays4/thing"); o2->set_name("banana");
    r = unique_array(({ o1, o2, o3 }), "first");
    r = sort_array(map(r, (: sort_array(map($1, (: $1->query_name() :)), 1) :)),
                   (: strcmp($1[0], $2[0]) :));
    show("unique_array by name", r);
    r = unique_array(({ o1, o2, o3 }), "first", "b");
    show("unique_array skip", map(r, (: map($1, (: $1->query_name() :)) :)));
    r = unique_array(({ o1, o2, o3 }), (: $1->query_name()[1..1] :));
    r = sort_array(map(r, (: sort_array(map($1, (: $1->query_name() :)), 1) :)),
                   (: strcmp($1[0], $2[0]) :));
    show("unique_array fn on objects", r);
    show("unique_array empty", unique_array(({ }), "first"));
    done();
}
