// Overriding an inherited public nomask function must not compile.
inherit "/t/modifiers3/left";
int pubnm_fn() { return 0; }
