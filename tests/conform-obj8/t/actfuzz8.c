#include <conform.h>
object *P = ({}); object S; mixed v;
string nm(mixed o) { return objectp(o) ? o->qn() : sprintf("%O", o); }
mixed conv(mixed x) { if (objectp(x)) return nm(x); if (arrayp(x)) return map(x, (: conv :)); return x; }
void tick(mixed a) { out("TICK " + a); }
void flush() { foreach (string s in load_object("/t/actfuzz8/log")->get()) out("  " + s); }
void create() { int i;
  P += ({ new("/t/actfuzz8/item") }); P[0]->setup("o0", ({  }));
  P[0]->act("a1", "l", 2, 2);
  P[0]->act("a3", "g", 1, 2);
  P += ({ new("/t/actfuzz8/item") }); P[1]->setup("o1", ({ "coin" }));
  P[1]->act("a3", "x", -1, 2);
  P[1]->mv(P[0]);
  P += ({ new("/t/actfuzz8/liv") }); P[2]->setup("o2", ({ "bag", "sword" }));
  P[2]->mv(P[1]);
  v = 0; out("c0 " + caught(catch { v = map(call_out_info(), (: ({ $1[0] == this_object(), $1[1], sizeof($1) }) :)); }) ); show("c0", conv(v)); flush();
  v = 0; out("c1 " + caught(catch { v = P[1]->hello(1); }) ); show("c1", conv(v)); flush();
  v = 0; out("c2 " + caught(catch { v = P[0]->hello(1); }) ); show("c2", conv(v)); flush();
  v = 0; out("c3 " + caught(catch { v = ({ P[2]->cmd("get"), P[2]->cmd("look   y") }); }) ); show("c3", conv(v)); flush();
  v = 0; out("c4 " + caught(catch { v = ({ P[2]->cmd("x"), P[0]->cmd("g ") }); }) ); show("c4", conv(v)); flush();
  v = 0; out("c5 " + caught(catch { v = present("bag 1", P[1]); }) ); show("c5", conv(v)); flush();
  v = 0; out("c6 " + caught(catch { v = ({ P[1]->cmd("look"), P[1]->cmd("l x") }); }) ); show("c6", conv(v)); flush();
  v = 0; out("c7 " + caught(catch { v = present("sword 3", P[2]); }) ); show("c7", conv(v)); flush();
  v = 0; out("c8 " + caught(catch { v = ({ P[2]->cmd("go"), P[0]->cmd("x a b") }); }) ); show("c8", conv(v)); flush();
  v = 0; out("c9 " + caught(catch { v = all_inventory(P[2]); }) ); show("c9", conv(v)); flush();
  v = 0; out("c10 " + caught(catch { v = present("sword 2"); v = ({ v, present(P[2], P[0]) }); }) ); show("c10", conv(v)); flush();
  v = 0; out("c11 " + caught(catch { v = P->hello(2); }) ); show("c11", conv(v)); flush();
  v = 0; out("c12 " + caught(catch { v = ({ P[1]->cmd("g"), P[1]->cmd("l x") }); }) ); show("c12", conv(v)); flush();
  v = 0; out("c13 " + caught(catch { v = ({ P[0]->cmd("l"), P[1]->cmd("take a b") }); }) ); show("c13", conv(v)); flush();
  v = 0; out("c14 " + caught(catch { v = map(call_out_info(), (: ({ $1[0] == this_object(), $1[1], sizeof($1) }) :)); }) ); show("c14", conv(v)); flush();
  v = 0; out("c15 " + caught(catch { v = P[0]->hello(1); }) ); show("c15", conv(v)); flush();
  v = 0; out("c16 " + caught(catch { v = ({ getuid(P[0]), geteuid(P[1]), seteuid(0), geteuid(this_object()), seteuid("Root") }); }) ); show("c16", conv(v)); flush();
  v = 0; out("c17 " + caught(catch { v = P[0]->nosuch(1); }) ); show("c17", conv(v)); flush();
  v = 0; out("c18 " + caught(catch { v = ({ P[0]->cmd("x"), P[1]->cmd("take ") }); }) ); show("c18", conv(v)); flush();
  v = 0; out("c19 " + caught(catch { v = ({ getuid(P[0]), geteuid(P[0]), seteuid(0), geteuid(this_object()), seteuid("Root") }); }) ); show("c19", conv(v)); flush();
  v = 0; out("c20 " + caught(catch { v = present("bag 3", P[0]); }) ); show("c20", conv(v)); flush();
  v = 0; out("c21 " + caught(catch { v = ({ P[1]->cmd("get"), P[2]->cmd("x   y") }); }) ); show("c21", conv(v)); flush();
  v = 0; out("c22 " + caught(catch { v = ({ P[2]->cmd("go"), P[1]->cmd("g ") }); }) ); show("c22", conv(v)); flush();
  v = 0; out("c23 " + caught(catch { v = ({ P[1]->cmd("l"), P[0]->cmd("look x") }); }) ); show("c23", conv(v)); flush();
  v = 0; out("c24 " + caught(catch { v = P[1]->rm("a2", "g"); }) ); show("c24", conv(v)); flush();
  v = 0; out("c25 " + caught(catch { v = deep_inventory(P[0]); }) ); show("c25", conv(v)); flush();
  v = 0; out("c26 " + caught(catch { v = ({ P[0]->cmd("x"), P[2]->cmd("go x") }); }) ); show("c26", conv(v)); flush();
  v = 0; out("c27 " + caught(catch { v = first_inventory(P[1]); v = ({ v, v ? next_inventory(v) : 0 }); }) ); show("c27", conv(v)); flush();
  v = 0; out("c28 " + caught(catch { v = objectp(S) ? ({ S->up(1), S->who(1) }) : 0; }) ); show("c28", conv(v)); flush();
  v = 0; out("c29 " + caught(catch { v = ({ P[2]->cmd("x"), P[2]->cmd("g   y") }); }) ); show("c29", conv(v)); flush();
  v = 0; out("c30 " + caught(catch { v = map(call_out_info(), (: ({ $1[0] == this_object(), $1[1], sizeof($1) }) :)); }) ); show("c30", conv(v)); flush();
  v = 0; out("c31 " + caught(catch { v = first_inventory(P[2]); v = ({ v, v ? next_inventory(v) : 0 }); }) ); show("c31", conv(v)); flush();
  v = 0; out("c32 " + caught(catch { v = ({ P[1]->cmd("go"), P[1]->cmd("g ") }); }) ); show("c32", conv(v)); flush();
  v = 0; out("c33 " + caught(catch { v = ({ P[1]->cmd("get"), P[1]->cmd("look x") }); }) ); show("c33", conv(v)); flush();
  v = 0; out("c34 " + caught(catch { v = present("box", P[2]); }) ); show("c34", conv(v)); flush();
  v = 0; out("c35 " + caught(catch { v = ({ P[1]->cmd("look"), P[2]->cmd("look ") }); }) ); show("c35", conv(v)); flush();
  v = 0; out("c36 " + caught(catch { v = P[2]->hello(1); }) ); show("c36", conv(v)); flush();
  v = 0; out("c37 " + caught(catch { P[0]->act("a3", "take", 0, 2); v = 1; }) ); show("c37", conv(v)); flush();
  v = 0; out("c38 " + caught(catch { S = new("/t/actfuzz8/sh"); v = ({ S->on(P[0]), query_shadowing(S) ? 1 : 0, shadow(P[1], 0) ? 1 : 0 }); }) ); show("c38", conv(v)); flush();
  v = 0; out("c39 " + caught(catch { v = ({ P[1]->cmd("get"), P[0]->cmd("look a b") }); }) ); show("c39", conv(v)); flush();
  v = 0; out("c40 " + caught(catch { v = deep_inventory(P[2]); }) ); show("c40", conv(v)); flush();
  v = 0; out("c41 " + caught(catch { v = map(call_out_info(), (: ({ $1[0] == this_object(), $1[1], sizeof($1) }) :)); }) ); show("c41", conv(v)); flush();
  v = 0; out("c42 " + caught(catch { v = call_other(P[0], ({ "who", 5 })); }) ); show("c42", conv(v)); flush();
  v = 0; out("c43 " + caught(catch { v = map(P, (: $1 && environment($1) :)); }) ); show("c43", conv(v)); flush();
  v = 0; out("c44 " + caught(catch { v = ({ P[0]->cmd("x"), P[1]->cmd("l x") }); }) ); show("c44", conv(v)); flush();
  v = 0; out("c45 " + caught(catch { v = P->hello(2); }) ); show("c45", conv(v)); flush();
  v = 0; out("c46 " + caught(catch { v = present("bag 0", P[1]); }) ); show("c46", conv(v)); flush();
  v = 0; out("c47 " + caught(catch { v = ({ P[1]->cmd("x"), P[1]->cmd("g ") }); }) ); show("c47", conv(v)); flush();
  v = 0; out("c48 " + caught(catch { v = ({ P[2]->cmd("take"), P[2]->cmd("x a b") }); }) ); show("c48", conv(v)); flush();
  v = 0; out("c49 " + caught(catch { v = objectp(P[0]) ? P[0]->self_after_dest() : -9; }) ); show("c49", conv(v)); flush();
  call_out("fin", 0); }
void fin() { flush(); out("FIN " + sizeof(call_out_info())); while (remove_call_out("tick") >= 0) ; done(); }
