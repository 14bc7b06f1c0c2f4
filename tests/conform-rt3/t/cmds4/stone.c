int n;
string name;
void set_name(string s) { name = s; }
void log(string s) { write_file("/tmp/cmds4.log", s + "\n"); }
void move(object d) { move_object(d); }
void init() { add_action("rock", "rock"); add_action("nf2", "nf2"); }
int rock(string a) { log("rock " + name); notify_fail("fail from " + name + "\n"); return 0; }
int nf2(string a) {
    log("nf2 " + name);
    if (name == "s1") notify_fail((: "fn fail\n" :));
    else notify_fail("str fail\n");
    return 0;
}
