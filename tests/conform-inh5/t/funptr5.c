// Function pointers through inheritance (which override runs, (: ::f :)),
// pointers held by another object after the creator's globals change,
// bind() to clones of the same program, $(expr) evaluated once, nested
// functionals and recursion through a pointer in a global.
inherit "/t/funptr5/base";
#include <conform.h>

int glob = 1;
int sidefx;
function fib;
string f() { return "top.f"; }

int side() { return ++sidefx; }
string tell() { return "glob=" + glob; }

void create() {
    function p, q, r;
    object h, c1, c2;
    mixed e;
    show("pointer to overridden f here", evaluate((: f :)));
    show("pointer made in base to f", evaluate(get_f()));
    show("pointer made in base to g", evaluate(get_super_g()));
    e = catch(load_object("/t/funptr5/superptr"));
    show("(: base::f :) compiles", e ? "error" : "ok");
    p = (: ::f() :);
    show("anon calling ::f", evaluate(p));
    h = clone_object("/t/funptr5/holder");
    h->hold((: glob + $1 :));
    glob = 5;
    show("anon reads global at eval", h->run(10));
    h->hold((: tell :));
    glob = 7;
    show("local pointer in other object", h->run0());
    h->hold((: $(glob) + $1 :));
    glob = 100;
    show("$(glob) snapshot", h->run(1));
    sidefx = 0;
    p = (: $(side()) + $1 :);
    show("$(side()) once", ({ evaluate(p, 0), evaluate(p, 0), evaluate(p, 0), sidefx }));
    c1 = clone_object("/t/funptr5/clone");
    c2 = clone_object("/t/funptr5/clone");
    c1->set_tag("one");
    c2->set_tag("two");
    p = c1->make();
    show("anon from clone1", evaluate(p, "x"));
    e = catch(q = bind(p, c2));
    show("bind anon to clone2", e ? "error" : evaluate(q, "y"));
    p = c1->make_local();
    e = catch(q = bind(p, c2));
    show("bind local to clone2", e ? "error" : evaluate(q));
    show("original still clone1", evaluate(p));
    e = catch(q = bind((: tell :), c1));
    show("bind local to other program", e ? "error" : "ok");
    p = (: (: (: $1 * 3 :) :) :);
    show("nested functionals", evaluate(evaluate(evaluate(p)), 4));
    p = (: map($1, (: $1 + $(glob) :)) :);
    show("nested $() in map", evaluate(p, ({ 1, 2 })));
    fib = (: $1 < 2 ? $1 : evaluate(fib, $1 - 1) + evaluate(fib, $1 - 2) :);
    show("recursion through global", evaluate(fib, 10));
    q = fib;
    fib = (: -1 :);
    show("recursion after global replaced", evaluate(q, 3));
    p = function(int n) { return n <= 0 ? ({}) : ({ n }) + evaluate(fib, n - 1); };
    fib = p;
    show("function() recursion", evaluate(p, 3));
    show("pointer equality", ({ (: f :) == (: f :), p == fib }));
    r = (: call_other, h, "run0" :);
    h->hold((: name :));
    show("call_other pointer chain", evaluate(r));
    done();
}
