int x = 100;
string newvar = "keep";
int base_a;
mapping map = ([ "init": 1 ]);
int restoreit(string f, int flag) { return restore_object(f, flag); }
mixed *query_all() { return ({ x, newvar, base_a, map }); }
