#include "log.h"
void catch_tell(string s) { log("tell " + s); }
void receive_message(mixed c, string s) { log("recv(" + (pointerp(c) ? implode(c, ",") : c) + ") " + s); }
void do_say(string s) { say(s); }
void do_cmd(string s) { command(s); }
void init() { add_action("speak", "speak"); }
int speak(string a) { say("said " + a + "\n"); write("wrote " + a + "\n"); return 1; }
