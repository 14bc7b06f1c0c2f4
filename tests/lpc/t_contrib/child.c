// child.c — overrides shared(), adds typed, varargs and untyped functions,
// an initialised variable and a functional (none of which may be listed twice).
inherit "/t_contrib/base";

mapping child_var = ([ "a" : 1 ]);
float *floats;

string shared() { return "child"; }
varargs int own(int x, string y) { return x; }
function make_fp() { return (: $1 + 1 :); }
untyped(a, b) { return a; }
