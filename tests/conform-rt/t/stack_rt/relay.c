// Helper for stack_rt: reports previous objects, origin and call_stack.
mixed *prev() { return ({ previous_object(), previous_object(1), previous_object(-1) }); }
string org() { return origin(); }
mixed *relay_prev(object o) { return o->prev(); }
mixed *stack(int flag) { return call_stack(flag); }
mixed *relay_stack(object o, int flag) { return o->stack(flag); }
string local_org() { return org(); }
string fp_org() { return evaluate((: org() :)); }
string other_fp_org(object o) { return evaluate((: $(o)->org() :)); }
