void heart_beat() { write_file("/tmp/hb.log", "killer beat\n"); destruct(this_object()); }
int set(int x) { return set_heart_beat(x); }
int q() { return query_heart_beat(); }
