// Helper for t_call_out.c: records its call_outs and heart beats.
string *events = ({ });
int beats;

void ev(string s) { events += ({ s }); }
string *take() { string *r = events; events = ({ }); return r; }

void tick(mixed a, mixed b) { ev("tick " + a + " " + b); }
void who() { ev("player " + (this_player() ? file_name(this_player()) : "0")); }
void where() { ev("origin " + origin()); }
void boom() { error("boom"); }
void later(string s) { ev("later " + s); }

// call_out with up to two extra arguments (none when 0).
varargs int schedule(string fn, int delay, mixed a, mixed b) {
    if (b) return call_out(fn, delay, a, b);
    if (a) return call_out(fn, delay, a);
    return call_out(fn, delay);
}
int schedule_fp(int delay) { return call_out((: ev("pointer") :), delay); }
int remove(mixed what) { return remove_call_out(what); }
int find(mixed what) { return find_call_out(what); }
void remove_all() { remove_call_out(); }

// With this_player() = this object, have t schedule a call_out; then
// stop being living (which also clears this_player()).
void schedule_for(object t) { enable_commands(); t->schedule("who", 0); disable_commands(); }

void heart_beat() {
    beats++;
    if (beats == 2 && sizeof(events) && events[0] == "fail") error("heart beat error");
}
void beat(int n) { set_heart_beat(n); }
int query_beats() { return beats; }
int query_hb() { return query_heart_beat(); }
