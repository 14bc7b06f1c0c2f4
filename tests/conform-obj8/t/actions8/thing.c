// An object offering actions whose behaviour is chosen per verb.
string name;
mapping mode = ([]);
void log(string s) { write_file("/out/result.txt", "  " + s + "\n"); }
string qn() { return name; }
void setup(string n, mapping m) { name = n; mode = m; }
void mv(object d) { move_object(d); }
void init() { foreach (string v in keys(mode)) add_action("act", v); }
int act(string arg) {
    string how = mode[query_verb()];
    log(name + " " + query_verb() + " " + how);
    switch (how) {
    case "dest0": destruct(this_object()); return 0;
    case "dest1": destruct(this_object()); return 1;
    case "move0": move_object(environment(environment())); return 0;
    case "move1": move_object(environment(environment())); return 1;
    case "rm0": log("removed " + remove_action("act", query_verb())); return 0;
    case "rm1": log("removed " + remove_action("act", query_verb())); return 1;
    case "rmnone0": log("removed " + remove_action("act", "nosuch")); return 0;
    case "destother0": destruct(present("other", environment(environment(this_player())))); return 0;
    case "destnear0": destruct(present("near", environment(this_player()))); return 0;
    case "tpdest0": destruct(this_player()); return 0;
    case "pass": return 0;
    }
    return 1;
}
int id(string s) { return s == name; }
