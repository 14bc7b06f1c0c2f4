// A second parent for multiple inheritance.
int other_fn() { return 5; }
