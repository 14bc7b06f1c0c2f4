object next;
string nm(mixed o) {
    if (!objectp(o)) return sprintf("%O", o);
    return explode(file_name(o), "#")[0] + (clonep(o) ? "(clone)" : "");
}
void set_next(object o) { next = o; }
string *walk() {
    if (next) return next->walk();
    return ({ nm(previous_object()), nm(previous_object(1)), nm(previous_object(2)),
              nm(previous_object(3)), nm(previous_object(4)) });
}
mixed po(int n) { return previous_object(n); }
object *all() { return next ? next->all() : previous_object(-1); }
string org() { return origin(); }
string via_fp() { function f = (: org :); return evaluate(f); }
string via_local() { return org(); }
int cmp2(int a, int b) {
    write_file("/tmp/stack6.po", nm(previous_object()) + "\n");
    return a - b;
}
mixed cb_po() {
    string s;
    sort_array(({ 2, 1 }), "cmp2", this_object());
    s = read_file("/tmp/stack6.po");
    rm("/tmp/stack6.po");
    return s ? explode(s, "\n")[0] : 0;
}
void log(string s) { write_file("/tmp/stack6.log", s + "\n"); }
void tick() {
    if (next) { next->tick(); return; }
    log("origin " + origin() + " po0 " + nm(previous_object()) + " po1 " + nm(previous_object(1))
        + " po2 " + nm(previous_object(2)) + " tp " + nm(this_player()));
}
void fired() {
    log("callout po0 " + nm(previous_object()) + " tp " + nm(this_player()));
    tick();
}
void arm_callout() { call_out("fired", 1); }
void arm_hb() { set_heart_beat(1); }
void heart_beat() {
    set_heart_beat(0);
    write_file("/tmp/stack6.hb", "hb origin " + origin() + " po0 " + nm(previous_object())
        + " tp " + nm(this_player()) + " ti " + nm(this_interactive()) + "\n");
    if (next) next->hb_chain();
}
void hb_chain() {
    if (next) { next->hb_chain(); return; }
    write_file("/tmp/stack6.hb", "hb chain origin " + origin() + " po0 " + nm(previous_object())
        + " po1 " + nm(previous_object(1)) + " po2 " + nm(previous_object(2))
        + " all " + sizeof(previous_object(-1)) + "\n");
}
