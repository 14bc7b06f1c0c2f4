// Helper for t_reset.c: counts its resets; carries and gives light.
int resets;

void reset() { resets++; }
int query_resets() { return resets; }
void ping() { }
void move(object dest) { move_object(dest); }
int light(int n) { return set_light(n); }
