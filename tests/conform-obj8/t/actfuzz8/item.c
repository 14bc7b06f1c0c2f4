
string name = "?"; string *ids = ({});
object LOG() { return load_object("/t/actfuzz8/log"); }
string nm(mixed o) { return objectp(o) ? o->qn() : sprintf("%O", o); }
string qn() { return name; }
void setup(string n, string *i) { name = n; ids = i; }
int id(string s) { return member_array(s, ids) >= 0; }
mapping ret = ([]); mixed *acts = ({});
void act(string f, string v, int flag, int r) { ret[f] = r; acts += ({ ({ f, v, flag }) }); }
void init() { LOG()->add("init " + name + " tp=" + nm(this_player()) + " po=" + nm(previous_object()));
  foreach (mixed a in acts) { if (a[2] >= 0) add_action(a[0], a[1], a[2]); else add_action(a[0], a[1]); } }
int a1(string s) { LOG()->add("a1 " + name + " verb=" + sprintf("%O", query_verb()) + " arg=" + sprintf("%O", s) + " tp=" + nm(this_player())); if (!ret["a1"]) notify_fail("nf-a1\n"); return ret["a1"]; }
int a2(string s) { LOG()->add("a2 " + name + " verb=" + sprintf("%O", query_verb()) + " arg=" + sprintf("%O", s)); if (ret["a2"] == 2) { LOG()->add("rm " + remove_action("a1", query_verb())); return 1; } return ret["a2"]; }
int a3(string s) { LOG()->add("a3 " + name + " verb=" + sprintf("%O", query_verb()) + " arg=" + sprintf("%O", s)); if (ret["a3"] == 2) { destruct(this_object()); return 0; } return ret["a3"]; }
void mv(mixed d) { move_object(d); }
mixed co(string f, mixed a) { return call_other(this_object(), f, a); }
void tick(mixed a) { LOG()->add("tick " + name + " " + sprintf("%O", a)); }
int hello(mixed a) { return 100 + sizeof(name); }
mixed who(mixed a) { return ({ nm(previous_object()), origin(), nm(this_object()) }); }
void dest() { destruct(this_object()); }
mixed self_after_dest() { destruct(this_object()); return ({ this_object(), previous_object() }); }
