
string name = "?"; string *ids = ({});
object LOG() { return load_object("/t/envfuzz8b/log"); }
string nm(mixed o) { return objectp(o) ? o->qn() : sprintf("%O", o); }
string qn() { return name; }
void setup(string n, string *i) { name = n; ids = i; }
int id(string s) { return member_array(s, ids) >= 0; }
mapping ret = ([]); mixed *acts = ({});
void act(string f, string v, int flag, int r) { ret[f] = r; acts += ({ ({ f, v, flag }) }); }
void init() { LOG()->add("init " + name + " tp=" + nm(this_player()) + " po=" + nm(previous_object()));
  foreach (mixed a in acts) { if (a[2] >= 0) add_action(a[0], a[1], a[2]); else add_action(a[0], a[1]); } }
int a1(string s) { LOG()->add("a1 " + name + " verb=" + sprintf("%O", query_verb()) + " arg=" + sprintf("%O", s) + " tp=" + nm(this_player())); if (!ret["a1"]) notify_fail("nf-a1\n"); return ret["a1"]; }
int a2(string s) { LOG()->add("a2 " + name + " verb=" + sprintf("%O", query_verb()) + " arg=" + sprintf("%O", s)); if (ret["a2"] == 2) { LOG()->add("rm " + remove_action("a1", query_verb())); return 1; } if (ret["a2"] == 3) { LOG()->add("rm0 " + remove_action("a2", query_verb())); return 0; } return ret["a2"]; }
int a3(string s) { LOG()->add("a3 " + name + " verb=" + sprintf("%O", query_verb()) + " arg=" + sprintf("%O", s)); if (ret["a3"] == 2) { destruct(this_object()); return 0; } if (ret["a3"] == 3) { if (environment() && environment(environment())) move_object(environment(environment())); return 0; } if (ret["a3"] == 4) { destruct(this_player()); return 0; } return ret["a3"]; }
void mv(mixed d) { move_object(d); }
mixed co(string f, mixed a) { return call_other(this_object(), f, a); }
void tick(mixed a) { LOG()->add("tick " + name + " " + sprintf("%O", a)); }
int hello(mixed a) { return 100 + sizeof(name); }
mixed who(mixed a) { return ({ nm(previous_object()), origin(), nm(this_object()) }); }
void dest() { destruct(this_object()); }
mixed chain(object a, object b) { return a ? a->hop(b) : -1; }
mixed hop(object b) { return ({ nm(previous_object()), nm(previous_object(1)), b ? b->last() : -2 }); }
mixed last() { return ({ nm(previous_object()), nm(previous_object(1)), nm(previous_object(2)), sizeof(previous_object(-1)), origin() }); }
mixed arm(string f, int d) { call_out(f, d, name); return find_call_out(f); }
mixed armfp(int d) { call_out((: tick :), d, "fp"); return find_call_out("tick"); }
mixed fco() { return ({ find_call_out("tick"), find_call_out("nosuch") }); }
mixed rco() { return remove_call_out("tick"); }
mixed info() { return map(filter(call_out_info(), (: $1[0] == this_object() :)), (: ({ stringp($1[1]) ? $1[1] : functionp($1[1]) ? "fp" : $1[1], sizeof($1), sizeof($1) > 3 ? $1[3..] : 0 }) :)); }
mixed dco() { call_out("tick", 1, "dd"); destruct(this_object()); return ({ this_object(), previous_object() ? 1 : 0 }); }
int setn(string n) { set_living_name(n); return living(this_object()); }
mixed pos() { return ({ present(name), present(name, environment()), environment() ? present(name, environment()) == this_object() : -1 }); }
mixed pos2() { return ({ present("o1 2"), present("sword 0"), present("sword 1"), present("sword", this_object()) }); }
mixed destenv() { object e = environment(); if (e) destruct(e); return ({ environment(), e }); }
mixed movedest(object d) { if (d) destruct(d); return catch(move_object(d)) ? "err" : "ok"; }
mixed coarr(object *a) { return ({ a->qn(), call_other(a, "hello", 1), a->nosuch() }); }
mixed self_after_dest() { destruct(this_object()); return ({ this_object(), previous_object() }); }
