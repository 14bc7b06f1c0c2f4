// Integer and float arithmetic, operators, precedence, compound assignment.
#include <test.h>

void test_int_division() {
    int a = 17, b = 5, n = -17, m = -5;
    expect(a / b, 3, "17/5");
    expect(n / b, -3, "-17/5 truncates toward zero");
    expect(a / m, -3, "17/-5");
    expect(n % b, -2, "-17%5 takes the dividend's sign");
    expect(a % m, 2, "17%-5");
    expect(2 + 3 * 4 - 10 / 3, 11, "precedence");
    expect_error(catch(a / (b - 5)), "ivision by zero", "int division by zero");
    expect_error(catch(a % (b - 5)), "odulus by zero", "int modulus by zero");
}

void test_int_wrap() {
    int big = MAX_INT, x = 1 << 40;
    expect(big + 1, MIN_INT, "MAX_INT + 1 wraps");
    expect(MIN_INT - 1 == MAX_INT, 1, "MIN_INT - 1 wraps");
    expect(x * x, 0, "2^80 wraps to 0");
    expect(1 << 62, 4611686018427387904, "1 << 62");
    expect(-256 >> 4, -16, "arithmetic right shift");
    int mi = MIN_INT, neg1 = -1;
    expect(mi % neg1, 0, "MIN_INT % -1 does not crash");
}

void test_bits() {
    expect(0xF0 & 0x3C, 48, "&");
    expect(0xF0 | 0x0F, 255, "|");
    expect(0xFF ^ 0x0F, 240, "^");
    expect(~0, -1, "~0");
    expect(~5, -6, "~5");
    expect('A', 65, "char literal");
    expect(({ '\n', '\t', '\\', '\'' }), ({ 10, 9, 92, 39 }), "char escapes");
    expect(0x7fff, 32767, "hex literal");
}

void test_incdec() {
    int x = 10;
    expect(x++, 10, "post-increment value");
    expect(x, 11, "post-increment effect");
    expect(++x, 12, "pre-increment");
    expect(x--, 12, "post-decrement value");
    expect(--x, 10, "pre-decrement");
    x = 7;
    x += 3; x -= 1; x *= 4; x /= 3; x %= 7;
    expect(x, 5, "compound chain");
    x = 6;
    x <<= 2; x |= 1; x &= 0x1D; x ^= 3; x >>= 1;
    expect(x, 13, "compound bit chain");
}

int calls;
int bump() { calls++; return 1; }

void test_logic() {
    int x = 5, y = 0;
    expect(({ 5 && 7, 0 && 1, 0 || 9, 4 || 0, !3, !0 }), ({ 7, 0, 9, 4, 0, 1 }), "&& || values");
    expect(({ x && 7, y && 1, y || 9, x || y, !x, !y }), ({ 7, 0, 9, 5, 0, 1 }), "&& || on vars");
    expect(({ 3 < 4, 4 < 3, 3 <= 3, 5 >= 6, 2 == 2, 2 != 2 }), ({ 1, 0, 1, 0, 1, 0 }), "comparisons");
    expect(x > 3 ? (y ? "both" : "x only") : "none", "x only", "nested ?:");
    calls = 0;
    y = 0 && bump();
    y = 1 || bump();
    expect(calls, 0, "&& and || short-circuit");
    y = 1 && bump();
    expect(calls, 1, "&& evaluates its right side when needed");
}

void test_floats() {
    float f = 1.5, g = 0.25;
    expect(f + g, 1.75, "float add");
    expect(f * 2, 3.0, "float * int");
    expect(7 / 2.0, 3.5, "int / float");
    expect(f - 2, -0.5, "float - int");
    expect(floatp(f * 2), 1, "float result type");
    expect(to_int(3.99), 3, "to_int truncates");
    expect(to_int(-3.99), -3, "to_int truncates negative");
    expect(to_float(3), 3.0, "to_float");
    float z = 0.0;
    expect(z == 0, 1, "0.0 == 0 at run time");
    expect(f > 1, 1, "float > int");
    expect_error(catch(f / z), "ivision by zero", "float division by zero");
    float h = 2.0;
    h += 0.5; h *= 2;
    expect(h, 5.0, "float compound");
    expect(-f, -1.5, "float negate");
}

void test_string_arith() {
    expect("a" + 1, "a1", "string + int");
    expect(3 + "x" + 1 + 2, "3x12", "int + string is left to right");
    string s = "x";
    s += 5;
    expect(s, "x5", "string += int");
    expect("abc" < "abd", 1, "string <");
    expect("b" > "abc", 1, "string >");
    expect("abc" == "ab" + "c", 1, "string == by content");
}

void add_one(ref int x) { x = x + 1; }

/* `local OP small-constant` is one fused instruction: its non-int cases. */
void test_local_op_const() {
    mixed s = "ab", f = 1.5, a = ({ 1 }), u = ([ ])[0];
    int n = 6, r = 4;
    mapping m = ([ 7: 3, 8: this_object() ]);
    expect(s + 1, "ab1", "string local + 1");
    expect(f * 2, 3.0, "float local * 2");
    expect(u + 1, 1, "undefined local + 1");
    expect(n & 3, 2, "local & 3");
    expect(n - 7, -1, "local - 7");
    expect(m[n + 1], 3, "mapping index by int");
    expect(m[n + 2], this_object(), "mapping index, object value");
    expect(undefinedp(m[n]), 1, "missing int key is undefined");
    add_one(ref r);
    expect(r, 5, "ref argument + 1");
    expect_error(catch(a - 1), "", "array local - 1");
}
