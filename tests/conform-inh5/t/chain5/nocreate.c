inherit "/t/chain5/b";
int calls;
string who() { calls++; return "nocreate"; }
int get_calls() { return calls; }
