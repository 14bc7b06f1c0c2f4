function held;
mixed held_args;
void hold(function f) { held = f; }
mixed run(mixed a) { return evaluate(held, a); }
mixed run0() { return evaluate(held); }
