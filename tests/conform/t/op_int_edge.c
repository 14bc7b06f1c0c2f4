// Integer edge cases: shifts by large and negative counts, division and
// modulo signs, overflow, bitwise operations on negative numbers.
#include <conform.h>

void create() {
    int one = 1, m1 = -1, big = MAX_INT, n, x, z = 0;
    mixed e;

    show("1 << 63", one << 63);
    n = 64; show("1 << 64 via var", one << n);
    n = 65; show("1 << 65 via var", one << n);
    n = 100; show("1 << 100 via var", one << n);
    n = 63; show("-1 >> 63", m1 >> n);
    n = 64; show("-1 >> 64", m1 >> n);
    n = 64; show("MAX_INT >> 64", big >> n);
    n = 62; show("MAX_INT >> 62", big >> n);
    n = -1; show("1 << -1", one << n);
    n = -1; show("8 >> -1", 8 >> n);
    x = -100;
    show("-100 >> 2", x >> 2);
    show("-100 / 7 and % 7", ({ x / 7, x % 7 }));
    x = 100;
    show("100 / -7 and % -7", ({ x / -7, x % -7 }));
    x = -100;
    show("-100 / -7 and % -7", ({ x / -7, x % -7 }));
    x = big;
    show("MAX_INT * 2", x * 2);
    show("MAX_INT + MAX_INT", x + x);
    show("-MAX_INT", -x);
    x = -big - 1;
    show("MIN_INT / 2", x / 2);
    show("MIN_INT * -1", x * -1);
    show("-MIN_INT", -x);
    show("MIN_INT - 1", x - 1);
    show("~ of negatives", ({ ~m1, ~(-2), ~big }));
    show("negative & mask", ({ m1 & 0xff, -256 & 0xff, -1 | 0, -2 ^ 1 }));
    show("division by zero", caught(catch(e = one / z)));
    show("modulo by zero", caught(catch(e = one % z)));
    show("/= by zero", caught(catch(x /= z)));
    show("%= by zero", caught(catch(x %= z)));
    x = 5;
    x <<= 3;
    show("<<= 3", x);
    x >>= 1;
    show(">>= 1", x);
    x = 13;
    x %= 5;
    show("%= 5", x);
    x = -13;
    x %= 5;
    show("-13 %= 5", x);
    x = 12;
    x ^= 5;
    show("^= 5", x);
    show("hex literals", ({ 0xff, 0XAB, 0x0 }));
    show("large hex literal", 0x7fffffffffffffff);
    show("char literals", ({ 'a', '\0', '\x41', '\e' }));
    x = 0;
    show("pre/post in expression", ({ x++ + x++, x, ++x + ++x, x }));
    x = 3;
    show("x++ * --x", x++ * --x);
    show("comparison chain value", (one < 2) + (one < 0) + (one == 1));
    show("!! normalises", ({ !!5, !!0, !!(-3) }));
    show("bitwise precedence 1 | 2 & 3", 1 | 2 & 3);
    show("shift precedence 1 << 2 + 1", 1 << 2 + 1);
    show("comparison precedence 1 < 2 == 1", (1 < 2) == 1);
    show("ternary right assoc", one ? 2 : z ? 3 : 4);
    show("comma in parens", (x = 1, x + 10));
    done();
}
