// Variables of its own, a plain inherit and a `nosave inherit` whose own
// inherit has variables too.
inherit "/t/saveobj7/base";
nosave inherit "/t/saveobj7/deep";

int hp = 10;
string name = "holder";
nosave int temp = 1;
mixed bag;

int save_to(string f, int flag) { return save_object(f, flag); }
int save_plain(string f) { return save_object(f); }
int restore_from(string f, int flag) { return restore_object(f, flag); }
void set_all() {
    b_level = 30; b_temp = 40; b_name = "B";
    x_count = 70; x_note = "X"; d_val = 90;
    hp = 100; name = "H"; temp = 11; bag = ({ 1, "two" });
}
mixed query_all() {
    return ({ b_level, b_temp, b_name, x_count, x_note, d_val, hp, name, temp, bag });
}
nosave mixed lost = ({ });
void restore_lost_variable(mixed value, string var) { lost += ({ var, value }); }
mixed query_lost() { return lost; }
