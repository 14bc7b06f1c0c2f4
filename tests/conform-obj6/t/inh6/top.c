inherit "/t/inh6/left";
inherit "/t/inh6/right";
int topfn() { return 9; }
void create() { }
