// No inherits: save_object counts 1 for the program.
int a;
string s;
mixed m;
int save_to(string f, int flag) { return save_object(f, flag); }
int restore_from(string f, int flag) { return restore_object(f, flag); }
void set(int x, string y, mixed z) { a = x; s = y; m = z; }
mixed query_all() { return ({ a, s, m }); }
nosave mixed lost = ({ });
void restore_lost_variable(mixed value, string var) { lost += ({ var, value }); }
mixed query_lost() { return lost; }
