inherit "/t/saveobj5/base1";
inherit "/t/saveobj5/base2";
class pt { int x; string y; }
int c_i;
string c_s;
mixed c_cls, c_buf, c_fn, c_ob, c_nest;
float c_neg;
void set(string name, mixed v) {
    switch (name) {
    case "c_i": c_i = v; break;
    case "c_s": c_s = v; break;
    case "c_cls": c_cls = v; break;
    case "c_buf": c_buf = v; break;
    case "c_fn": c_fn = v; break;
    case "c_ob": c_ob = v; break;
    case "c_nest": c_nest = v; break;
    case "c_neg": c_neg = v; break;
    }
}
mixed get(string name) {
    switch (name) {
    case "c_i": return c_i;
    case "c_s": return c_s;
    case "c_cls": return c_cls;
    case "c_buf": return c_buf;
    case "c_fn": return c_fn;
    case "c_ob": return c_ob;
    case "c_nest": return c_nest;
    case "c_neg": return c_neg;
    }
    return "?";
}
mixed make_class() { class pt p = new(class pt); p->x = 3; p->y = "q"; return p; }
int save(string f, int flag) { return save_object(f, flag) != 0; }
int restore(string f, int flag) { return restore_object(f, flag); }
