// Math efuns on fixed inputs (results rounded through %.6f by show), and
// integer/float conversions at the edges.
#include <conform.h>

void create() {
    float x = 2.0, y = -1.5, z = 0.5;
    int i = 7, j = -7, k = 2;
    mixed r;
    show("sqrt", ({ sqrt(x), sqrt(16.0) }));
    show("pow", ({ pow(x, 10.0), pow(x, 0.5), pow(x, -1.0) }));
    show("exp/log", ({ exp(1.0), log(10.0), log10(1000.0) }));
    show("floor/ceil", ({ floor(y), ceil(y), floor(z), ceil(z), floor(x) }));
    show("trig", ({ sin(0.0), cos(0.0), tan(z), asin(z), acos(z), atan(x) }));
    show("sqrt negative", caught(catch(r = sqrt(y))));
    show("log zero", caught(catch(r = log(z - 0.5))));
    show("int division", ({ i / k, j / k, i % k, j % k, i % -k }));
    show("float division", ({ i / x, x / 4, 1.0 / 3 }));
    show("division by zero", caught(catch(r = i / (k - 2))));
    show("float division by zero", caught(catch(r = x / (z - 0.5))));
    show("mod by zero", caught(catch(r = i % (k - 2))));
    show("int + float", ({ i + z, typeof(i + z), typeof(i * 1.0) }));
    show("to_int float", ({ to_int(2.999), to_int(-0.5) }));
    show("float to string", ({ "" + 1.5, "" + 2.0, "" + 0.1, "" + -3.25, "" + 100000.0 }));
    show("random(1)", random(1));
    show("random range", random(10) >= 0 && random(10) < 10);
    show("random(0)", caught(catch(r = random(k - 2))));
    show("bitwise", ({ 12 & 10, 12 | 10, 12 ^ 10, ~0, 1 << 10, -16 >> 2 }));
    show("comparison chain", ({ 1 < 2, 2.5 > 2, "10" < "9" }));
    done();
}
