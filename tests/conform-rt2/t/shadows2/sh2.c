object victim;
int attach(object o) { victim = o; return shadow(o, 1) ? 1 : 0; }
int num() { return 3; }
