// Errors round 3: error() texts, throw of mappings/ints/0, catch across
// nested call_others, the wording of indexing errors, missing functions
// through pointers, and 2.7's "Bad argument N to efun()" texts.
#include <conform.h>

void create() {
    object t = load_object("/t/errors3/thrower");
    mixed e, r, z = 0, mt = t, i5 = 5, s = "abc", a = ({ 1, 2 }), m = ([ "a": 1 ]), fl = 1.5;

    show("error no newline", catch(error("plain")));
    show("error with newline", catch(error("line\n")));
    show("error two newlines", catch(error("two\n\n")));
    show("error empty", catch(error("")));
    show("throw mapping", catch(throw(([ "k": 1 ]))));
    show("throw int", catch(throw(42)));
    show("throw 0", catch(throw(0)));
    show("throw negative", catch(throw(-1)));
    show("nested error", catch(t->deep(3, "error")));
    show("nested index error", catch(t->deep(3, "index")));
    show("nested division error", catch(t->deep(2, "zero")));
    show("nested throw array", catch(t->deep(3, ({ 1, "x" }))));
    show("inner catch in other object", t->catch_here("error"));
    show("inner catch throw", t->catch_here(7));
    show("index an int", catch(r = i5[0]));
    show("index a float", catch(r = fl[0]));
    show("index a string with string", catch(r = s["x"]));
    show("index an array with string", catch(r = a["x"]));
    show("index an array with float", catch(r = a[fl]));
    show("index an object", catch(r = mt[0]));
    show("range of int", catch(r = i5[0..1]));
    show("range of zero", catch(r = z[0..1]));
    show("open range of zero", catch(r = z[1..]));
    show("open range of int", catch(r = i5[1..]));
    show("range of float to <1", catch(r = fl[<2..<1]));
    show("range with string start", catch(r = s[s..1]));
    show("range with string end", catch(r = s[0..s]));
    show("index assign into int", catch(i5[0] = 1));
    show("index assign into zero", catch(z[0] = 1));
    show("call missing function through pointer",
         catch(r = evaluate((: call_other, t, "nope" :))));
    show("strlen of int", catch(r = strlen(i5)));
    show("explode of int", catch(r = explode(i5, " ")));
    show("implode of string", catch(r = implode(s, ",")));
    show("upper_case of int", catch(r = upper_case(i5)));
    show("sizeof of int", catch(r = sizeof(i5)));
    show("keys of array", catch(r = keys(a)));
    show("values of int", catch(r = values(i5)));
    show("member_array in int", catch(r = member_array(1, i5)));
    show("allocate string", catch(r = allocate(s)));
    show("sprintf of int format", catch(r = sprintf(i5)));
    show("replace_string arg 2", catch(r = replace_string(s, i5, "b")));
    show("replace_string arg 3", catch(r = replace_string(s, "a", i5)));
    show("sort_array of int", catch(r = sort_array(i5, 1)));
    show("to_float of array", catch(r = to_float(a)));
    show("map_delete of array", catch(map_delete(a, 1)));
    show("call_other of int", catch(r = call_other(i5, "x")));
    show("call_other bad function name", catch(r = call_other(t, i5)));
    show("evaluate of int", catch(r = evaluate(i5)));
    show("capitalize of int", catch(r = capitalize(i5)));
    show("strsrch arg 2 array", catch(r = strsrch(s, a)));
    show("sscanf of int", catch(r = sscanf(i5, "%d", r)));
    show("this_object()->missing()", catch(r = this_object()->missing()));
    show("error text keeps going", "yes");
    done();
}
