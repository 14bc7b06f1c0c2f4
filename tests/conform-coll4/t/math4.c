#include <conform.h>

void create() {
    int i, j, big, neg;
    float f, g;
    string s;
    mixed a, e;

    big = 2147483647;
    i = big * 2;
    show("int mult big", i);
    big = 9223372036854775807;
    i = big + 1;
    show("int overflow +", i);
    j = -big - 1;
    i = j - 1;
    show("int overflow -", i);
    i = big * 3;
    show("int overflow *", i);
    i = j * -1;
    show("min * -1", i);
    i = -j;
    show("neg min", i);
    i = 3037000500;
    show("square overflow", i * i);

    neg = -16;
    show("neg >> 2", neg >> 2);
    show("neg << 2", neg << 2);
    i = -1;
    show("-1 >> 1", i >> 1);
    show("-1 >> 63", i >> 63);
    i = 1;
    show("1 << 62", i << 62);
    show("1 << 63", i << 63);
    j = 0;
    show("shift by 0", neg >> j);

    i = -7; j = 3;
    show("-7 % 3", i % j);
    show("7 % -3", -i % -j);
    show("-7 % -3", i % -j);
    show("-7 / 3", i / j);
    show("7 / -3", -i / -j);
    j = 0;
    show("% by zero", caught(catch(e = i % j)));
    show("/ by zero", caught(catch(e = i / j)));

    a = ({ 10, 20, 30 });
    f = 1.7;
    e = f;
    show("float index", caught(catch(e = a[e])));
    show("to_int index", a[to_int(f)]);
    f = -1.7;
    show("to_int neg float", to_int(f));
    f = 2.5;
    show("to_int 2.5", to_int(f));
    e = f;
    show("string float index", caught(catch(e = "abc"[e])));

    i = 1; f = 1.0;
    show("int == float", i == f);
    show("float == int", f == i);
    g = 1.5;
    show("int < float", i < g);
    show("float > int", g > i);
    i = 2;
    show("int >= float", i >= g);
    show("int + float", i + g);
    show("float - int", g - i);
    show("int * float", i * g);
    show("int / float", i / g);
    show("float / int", g / i);

    f = 1.5;
    f++;
    show("float ++", f);
    f--;
    --f;
    show("float --", f);
    show("float post++ value", f++);
    show("float after post++", f);
    f += 1;
    show("float += int", f);
    i = 3;
    i += 1.5;
    show("int += float", i);
    f = 0.1;
    f *= 3;
    show("float *= int", f);

    s = "x";
    s += 1.5;
    show("string += float", s);
    s = "x";
    s += 10;
    show("string += int", s);
    s = "x";
    s += -3;
    show("string += neg int", s);
    s = "";
    s += 0.1;
    show("string += 0.1", s);
    f = 100.0;
    show("string + float 100", "v" + f);
    f = 0.000001;
    show("string + small float", "v" + f);
    f = -2.25;
    show("float + string", f + "!");
    i = 5;
    show("int + string", i + "!");
    show("string + int + int", "a" + i + i);
    show("int + int + string", i + i + "a");
    done();
}
