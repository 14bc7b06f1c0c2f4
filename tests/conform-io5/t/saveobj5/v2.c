// overlapping names with child.c: some kept, some gone, some new, one changed type
int c_i;
string c_new;
int c_s;
mixed b1_i;
nosave int c_neg;
int restore(string f, int flag) { return restore_object(f, flag); }
int save(string f, int flag) { return save_object(f, flag) != 0; }
mixed *all() { return ({ c_i, c_new, c_s, b1_i, c_neg }); }
void set_all(int a, string b, int c, mixed d, int e) { c_i = a; c_new = b; c_s = c; b1_i = d; c_neg = e; }
