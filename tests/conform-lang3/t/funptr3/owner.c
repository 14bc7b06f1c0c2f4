// Hands out function pointers of every kind, then gets destructed.
int base = 5;
int add(int a, int b) { return a + b + base; }
function local_fp() { return (: add :); }
function bound_fp() { return (: add, 1 :); }
function anon_fp() { return (: $1 * base :); }
function efun_fp() { return (: strlen :); }
function efun_bound_fp() { return (: sprintf, "%s-%s" :); }
function this_fp() { return (: this_object :); }
function prev_fp() { return (: previous_object :); }
function call_fp() { return (: call_other, this_object(), "add", 2 :); }
mixed run(function f, mixed a) { return evaluate(f, a); }
