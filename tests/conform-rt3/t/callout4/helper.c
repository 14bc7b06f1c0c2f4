// Schedules call_outs that report to the test object.
void fire(string tag) { "/t/callout4"->note("helper fired " + tag); }
void later(string tag) { call_out("fire", 0, tag); }
void later_fp(string tag) { call_out((: fire :), 0, tag); }
int pending() { return find_call_out("fire"); }
void live() { enable_commands(); add_action("do_go", "go"); }
int force(string s) { return command(s) ? 1 : 0; }
void in_co() { "/t/callout4"->note("tp in call_out from command " + (this_player() == this_object() ? "giver" : this_player() ? "other" : "0")); }
int do_go(string arg) { call_out("in_co", 0); return 1; }
