// functionp() flags: the kind (2 local, 3 efun, 5 functional) plus 16 when
// the pointer carries arguments (bound arguments, or $(...) values in a
// functional), 32 when its owner is destructed, 64 when it cannot be bound.
// And a sample of function pointer calls that agree with 2.7.
#include <conform.h>

int g = 1;
mixed args(mixed a, mixed b, mixed c) { return ({ a, b, c }); }
mixed all(mixed *a ...) { return a; }

void create() {
    object o = new("/t/callbacks7/thing");
    int i = 3;
    mixed a = ({ 1 }), f;

    o->set("ob", 4);
    show("local", functionp((: args :)));
    show("local with a bound argument", functionp((: args, 1 :)));
    show("efun", functionp((: sizeof :)));
    show("efun with a bound argument", functionp((: explode, "a b" :)));
    show("call_other", functionp((: call_other, o, "query_val" :)));
    show("functional", functionp((: $1 + 1 :)));
    show("functional using a global", functionp((: g :)));
    show("functional with $(local)", functionp((: $(i) * 2 :)));
    show("functional with $(object)", functionp((: $(o)->query_val() :)));
    show("functional with two $()", functionp((: $(i) + sizeof($(a)) :)));
    show("anonymous function", functionp(function(int x) { return x; }));
    f = (: $(o)->query_val() :);
    destruct(o);
    show("$(object) after destruct", functionp(f));
    show("not a function", ({ functionp(0), functionp("args"), functionp(({ })) }));

    i = 5; f = (: $(i) :); i = 6;
    show("$() is taken when made", evaluate(f));
    f = (: g :); g = 7;
    show("a global is read when called", evaluate(f));
    a = ({ 1 }); f = (: $(a) :); a[0] = 2;
    show("$(array) shares the array", evaluate(f));
    show("bound then called arguments", evaluate((: args, 1 :), 2, 3, 4));
    show("missing arguments are 0", evaluate((: args :), 1));
    show("$2 of one argument", evaluate((: ({ $1, $2 }) :), 1));
    show("varargs local", evaluate((: all, 0 :), 1, 2));
    show("efun with bound argument", evaluate((: explode, "a b c" :), " "));
    show("evaluate of a non-function", ({ evaluate(3, 4), evaluate("s") }));
    show("functional returning a functional", evaluate(evaluate((: (: $1 * 3 :) :)), 4));
    show("anonymous function with locals", evaluate(function(int x) { int y = x * 2; return ({ x, y }); }, 6));
    show("map with bound argument", map(({ 1, 2 }), (: args, "b" :)));
    done();
}
