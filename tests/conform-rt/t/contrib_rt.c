// Efuns from the contrib and dwlib packages that TMI-style mudlibs use:
// pluralize, repeat_string, base_name, functions/variables lists, query_num,
// and file_length.
#include <conform.h>

int pub_var;
string str_var;
nosave mixed ns_var;
int pub_fn(int a) { return a; }
protected string prot_fn() { return ""; }
private void priv_fn() { }

void create() {
    show("pluralize", map(({ "sword", "box", "knife", "man", "child", "sheep", "fly", "boy", "mouse",
        "tooth", "potato", "dwarf", "staff", "bus", "woman", "fish", "deer", "ox", "thief", "leaf", "datum",
        "a sword", "sword of fire", "moose", "bonus", "glass", "half", "Wolf", "index" }), (: pluralize :)));
    show("repeat_string", ({ repeat_string("ab", 3), repeat_string("x", 0), repeat_string("", 5), repeat_string("y", -1) }));
    show("base_name of this", base_name(this_object()));
    show("base_name string", ({ base_name("/a/b#12"), base_name("/a/b"), base_name("x.c") }));
    show("functions (sorted)", sort_array(functions(this_object()), 1));
    show("variables (sorted)", sort_array(variables(this_object()), 1));
    show("query_num", map(({ 0, 1, 7, 13, 20, 21, 42, 99, 100, 101, 115, 1000, 1234, -3 }), (: query_num :)));
    show("query_num with limit", ({ query_num(5, 10), query_num(50, 10) }));
    write_file("/tmp/fl.txt", "a\nb\nc\n", 1);
    show("file_length", ({ file_length("/tmp/fl.txt"), file_length("/tmp/nofile"), file_length("/tmp") }));
    done();
}
