void log(string s) { write_file("/tmp/cmds4.log", s + "\n"); }
void init() {
    add_action("dup_a", "dup");
    add_action("dup_b", "dup");
    add_action("pre", "xy", 1);
    add_action("two", "qq", 2);
}
int dup_a(string a) { log("dup_a verb=" + query_verb() + " arg=" + (a ? "\"" + a + "\"" : "0")); return 1; }
int dup_b(string a) { log("dup_b verb=" + query_verb() + " arg=" + (a ? "\"" + a + "\"" : "0")); return 0; }
int pre(string a) { log("pre verb=" + query_verb() + " arg=" + (a ? "\"" + a + "\"" : "0")); return 1; }
int two(string a) { log("two verb=" + query_verb() + " arg=" + (a ? "\"" + a + "\"" : "0")); return 1; }
