int reached;
mixed pass(object leaf, string fn, mixed arg) { mixed r; reached = 0; r = call_other(leaf, fn, arg); reached = 1; return r; }
mixed pass_catch(object leaf, string fn, mixed arg) { mixed r, e; e = catch(r = call_other(leaf, fn, arg)); return ({ "mid caught", e, r }); }
int get_reached() { return reached; }
