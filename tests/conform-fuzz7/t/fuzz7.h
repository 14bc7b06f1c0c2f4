// fuzz7.h -- the helpers every conform-fuzz7 test shares: id() to keep the
// compiler from folding, undef(), a buffer builder and printer, and r() to
// print one case's value or what catch() gave.
// id() hides a constant from the compiler, so every operation runs at run time.
mixed id(mixed v) { return v; }
mixed undef() { mapping m = ([ ]); return m["nope"]; }
int fn1() { return 1; }
buffer B(int *a) {
    buffer b = allocate_buffer(sizeof(a));
    int i;
    for (i = 0; i < sizeof(a); i++) b[i] = a[i];
    return b;
}
// A buffer printed as <buf n n ...>; anything else as show() prints it.
mixed V(mixed v) {
    string s;
    int i;
    if (!bufferp(v)) return v;
    s = "<buf";
    for (i = 0; i < sizeof(v); i++) s += " " + v[i];
    return s + ">";
}
// One case: the value, or what catch() gave.
void r(string label, mixed e, mixed x) {
    if (e) out(label + ": " + caught(e));
    else show(label, V(x));
}
