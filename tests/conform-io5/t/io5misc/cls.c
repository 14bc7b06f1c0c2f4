class pair { int a; mixed b; }
class pair p;
int *ia;
mapping m;
void fill() { p = new(class pair); p->a = -4; p->b = ({ "x", 1.5 }); ia = ({ 3, -3 }); m = ([ ({ 1 }): 2 ]); }
int save(string f) { return save_object(f) != 0; }
int restore(string f) { return restore_object(f); }
mixed *get() { return ({ p ? p->a : "none", p ? p->b : "none", ia, sizeof(m) }); }
void clear() { p = 0; ia = 0; m = 0; }
