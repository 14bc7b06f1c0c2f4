// Turns its heart beat on and off on request.
int beats;
void heart_beat() { beats++; }
void on() { set_heart_beat(1); }
void off() { set_heart_beat(0); }
int q() { return query_heart_beat(); }
int query_beats() { return beats; }
