// Assorted language corners: global initialisers, block scoping and
// shadowing, for-loop forms, do/while, ternary as lvalue-free expression,
// comma operator, assignment chains, operator precedence of ! and ~.
#include <conform.h>

int g1 = 10, g2 = g1 * 2;
string gs = "g" + "s";
mixed *garr = ({ g1, g2 });
mapping gmap = ([ "k": g1 ]);

int side_count;
int side(int v) { side_count++; return v; }
int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }

void create() {
    int i, j, a, b, c;
    string s;
    mixed *r = ({ });

    show("global initialisers", ({ g1, g2, gs, garr, gmap }));
    i = 1;
    {
        int k = 2;
        r += ({ k });
    }
    r += ({ i });
    show("block local", r);
    r = ({ });
    for (i = 0, j = 10; i < j; i += 3, j -= 3) r += ({ i * 100 + j });
    show("for with commas", r);
    i = 0;
    do { i++; } while (i < 0);
    show("do-while runs once", i);
    i = 0;
    while (1) { if (++i > 4) break; }
    show("while(1) break", i);
    for (;;) { i++; if (i > 10) break; }
    show("for(;;)", i);
    a = b = c = 7;
    show("assignment chain", ({ a, b, c }));
    a = (b = 3) + 1;
    show("assignment value", ({ a, b }));
    side_count = 0;
    i = side(0) && side(1);
    j = side(1) || side(0);
    show("short circuit count", side_count);
    show("logical results", ({ i, j }));
    show("!~ precedence", ({ !~0, ~!0, -~1, ~-1 }));
    show("recursion", fact(10));
    s = "x";
    s += s += "y";
    show("s += s += y", s);
    i = 5;
    i = i++ + 1;
    show("i = i++ + 1", i);
    r = ({ 1, 2, 3 });
    i = 0;
    r[i++] = i;
    show("r[i++] = i", r);
    show("nested ternary", ({ 1 ? 0 ? "a" : "b" : "c", 0 ? "a" : 1 ? "b" : "c" }));
    show("sizeof nested literal", sizeof(({ ({ 1, 2 }), 3 })));
    i = 3;
    show("negative modulo in loop", ({ -i % 2, -i / 2 }));
    show("string in boolean", ({ "" ? 1 : 0, "a" ? 1 : 0 }));
    show("array in boolean", ({ ({ }) ? 1 : 0 }));
    show("mapping in boolean", ([ ]) ? 1 : 0);
    show("float zero in boolean", 0.0 ? 1 : 0);
    done();
}
