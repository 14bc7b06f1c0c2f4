// The wording of common runtime errors as catch() returns them; mudlibs
// match on these texts (e.g. "*Bad argument"), so the exact strings matter.
#include <conform.h>

void create() {
    mixed e, z = 0, arr = ({ 1, 2 }), s = "abc", m = ([ ]), ob;
    int i;
    mixed fz = 0.0, fa = 1.5, five = 5, sa = "a", one = 1;

    show("division by zero", catch(e = 1 / z));
    show("modulo by zero", catch(e = 1 % z));
    show("float division by zero", catch(e = fa / fz));
    show("array index out of bounds", catch(e = arr[5]));
    show("negative array index", catch(i = -1, e = arr[i]));
    show("string index out of bounds", catch(e = s[10]));
    show("index a number", catch(e = z[0]));
    show("index a mapping with nothing there", catch(e = m["x"]["y"]));
    show("call_other on 0", catch(e = z->foo()));
    show("bad argument 1 to explode", catch(e = explode(arr, ",")));
    show("bad argument 2 to explode", catch(e = explode("a", five)));
    show("bad argument to strlen", catch(e = strlen(arr)));
    show("bad argument to sizeof? (none)", catch(e = sizeof(5)));
    show("too few arguments to efun via apply", catch(e = evaluate((: explode :), "a")));
    show("error() with newline", catch(error("my message\n")));
    show("error() without newline", catch(error("my message")));
    show("error() with star", catch(error("*starred\n")));
    show("throw string", catch(throw("raw")));
    show("array - int", catch(e = arr - 1));
    show("string - string", catch(e = s - sa));
    show("int + array", catch(e = one + arr));
    show("mapping + int", catch(e = m + one));
    show("float % float", catch(e = fa % fa));
    show("compare string and int", catch(e = s < one));
    show("load missing object", catch(load_object("/t/missing/none")));
    show("clone missing object", catch(clone_object("/t/missing/none")));
    show("call missing function via call_other", catch(e = call_other("/t/missing/none", "x")));
    show("allocate negative", catch(e = allocate(-5)));
    show("negative range assign", catch(arr[3..4] = ({ })));
    show("string char assign out of range", catch(s[5] = 'x'));
    show("foreach over int", catch { foreach (mixed x in 5) i++; });
    show("to_int of array", catch(e = to_int(arr)));
    show("replace_string bad", catch(e = replace_string(five, "a", "b")));
    show("bad type to unary minus", catch(e = -s));
    show("string * string", catch(e = s * s));
    done();
}
