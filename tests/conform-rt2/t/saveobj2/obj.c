inherit "/t/saveobj2/base";
int x;
float fl;
string s;
mixed *arr;
mapping map;
nosave int tmp;
object ob;
mixed zero;
void set_all() {
    x = -5; fl = 2.5; s = "q\"\\\n\r\tz"; arr = ({ 1, ({ "a" }), ([ 1: 2 ]) });
    map = ([ "k": -1.5 ]); tmp = 9; ob = this_object(); base_a = 7; base_ns = 8; base_s = "bb";
}
int saveit(string f, int flag) { return save_object(f, flag) ? 1 : 0; }
int restoreit(string f, int flag) { return restore_object(f, flag); }
mixed *query_all() { return ({ base_a, base_ns, base_s, x, fl, s, arr, map, tmp, ob ? 1 : 0, zero }); }
