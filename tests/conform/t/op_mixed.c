// Mixed int/float/string operands: arithmetic results and their types,
// comparisons across types, string concatenation with numbers.
#include <conform.h>

void create() {
    mixed i = 7, j = 2, f = 2.5, g = -0.5, s = "ab", t = "b", z = 0, e;
    mixed fz = 0.0;

    show("int + float", i + f);
    show("float + int", f + i);
    show("int - float", i - f);
    show("int * float", i * f);
    show("int / float", i / f);
    show("float / int", f / j);
    show("typeof int + float", typeof(i + f));
    show("typeof int * int", typeof(i * j));
    show("int / int truncates", i / j);
    show("string + int", s + i);
    show("int + string", i + s);
    show("string + float", s + f);
    show("float + string", f + s);
    show("string + negative float", s + g);
    show("string + 0", s + z);
    show("int + int + string", i + j + s);
    show("string + int + int", s + i + j);
    show("string + 1.0", s + 1.0);
    show("string + small float", s + 0.000123);
    show("int < float", i < f);
    show("float < int", f < i);
    show("int == float equal value", j == 2.0);
    show("int == float via vars", ({ j == (f - 0.5), z == fz }));
    show("string < string", s < t);
    show("string > string", s > t);
    show("string <= same", s <= "ab");
    show("string >= prefix", "abc" >= s);
    show("empty < anything", "" < s);
    show("string compare is bytewise", ({ "Z" < "a", "a" < "B", "10" < "9" }));
    show("int == string", i == s);
    show("string == 0", s == z);
    show("0 == 0.0 at run time", z == fz);
    show("int < string errors", caught(catch(e = i < s)));
    show("string - int errors", caught(catch(e = s - i)));
    show("string * int", caught(catch(e = s * i)));
    show("int - string", caught(catch(e = i - s)));
    show("float % int", caught(catch(e = f % j)));
    show("float division by zero", caught(catch(e = f / fz)));
    show("float division by int zero", caught(catch(e = f / z)));
    show("int division by float zero", caught(catch(e = i / fz)));
    e = i; e += f;
    show("int += float", e);
    e = f; e += i;
    show("float += int", e);
    e = s; e += i;
    show("string += int", e);
    e = s; e += f;
    show("string += float", e);
    e = i; e *= f;
    show("int *= float", e);
    e = 10; e /= 4;
    show("int /= int", e);
    e = 10.0; e /= 4;
    show("float /= int", e);
    e = i; e -= 0.5;
    show("int -= float", e);
    show("negate float", -f);
    show("negate float var typeof", typeof(-f));
    show("float truncation to_int", ({ to_int(f), to_int(-f), to_int(g) }));
    show("float == float", ({ f == 2.5, f != 2.5, g < z }));
    show("unary ! of float", ({ !f, !fz }));
    show("float in condition", fz ? "true" : "false");
    show("float ++", catch(e = f) ? "?" : e + 1);
    e = 1.5; e++;
    show("float var ++", e);
    e = 1.5; e--;
    show("float var --", e);
    show("ternary mixed types", ({ i > 5 ? f : s, i < 5 ? f : s }));
    show("&& returns int", ({ f && s, s && f, z || f }));
    done();
}
