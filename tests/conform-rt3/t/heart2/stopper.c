void heart_beat() { write_file("/tmp/hb.log", "stopper beat q=" + query_heart_beat() + "\n"); set_heart_beat(0); write_file("/tmp/hb.log", "stopper after off q=" + query_heart_beat() + "\n"); }
int set(int n) { return set_heart_beat(n); }
int q() { return query_heart_beat(); }
