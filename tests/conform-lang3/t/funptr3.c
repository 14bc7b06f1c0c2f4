// Function pointers round 3: bound arguments mixed with $N, efun
// pointers with default arguments ((: this_object :), (: previous_object :)),
// pointers that outlive their owner, functionp flag values, calling
// missing functions through pointers.
#include <conform.h>

int mul(int a, int b, int c) { return a * 100 + b * 10 + c; }
varargs mixed *collect(mixed a, mixed b, mixed c) { return ({ a, b, c }); }
string ident() { return "me"; }

void create() {
    object o = load_object("/t/funptr3/owner");
    function f, lf, bf, af, ef, ebf, tf, pf, cf;
    mixed e, r;
    int k = 3;

    f = (: mul, 1 :);
    show("bound one, two more", evaluate(f, 2, 3));
    f = (: mul, 1, 2 :);
    show("bound two, one more", evaluate(f, 9));
    f = (: mul($2, $1, 7) :);
    show("anon $2 $1 const", evaluate(f, 1, 2));
    f = (: mul($1, $(k), $2) :);
    k = 9;
    show("anon with $(k) snapshot", evaluate(f, 1, 2));
    f = (: collect, 1 :);
    show("bound varargs", evaluate(f));
    show("bound varargs extra", evaluate(f, 2, 3, 4));
    f = (: collect($3) :);
    show("anon only $3", evaluate(f, 1, 2, 3));
    f = (: this_object :);
    show("(: this_object :)", evaluate(f));
    f = (: previous_object :);
    show("(: previous_object :) here", evaluate(f));
    show("(: previous_object :) via other", o->run(f, 0));
    f = (: ident :);
    show("functionp local", functionp(f));
    show("functionp efun", functionp((: strlen :)));
    show("functionp anon", functionp((: $1 :)));
    show("functionp bound", functionp((: mul, 1 :)));
    show("functionp call_other", functionp((: call_other, o, "add" :)));
    show("functionp string", functionp("ident"));
    show("functionp array", functionp(({ o, "add" })));
    lf = o->local_fp();
    bf = o->bound_fp();
    af = o->anon_fp();
    ef = o->efun_fp();
    ebf = o->efun_bound_fp();
    tf = o->this_fp();
    pf = o->prev_fp();
    cf = o->call_fp();
    show("owner local fp", evaluate(lf, 1, 2));
    show("owner bound fp", evaluate(bf, 2));
    show("owner anon fp", evaluate(af, 3));
    show("owner efun fp", evaluate(ef, "abcd"));
    show("owner efun bound fp", evaluate(ebf, "a", "b"));
    show("owner this fp", evaluate(tf));
    show("owner prev fp", evaluate(pf));
    show("owner call_other fp", evaluate(cf, 1));
    destruct(o);
    show("owner gone", objectp(o));
    show("functionp after destruct", ({ functionp(lf), functionp(ef), functionp(af) }));
    e = catch(r = evaluate(lf, 1, 2));
    show("local fp after destruct", ({ e, r }));
    r = 0;
    e = catch(r = evaluate(bf, 1));
    show("bound fp after destruct", ({ e, r }));
    r = 0;
    e = catch(r = evaluate(af, 1));
    show("anon fp after destruct", ({ e, r }));
    r = 0;
    e = catch(r = evaluate(ef, "xyz"));
    show("efun fp after destruct", ({ e, r }));
    r = 0;
    e = catch(r = evaluate(tf));
    show("this_object fp after destruct", ({ e, r }));
    r = 0;
    e = catch(r = evaluate(cf, 1));
    show("call_other fp after destruct", ({ e, r }));
    r = 0;
    e = catch(r = (*lf)(1, 2));
    show("(*f)() after destruct", ({ e, r }));
    f = (: call_other, this_object(), "no_such_function" :);
    r = 1;
    e = catch(r = evaluate(f));
    show("call_other fp to missing function", ({ e, r }));
    f = (: $1 + $2 :);
    e = catch(r = evaluate(f, 1, "a"));
    show("anon mixed types", ({ e, r }));
    e = catch(r = evaluate(f, ({ 1 }), 2));
    show("anon bad types error", e);
    f = (: strlen :);
    e = catch(r = evaluate(f, 5));
    show("efun fp bad arg", e);
    e = catch(r = evaluate(f));
    f = (: mul :);
    show("local fp no args", evaluate(f));
    show("map with bound", map(({ 1, 2 }), (: mul, 5 :), 6));
    show("filter with $2", filter(({ 1, 2, 3, 4 }), (: $1 > $2 :), 2));
    show("sort_array anon", sort_array(({ 3, 1, 2 }), (: $2 - $1 :)));
    show("nested anon", evaluate((: evaluate((: $1 * 2 :), $1) + 1 :), 5));
    done();
}
