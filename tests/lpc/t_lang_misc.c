// sscanf with lvalues, ref parameters, true varargs, call_other forms,
// efun::, casts, typeof and the preprocessor.
#include <test.h>
#define SQUARE(x) ((x) * (x))
#define CAT(a, b) a ## b
#define STR(x) #x
#define HELPER "/t_lang_misc/helper"
#if defined(SQUARE) && SQUARE(3) == 9 && !defined(NOT_THERE)
#define IF_WORKS 1
#elif 1
#define IF_WORKS 2
#else
#define IF_WORKS 3
#endif
#ifdef NOT_THERE
#error this must not be compiled
#endif

void set_it(ref int x) { x = 42; }
void append(ref string *list, string s) { list += ({ s }); }
int sum_rest(int first, int *rest...) {
    int s = first;
    foreach (int r in rest) s += r;
    return s;
}

void test_sscanf() {
    int a, b;
    string s, t;
    expect(sscanf("12 apples", "%d %s", a, s), 2, "sscanf count");
    expect(({ a, s }), ({ 12, "apples" }), "sscanf values");
    expect(sscanf("key=value", "%s=%s", s, t), 2, "sscanf %s=%s");
    expect(s + "/" + t, "key/value", "sscanf split");
    expect(sscanf("x", "%d", a), 0, "sscanf no match");
    int *arr = allocate(2);
    mapping m = ([ ]);
    sscanf("3 4", "%d %d", arr[0], m["k"]);
    expect(({ arr[0], m["k"] }), ({ 3, 4 }), "sscanf into element lvalues");
    expect(sscanf("a b", "%*s %s", s), 2, "sscanf %*s skips (and counts, as in 2.7)");
    expect(s, "b", "sscanf after skip");
}

void test_ref_and_varargs() {
    int x = 1;
    set_it(ref x);
    expect(x, 42, "ref int parameter");
    string *list = ({ });
    append(ref list, "a");
    append(ref list, "b");
    expect(list, ({ "a", "b" }), "ref array parameter");
    expect(sum_rest(1, 2, 3, 4), 10, "true varargs");
    expect(sum_rest(5), 5, "true varargs with none");
}

void test_call_other() {
    object h = load_object(HELPER);
    expect(h->query_value(), 5, "ob->f()");
    expect(HELPER->add(2, 3), 5, "string->f()");
    expect(call_other(h, "add", 1, 1), 2, "call_other efun");
    expect(call_other(h, ({ "add", 4, 5 })), 9, "call_other with an array");
    object c1 = clone_object(HELPER), c2 = new(HELPER);
    expect(({ c1, c2 })->query_value(), ({ 5, 5 }), "call_other on an array of objects");
    expect(h->no_such_function(), 0, "missing function returns 0");
    expect(clonep(c1) && !clonep(h), 1, "clonep");
    destruct(c1);
    destruct(c2);
}

void test_efun_override() {
    expect(efun::strlen("abc"), 3, "efun::");
    expect(efun::sizeof(({ 1 })), 1, "efun::sizeof");
}

void test_types() {
    mixed *vals = ({ 1, 1.5, "s", ({ }), ([ ]), this_object(), (: 1 :) });
    expect(map(vals, (: typeof :)), ({ "int", "float", "string", "array", "mapping", "object", "function" }), "typeof");
    expect(({ intp(1), floatp(1.0), stringp(""), mapp(([])), objectp(this_object()) }), ({ 1, 1, 1, 1, 1 }), "predicates");
    mixed v = "12";
    expect((int)to_int(v) + 1, 13, "to_int of a string");
    expect(to_float("2.5"), 2.5, "to_float of a string");
    expect(bufferp(allocate_buffer(3)), 1, "buffers");
    expect(sizeof(allocate_buffer(3)), 3, "sizeof buffer");
}

void test_preprocessor() {
    expect(SQUARE(1 + 2), 9, "macro with arguments");
    expect(CAT(12, 34), 1234, "## pasting");
    expect(STR(hello), "hello", "# stringify");
    expect(IF_WORKS, 1, "#if with defined() and macros");
    expect(__FILE__, "/t_lang_misc.c", "__FILE__");
    expect(__DIR__, "/", "__DIR__");
    expect(__LINE__ > 0, 1, "__LINE__");
    expect(stringp(__VERSION__), 1, "__VERSION__");
    expect(MAX_INT > 0 && MIN_INT < 0, 1, "MAX_INT and MIN_INT");
}

int g_init = 3 + 4;
mapping g_map = ([ "a": ({ 1 }) ]);

void test_initialisers() {
    expect(g_init, 7, "global initialiser");
    expect(g_map["a"], ({ 1 }), "global mapping initialiser");
}
