// Errors in its first heart beat only (2.7 stops all heart beats after the
// first round, so later beats are not looked at).
int n;
void heart_beat() { if (++n > 1) return; write_file("/tmp/hb.log", "erring beat " + n + "\n"); error("hb boom\n"); }
int set(int x) { return set_heart_beat(x); }
int q() { return query_heart_beat(); }
