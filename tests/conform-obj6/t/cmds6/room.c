void log(string s) { write_file("/tmp/cmds6.log", s + "\n"); }
string nm(mixed o) { return objectp(o) ? (o->qn() || "room") : sprintf("%O", o); }
void init() { log("room init tp " + nm(this_player()) + " po " + nm(previous_object())); }
string qn() { return 0; }
