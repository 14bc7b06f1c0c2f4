// The VM core: previous_object and origin, call_stack, eval cost, catch
// and throw details, lvalues (ref, ranges, string chars, compound
// assignment), argument rules and function pointer calls.
#include <test.h>

#define RELAY "/t_vm/relay"

int forever() { while (1) ; return 0; }
string how_local() { return origin(); }
void set_ref(ref int x, int v) { x = v; }
void set_ref_elem(ref mixed x) { x = "set"; }
varargs int nargs(mixed a, mixed b, mixed c) { return !undefinedp(a) + !undefinedp(b) + !undefinedp(c); }
mixed *rest(int a, mixed *r...) { return ({ a, r }); }
int early_in_catch() { catch { return 5; }; return 6; }
int loop_in_catch() {
    int n;
    for (int i = 0; i < 10; i++) {
        catch { if (i == 3) break; n++; };
    }
    return n;
}

void test_previous_object() {
    object r = load_object(RELAY), r2 = clone_object(RELAY);
    expect(r->who(), this_object(), "previous_object() is the caller");
    mixed c = r->chain(r2);
    expect(c[0], r, "previous_object(0) through a relay");
    expect(c[1], this_object(), "previous_object(1) through a relay");
    expect(c[2][0..1], ({ r, this_object() }), "all_previous_objects()");
    destruct(r2);
}

void test_origin() {
    object r = load_object(RELAY);
    expect(how_local(), "local", "origin() of a local call");
    expect(r->how(), "call_other", "origin() of a call_other");
    expect(call_other(r, "how"), "call_other", "origin() of the call_other efun");
    expect(member_array("stack_functions", r->stack_functions()) == 0, 1, "call_stack(2) innermost first");
    expect(sizeof(call_stack(0)) == sizeof(call_stack(1)), 1, "call_stack sizes agree");
    expect(r->hidden(), 0, "call_other does not reach protected functions");
    expect(r->call_hidden_by_pointer(), 1, "a pointer to a protected function works");
}

void test_eval_cost() {
    expect(intp(eval_cost()), 1, "eval_cost() is an int");
    expect(max_eval_cost() > 0, 1, "max_eval_cost()");
    expect_error(catch(forever()), "Too long evaluation", "runaway loop");
    expect(eval_cost() > 0, 1, "some budget is left after the catch");
}

void test_catch_throw() {
    expect(catch(throw(0)), 0, "throw(0) is caught as 0");
    expect(catch(throw(({ 1 }))), ({ 1 }), "throw of an array");
    expect(catch(error("x\n")), "*x\n", "one newline only");
    expect(early_in_catch(), 5, "return from inside a catch block");
    expect(loop_in_catch(), 3, "break out of a catch block in a loop");
    mixed e;
    e = catch { e = catch(error("a")); error("b: " + e); };
    expect(e, "*b: *a\n", "rethrow keeps the inner message");
    int zero = 0;
    expect_error(catch(1 / zero), "Division by zero", "division by zero");
    expect_error(catch(({ 1 })[3]), "out of bounds", "array index");
    expect_error(catch(({ 1 })[-1]), "", "negative index");
}

void test_lvalues() {
    int x = 1;
    set_ref(ref x, 9);
    expect(x, 9, "ref int");
    mixed *a = ({ 1, 2, 3 });
    set_ref_elem(ref a[1]);
    expect(a, ({ 1, "set", 3 }), "ref to an element");
    mapping m = ([ ]);
    set_ref_elem(ref m["k"]);
    expect(m, ([ "k": "set" ]), "ref to a mapping key");
    string s = "hello", t = s;
    t[0] = 'J';
    expect(({ s, t }), ({ "hello", "Jello" }), "char assignment copies the string");
    t[1..3] = "ipp";
    expect(t, "Jippo", "string range assignment");
    a = ({ 1, 2, 3, 4 });
    a[1..2] = ({ "x", "y", "z" });
    expect(a, ({ 1, "x", "y", "z", 4 }), "array range assignment");
    a[<1] = 40;
    expect(a[4], 40, "assignment from the end");
    int i = 7;
    i += 0.9;
    expect(i, 7, "int += float stays an int");
    float f = 1.0;
    f += 1;
    expect(f, 2.0, "float += int");
    string acc = "";
    for (int k = 0; k < 3; k++) acc += k;
    expect(acc, "012", "string += int");
    mapping m2 = ([ "a": 1 ]), same = m2;
    m2 += ([ "b": 2 ]);
    expect(sizeof(same), 2, "mapping += adds in place");
    m2["c"]++;
    expect(m2["c"], 1, "++ on a missing key");
    expect_error(catch(m2["q"]["r"] = 1), "zero", "indexing a missing key");
    expect_error(catch(t[10] = 'x'), "out of bounds", "char index out of range");
    expect_error(catch(t[0] = 0), "0 bytes", "no NUL in strings");
}

void test_arguments() {
    expect(nargs(), 0, "missing args are undefined");
    expect(nargs(1, 2), 2, "two of three");
    expect(call_other(this_object(), "nargs", 1, 2, 3, 4), 3, "extra args dropped");
    expect(rest(1), ({ 1, ({ }) }), "true varargs, none");
    expect(rest(1, 2, 3), ({ 1, ({ 2, 3 }) }), "true varargs");
    function f = (: rest, 5 :);
    expect(evaluate(f, 6), ({ 5, ({ 6 }) }), "bound args come first");
    expect(evaluate((: $1 + $2 :), 1, 2, 3), 3, "extra pointer args dropped");
}

void test_bind() {
    object r = load_object(RELAY);
    function f = (: this_object :);
    expect(evaluate(bind(f, r)), r, "an efun pointer bound to another object");
    expect_error(catch(bind((: forever :), r)), "rebind", "local function pointers stay");
}
