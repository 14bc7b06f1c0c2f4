int i, zero;
nosave int ns;
float f;
string s, z;
mixed *ms;
mixed ob, fn;
mapping m, em;
void fill() {
    i = 3; zero = 0; f = 2.5; s = "q\"b\\s\nnl\ttab"; z = 0;
    ms = ({ ([ "a": ({ 1, 2 }) ]), 0, ([ ]) });
    ob = this_object(); fn = (: fill :);
    m = ([ 1: ({ ([ "x": 1.0 ]) }) ]); em = ([ ]);
    ns = 4;
}
int save(string f) { return save_object(f); }
int save1(string f) { return save_object(f, 1); }
int restore(string f) { return restore_object(f); }
int restore1(string f) { return restore_object(f, 1); }
void set_ns(int n) { ns = n; }
void set_i(int n) { i = n; }
mixed *get_i_ns() { return ({ i, ns, zero }); }
mixed *get_odd() { return ({ f, s, z, ms, ob, fn, m, em }); }
