// Helper for t_reset.c: turns its heart beat on when created.
void create() { set_heart_beat(1); }
void heart_beat() { }
