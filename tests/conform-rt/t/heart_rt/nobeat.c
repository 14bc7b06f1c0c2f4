// Has no heart_beat function.
int try_on() { return set_heart_beat(1); }
int q() { return query_heart_beat(); }
