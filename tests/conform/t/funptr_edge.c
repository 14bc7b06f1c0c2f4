// Function pointers: $(x) captures, bind, evaluate with extra and
// missing arguments, efun pointers with default arguments, apply-style
// partial application, function pointers to locals and other objects.
#include <conform.h>

int add3(int a, int b, int c) { return a + b + c; }
varargs string opt(string a, string b) { return a + "/" + (b ? b : "none"); }
mixed *count_args(mixed *args...) { return args; }
string whoami() { return file_name(this_object()); }
int zero_args() { return 7; }

void create() {
    function f, g;
    int x = 5;
    mixed e;
    object helper;

    f = (: $1 + $(x) :);
    x = 100;
    show("$(x) captured at creation", evaluate(f, 1));
    f = (: add3 :);
    show("local function pointer", evaluate(f, 1, 2, 3));
    show("missing args become 0", evaluate(f, 1, 2));
    show("extra args ignored", evaluate(f, 1, 2, 3, 4));
    f = (: add3, 10 :);
    show("partial application", evaluate(f, 1, 2));
    f = (: add3, 10, 20 :);
    show("partial two", evaluate(f, 1));
    f = (: opt :);
    show("varargs via pointer", ({ evaluate(f, "a"), evaluate(f, "a", "b") }));
    f = (: count_args :);
    show("varargs collects", evaluate(f, 1, 2, 3));
    show("varargs none", evaluate(f));
    f = (: $1 * $2 :);
    show("anon with missing $2", caught(catch(e = evaluate(f, 3))));
    show("anon $1 $2", evaluate(f, 3, 4));
    f = (: $2 :);
    show("anon only $2", evaluate(f, 1, 2));
    f = (: implode :);
    show("efun pointer", evaluate(f, ({ "a", "b" }), "-"));
    f = (: implode, ({ "x", "y" }) :);
    show("efun pointer partial", evaluate(f, "+"));
    f = (: explode :);
    show("efun explode pointer", evaluate(f, "a,b", ","));
    f = (: member_array :);
    show("efun default args", evaluate(f, 2, ({ 1, 2, 3 })));
    f = (: sizeof :);
    show("sizeof pointer", evaluate(f, ({ 1, 2 })));
    f = (: upper_case :);
    show("map with efun pointer", map(({ "a", "b" }), f));
    f = (: this_object :);
    show("this_object pointer", evaluate(f) == this_object());
    f = (: zero_args :);
    show("call with args to zero-arg function", evaluate(f, 1, 2));
    show("functionp kinds", ({ functionp((: add3 :)), functionp((: $1 :)), functionp((: sizeof :)), functionp(0) }));
    show("evaluate of non-function", evaluate(5, 1));
    show("evaluate of string", evaluate("str"));
    helper = load_object("/t/funptr_edge/helper");
    f = helper->get_fp();
    show("pointer from another object", evaluate(f, 2));
    show("owner file", evaluate(helper->get_who()));
    show("bind local fp", catch(g = bind((: whoami :), helper)));
    e = catch(g = bind((: file_name(this_object()) :), helper));
    show("bind anon", e ? e : evaluate(g));
    f = function(int a, int b) { return a * 10 + b; };
    show("function() syntax", evaluate(f, 4, 2));
    f = function(int a) { return (: $1 + $(a) :); };
    g = evaluate(f, 1000);
    show("closure returns closure", evaluate(g, 1));
    f = (: $1 ? evaluate($2, $1 - 1, $2) + $1 : 0 :);
    show("recursion through argument", evaluate(f, 4, f));
    f = (: ({ $1, $2, $3 }) :);
    show("array of args", evaluate(f, "a", "b"));
    show("call_other string pointer", call_other(helper, "twice", 21));
    show("apply-like evaluate with array", evaluate((: sizeof($1) :), ({ 1, 2, 3 })));
    f = (: add3, 1, 2, 3 :);
    show("full partial", evaluate(f));
    show("pointer equality", ({ f == f, (: add3 :) == (: add3 :) }));
    show("sizeof function", caught(catch(e = sizeof(f))));
    done();
}
