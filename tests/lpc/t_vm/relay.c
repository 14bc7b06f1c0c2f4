// Helper for t_vm.c: reports how it was called, one object away.
object who() { return previous_object(); }
mixed chain(object next) { return next->chain_end(); }
mixed chain_end() { return ({ previous_object(0), previous_object(1), all_previous_objects() }); }
string how() { return origin(); }
string *stack_functions() { return call_stack(2); }
protected int hidden() { return 1; }
int call_hidden_by_pointer() { return evaluate((: hidden :)); }
int me_id() { return 7; }
