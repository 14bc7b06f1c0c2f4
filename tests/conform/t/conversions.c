// to_int, to_float, atoi-like conversions of odd strings, float to
// string, and string/number round trips.
#include <conform.h>

void create() {
    string *ints = ({ "42", "-42", "+42", "  42", "42abc", "abc", "", "0x1f", "012", "1e3", "3.9", "-0", " -7 ", "\t5" });
    string *floats = ({ "1.5", "-1.5", "1e3", "1.5e-2", ".5", "5.", "abc", "", "  2.25", "3.0xyz", "inf", "-0.0", "1e400" });
    mixed r;
    int i;

    for (i = 0; i < sizeof(ints); i++)
        show("to_int " + repr(ints[i]), to_int(ints[i]));
    for (i = 0; i < sizeof(floats); i++) {
        r = to_float(floats[i]);
        if (floatp(r) && (r > 1000000000000.0 * 1000000000000.0 || r < -1000000000000.0 * 1000000000000.0)) r = "huge";
        show("to_float " + repr(floats[i]), r);
    }
    show("to_int of float", ({ to_int(2.999), to_int(-2.999), to_int(0.0) }));
    show("to_int of int", to_int(7));
    show("to_float of int", to_float(-3));
    show("to_float of float", to_float(2.5));
    show("atoi-style via sscanf", sscanf("12x", "%d", i) ? i : -1);
    show("float to string by +", "" + 0.1);
    show("float to string whole", "" + 100.0);
    show("float to string tiny", "" + 0.0000000001);
    show("float to string negative", "" + -2.5);
    show("float to string many digits", "" + 3.14159265358979);
    show("float to string 1/3", "" + (1.0 / 3));
    show("int to string", "" + -0);
    show("sprintf %d of big float", catch(r = sprintf("%d", 10000000000.0)));
    show("to_int of 0", to_int(0));
    show("to_float of 0", to_float(0));
    done();
}
