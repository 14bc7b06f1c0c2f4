// Function pointers, $N arguments, $(x) captures, closures, evaluate, bind.
#include <test.h>

int g = 100;

string name() { return "local name"; }
int add3(int a, int b, int c) { return a * 100 + b * 10 + c; }
int twice(int x) { return x * 2; }
varargs int count_args(mixed a, mixed b, mixed c) { return !undefinedp(a) + !undefinedp(b) + !undefinedp(c); }
function make_adder(int n) { return (: $1 + $(n) :); }

void test_local() {
    function f = (: name :);
    expect(evaluate(f), "local name", "(: f :)");
    expect((*f)(), "local name", "(*f)()");
    expect(f(), "local name", "f() on a function variable");
    expect(evaluate((: add3, 1 :), 2, 3), 123, "bound first arg");
    expect(evaluate((: add3, 1, 2 :), 9), 129, "two bound args");
    expect(map(({ 1, 2, 3 }), (: twice :)), ({ 2, 4, 6 }), "map with a local pointer");
}

void test_expression() {
    expect(evaluate((: $1 + $2 :), 3, 4), 7, "$1 + $2");
    expect(evaluate((: $2 - $1 :), 10, 3), -7, "$2 - $1");
    function f = (: g * 2 :);
    g = 150;
    expect(evaluate(f), 300, "globals read when evaluated");
    int k = 10;
    f = (: $(k) + $1 :);
    k = 99;
    expect(evaluate(f, 1), 11, "$(k) captured at creation");
    expect(evaluate(make_adder(5), 1), 6, "closure from a factory");
}

void test_efun_ptrs() {
    expect(evaluate((: strlen :), "abcd"), 4, "(: strlen :)");
    expect(evaluate((: explode, "a b c" :), " "), ({ "a", "b", "c" }), "efun with bound arg");
    expect(evaluate((: call_other, this_object(), "twice" :), 21), 42, "call_other pointer");
    expect(evaluate((: this_object(), "twice" :), 4), 8, "(: ob, fn :)");
    expect(functionp((: twice :)) != 0, 1, "functionp");
    expect(functionp("twice"), 0, "functionp of a string");
    expect(typeof((: twice :)), "function", "typeof");
    expect(evaluate(42), 42, "evaluate of a non-function");
}

void test_anonymous() {
    function f = function(int a, int b) { return a * 10 + b; };
    expect(evaluate(f, 4, 2), 42, "function(int a, int b)");
    int base = 7;
    f = function(int x) { return x + $(base); };
    expect(evaluate(f, 1), 8, "$(base) in an anonymous function");
    f = function(int n) {
        int acc = 1;
        for (int i = 2; i <= n; i++) acc *= i;
        return acc;
    };
    expect(evaluate(f, 10), 3628800, "loops and locals inside");
    expect(filter(({ "a", "bb", "ccc" }), function(string s) { return strlen(s) != 2; }),
           ({ "a", "ccc" }), "filter with an anonymous function");
    expect(evaluate(function(int a, int b) { return b; }, 1), 0, "missing args are 0");
    expect(evaluate((: count_args :), 1, 2), 2, "varargs through a pointer");
}
