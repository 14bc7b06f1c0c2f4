object dest;
void log(string s) { write_file("/tmp/cmds6.log", s + "\n"); }
string qn() { return "walker"; }
void go(object d) { dest = d; enable_commands(); set_heart_beat(1); }
void heart_beat() {
    set_heart_beat(0);
    move_object(dest);
    log("walker moved in hb, tp " + (this_player() ? this_player()->qn() : "0"));
}
