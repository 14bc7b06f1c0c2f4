// Child of left and right: same-named variables, :: with missing args,
// redefinition with a different arity, prototypes.
inherit "/t/modifiers3/left";
inherit "/t/modifiers3/right";

int later(int x);
varargs int later2(int x, int y);

int arity(int a, int b) { return a + b + left::arity(a); }
string who() { return "child(" + left::who() + "," + right::who() + ")"; }
int via_va1() { return left::va(1); }
int via_va0() { return left::va(); }
int via_va3() { return left::va(1, 2, 3); }
int via_prot() { return prot_fn() + prot_right(); }
int call_later() { return later(4) + later2(1); }
int later(int x) { return x * 2; }
varargs int later2(int x, int y) { return x + y + 100; }
int child_shared() { return shared; }
