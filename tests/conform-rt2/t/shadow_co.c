// shadows seen through present/function_exists/function pointers, euid checks,
// call_out_info entries, negative delays, remove_call_out() with no args.
#include <conform.h>
int n;
void co(mixed a) { n++; }
void create() {
  object o = clone_object("/t/shadow_co/ob"), s = clone_object("/t/shadow_co/sh"), e;
  mixed info;
  show("shadow go", s->go(o));
  show("q through shadow", o->q());
  show("call_other to shadow's id", o->id("shadowid"));
  show("present finds via shadow id", ({ o->mv(this_object()), present("shadowid", this_object()) == o }));
  show("function_exists q", function_exists("q", o));
  show("function_exists id", function_exists("id", o));
  show("function_exists flag", function_exists("q", o, 1));
  show("shadow of shadow target query", query_shadowing(o));
  show("evaluate fp bound to target", evaluate((: call_other, o, "q" :)));
  show("destruct target keeps shadow?", ({ destruct(o), objectp(s) }));
  show("seteuid bogus", caught(catch(seteuid("Bogus"))));
  show("geteuid after bogus", geteuid(this_object()));
  show("seteuid 0 then clone", ({ seteuid(0), caught(catch(e = clone_object("/t/shadow_co/ob"))), e ? geteuid(e) : "none" }));
  seteuid("Root");
  show("call_out 0 delay info", ({ call_out("co", 0, 1) > 0, sizeof(filter(call_out_info(), (: $1[0] == this_object() :))) }));
  info = filter(call_out_info(), (: $1[0] == this_object() :))[0];
  show("info entry", ({ info[1], info[2], sizeof(info) }));
  call_out("co", 2, ({ 1, 2 }));
  info = filter(call_out_info(), (: $1[1] == "co" && $1[2] == 2 :));
  show("info args", sizeof(info) ? info[0][3..] : "none");
  show("call_out neg delay", ({ call_out("co", -5) > 0, find_call_out("co") }));
  show("call_out fp info", ({ call_out((: co :), 4) > 0, sizeof(filter(call_out_info(), (: $1[0] == this_object() :))) }));
  show("call_out to missing", ({ call_out("nosuch", 1) > 0, find_call_out("nosuch") }));
  remove_call_out();
  show("remove_call_out no args left", sizeof(filter(call_out_info(), (: $1[0] == this_object() :))));
  done();
}
