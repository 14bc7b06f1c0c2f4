string log = "";
void note(string s) { log += s + ";"; }
string take_log() { string s = log; log = ""; return s; }
int do_a(string arg) { note("a1(" + (arg ? arg : "0") + ")" + query_verb()); return 0; }
int do_a2(string arg) { note("a2(" + (arg ? arg : "0") + ")" + query_verb()); return 1; }
int do_pre(string arg) { note("pre(" + (arg ? arg : "0") + ")" + query_verb()); return 1; }
int do_nf(string arg) { notify_fail("nf string\n"); return 0; }
int do_nff(string arg) { notify_fail((: "nf func " + query_verb() + "\n" :)); return 0; }
int do_nff2(string arg) { notify_fail((: note("nffunc ran") :)); return 0; }
int do_num(string arg) { note("num"); return 7; }
int do_err(string arg) { error("cmd err"); }
int do_stay(string arg) { note("stay"); return 1; }
int do_nf2(string arg) { notify_fail("first\n"); notify_fail("second\n"); return 0; }
void init() {
    add_action("do_a2", "alpha");
    add_action("do_a", "alpha");
    add_action("do_pre", "pr", 1);
    add_action("do_pre", "x", 2);
    add_action("do_nf", "nf");
    add_action("do_nff", "nff");
    add_action("do_nff2", "nfg");
    add_action("do_num", "num");
    add_action("do_err", "err");
    add_action("do_nf2", "twice");
    add_action("do_stay", ({ "s1", "s2" }));
    add_action((: note("fp " + $1) :), "fp");
}
