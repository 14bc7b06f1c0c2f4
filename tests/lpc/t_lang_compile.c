// The compiler: ref parameters, inheritance layout and initialisers,
// inherit after variables, name resolution, efun argument promotion,
// switch ranges, loop exits through catch, folding, classes by name.
#include <test.h>

inherit "/t_lang_compile/first";

int own_value = first_value + 1;
class pair { int left; int right; }

inherit "/t_lang_compile/second";

string who() { return "child"; }
int needs_definition(int x) { return x * 50; }

void add_to(ref int target, int amount) { target += amount; }
void swap(ref mixed a, ref mixed b) { mixed t = a; a = b; b = t; }
int sum_all(int *nums...) { int s; foreach (int n in nums) s += n; return s; }
float typed_root(int x) { return sqrt(x); }
untyped_caller() { return missing_everywhere(); }

void test_ref() {
    int n = 1;
    mixed a = "a", b = ({ "b" });
    add_to(ref n, 4);
    expect(n, 5, "ref int parameter");
    swap(ref a, ref b);
    expect(({ a, b }), ({ ({ "b" }), "a" }), "ref swap");
    add_to(n, 100);
    expect(n, 5, "a plain argument to a ref parameter is a copy");
}

void test_inheritance() {
    expect(({ first_value, second_value, own_value }), ({ 11, 22, 12 }), "initialisers, in order");
    expect(order, ({ "first" }), "inherited array initialiser");
    expect(ask_who(), "child", "parent code reaches the override");
    expect(first::who() + " " + second::who() + " " + ::who(), "first second first", "label:: and ::");
    expect(use_definition(), 100, "parent prototype defined here");
    expect(only_second(), "only second", "inherit after variables");
}

void test_names() {
    expect(sum_all(1, 2, 3), 6, "true varargs");
    expect(sum_all(), 0, "true varargs, none");
    expect(typed_root(16), 4.0, "int argument promoted to float in a typed function");
    expect_error(catch(untyped_caller()), "missing_everywhere", "undefined function is a run-time error");
}

void test_switch_ranges() {
    function f = function(int n) {
        switch (n) {
        case ..-1: return "negative";
        case 0: return "zero";
        case 100..: return "big";
        default: return "small";
        }
    };
    expect(map(({ -5, 0, 7, 100, 1 << 40 }), f), ({ "negative", "zero", "small", "big", "big" }), "open ranges");
}

void test_loop_exits() {
    int i, n;
    for (i = 0; i < 10; i++) {
        catch {
            if (i == 3) continue;
            if (i == 6) break;
            n += i;
        };
    }
    expect(({ i, n }), ({ 6, 0 + 1 + 2 + 4 + 5 }), "continue and break out of catch blocks");
    n = 0;
    foreach (int x in ({ 1, 2, 3, 4 })) {
        switch (x) {
        case 2: continue;
        case 4: break;
        }
        if (x == 4) break;
        n += x;
    }
    expect(n, 4, "continue from a switch inside foreach, then break");
}

void test_folding() {
    expect(1 + 2 + "x" + 1 + 2, "3x12", "string folding order");
    expect(0 == 0.0, 1, "int and float compare equal");
    expect(({ 5 && 7, 0 || "y", !"" }), ({ 7, "y", 0 }), "logic values fold to operands");
    expect(-9223372036854775807 - 1 - 1, 9223372036854775807, "folded wraparound");
    expect("a" "b" "c", "abc", "juxtaposition");
}

void test_classes() {
    class pair p = new(class pair);
    mixed m;
    p->left = 1;
    p->right = p->left + 1;
    m = p;
    m->right *= 10;
    expect(({ p->left, p->right }), ({ 1, 20 }), "members through a class and a mixed variable");
}
