// Object with one variable of each kind for save_object/restore_object.
int num;
string str;
mixed *arr;
mapping map;
float fl;
nosave int hidden;
int zero;
mixed neg;

void set_all() {
    num = 7;
    str = "text with \"quotes\"\nand a newline";
    arr = ({ 1, "a", ({ 2 }) });
    map = ([ "k": ({ 3 }) ]);
    fl = 0.5;
    hidden = 99;
    zero = 0;
    neg = -3;
}
void clear_all() { num = 0; str = 0; arr = 0; map = 0; fl = 0.0; hidden = 0; neg = 0; }
void set_zero_marker() { zero = 5; }
mixed *query_all() { return ({ num, str, arr, map, fl, hidden, zero, neg }); }
int do_save(string f) { return save_object(f); }
int do_save_zeros(string f) { return save_object(f, 1); }
int do_restore(string f) { return restore_object(f); }
int do_restore_keep(string f) { return restore_object(f, 1); }
