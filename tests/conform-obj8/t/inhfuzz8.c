#include <conform.h>
void create() { object o; mixed v; int k = 0;
  v = catch(o = load_object("/t/inhfuzz8/c0")); out("load c0 " + (v ? "error" : "ok"));
  if (o) {
    show("il0", inherit_list(o)); show("dil0", sort_array(deep_inherit_list(o), 1));
    show("fn0", sort_array(functions(o), 1)); show("var0", sort_array(variables(o), 1));
    show("vf0", sort_array(map(variables(o, 1), (: $1[0] + ":" + $1[1] :)), 1));
    show("fe0f", ({ function_exists("f", o), function_exists("f", o, 1) }));
    out("co0f " + caught(catch(v = call_other(o, "f")))); show("r0f", v); v = 0;
    out("ci0f " + caught(catch(v = o->call("f")))); show("q0f", v); v = 0;
    show("fe0g", ({ function_exists("g", o), function_exists("g", o, 1) }));
    out("co0g " + caught(catch(v = call_other(o, "g")))); show("r0g", v); v = 0;
    out("ci0g " + caught(catch(v = o->call("g")))); show("q0g", v); v = 0;
    show("fe0h", ({ function_exists("h", o), function_exists("h", o, 1) }));
    out("co0h " + caught(catch(v = call_other(o, "h")))); show("r0h", v); v = 0;
    out("ci0h " + caught(catch(v = o->call("h")))); show("q0h", v); v = 0;
    show("fe0k", ({ function_exists("k", o), function_exists("k", o, 1) }));
    out("co0k " + caught(catch(v = call_other(o, "k")))); show("r0k", v); v = 0;
    out("ci0k " + caught(catch(v = o->call("k")))); show("q0k", v); v = 0;
    show("fe0call", ({ function_exists("call", o), function_exists("call", o, 1) }));
    out("co0call " + caught(catch(v = call_other(o, "call")))); show("r0call", v); v = 0;
    out("ci0call " + caught(catch(v = o->call("call")))); show("q0call", v); v = 0;
    show("fe0create", ({ function_exists("create", o), function_exists("create", o, 1) }));
    out("co0create " + caught(catch(v = call_other(o, "create")))); show("r0create", v); v = 0;
    out("ci0create " + caught(catch(v = o->call("create")))); show("q0create", v); v = 0;
  }
  v = catch(o = load_object("/t/inhfuzz8/c1")); out("load c1 " + (v ? "error" : "ok"));
  if (o) {
    show("il1", inherit_list(o)); show("dil1", sort_array(deep_inherit_list(o), 1));
    show("fn1", sort_array(functions(o), 1)); show("var1", sort_array(variables(o), 1));
    show("vf1", sort_array(map(variables(o, 1), (: $1[0] + ":" + $1[1] :)), 1));
    show("fe1f", ({ function_exists("f", o), function_exists("f", o, 1) }));
    out("co1f " + caught(catch(v = call_other(o, "f")))); show("r1f", v); v = 0;
    out("ci1f " + caught(catch(v = o->call("f")))); show("q1f", v); v = 0;
    show("fe1g", ({ function_exists("g", o), function_exists("g", o, 1) }));
    out("co1g " + caught(catch(v = call_other(o, "g")))); show("r1g", v); v = 0;
    out("ci1g " + caught(catch(v = o->call("g")))); show("q1g", v); v = 0;
    show("fe1h", ({ function_exists("h", o), function_exists("h", o, 1) }));
    out("co1h " + caught(catch(v = call_other(o, "h")))); show("r1h", v); v = 0;
    out("ci1h " + caught(catch(v = o->call("h")))); show("q1h", v); v = 0;
    show("fe1k", ({ function_exists("k", o), function_exists("k", o, 1) }));
    out("co1k " + caught(catch(v = call_other(o, "k")))); show("r1k", v); v = 0;
    out("ci1k " + caught(catch(v = o->call("k")))); show("q1k", v); v = 0;
    show("fe1call", ({ function_exists("call", o), function_exists("call", o, 1) }));
    out("co1call " + caught(catch(v = call_other(o, "call")))); show("r1call", v); v = 0;
    out("ci1call " + caught(catch(v = o->call("call")))); show("q1call", v); v = 0;
    show("fe1create", ({ function_exists("create", o), function_exists("create", o, 1) }));
    out("co1create " + caught(catch(v = call_other(o, "create")))); show("r1create", v); v = 0;
    out("ci1create " + caught(catch(v = o->call("create")))); show("q1create", v); v = 0;
  }
  v = catch(o = load_object("/t/inhfuzz8/c2")); out("load c2 " + (v ? "error" : "ok"));
  if (o) {
    show("il2", inherit_list(o)); show("dil2", sort_array(deep_inherit_list(o), 1));
    show("fn2", sort_array(functions(o), 1)); show("var2", sort_array(variables(o), 1));
    show("vf2", sort_array(map(variables(o, 1), (: $1[0] + ":" + $1[1] :)), 1));
    show("fe2f", ({ function_exists("f", o), function_exists("f", o, 1) }));
    out("co2f " + caught(catch(v = call_other(o, "f")))); show("r2f", v); v = 0;
    out("ci2f " + caught(catch(v = o->call("f")))); show("q2f", v); v = 0;
    show("fe2g", ({ function_exists("g", o), function_exists("g", o, 1) }));
    out("co2g " + caught(catch(v = call_other(o, "g")))); show("r2g", v); v = 0;
    out("ci2g " + caught(catch(v = o->call("g")))); show("q2g", v); v = 0;
    show("fe2h", ({ function_exists("h", o), function_exists("h", o, 1) }));
    out("co2h " + caught(catch(v = call_other(o, "h")))); show("r2h", v); v = 0;
    out("ci2h " + caught(catch(v = o->call("h")))); show("q2h", v); v = 0;
    show("fe2k", ({ function_exists("k", o), function_exists("k", o, 1) }));
    out("co2k " + caught(catch(v = call_other(o, "k")))); show("r2k", v); v = 0;
    out("ci2k " + caught(catch(v = o->call("k")))); show("q2k", v); v = 0;
    show("fe2call", ({ function_exists("call", o), function_exists("call", o, 1) }));
    out("co2call " + caught(catch(v = call_other(o, "call")))); show("r2call", v); v = 0;
    out("ci2call " + caught(catch(v = o->call("call")))); show("q2call", v); v = 0;
    show("fe2create", ({ function_exists("create", o), function_exists("create", o, 1) }));
    out("co2create " + caught(catch(v = call_other(o, "create")))); show("r2create", v); v = 0;
    out("ci2create " + caught(catch(v = o->call("create")))); show("q2create", v); v = 0;
  }
  v = catch(o = load_object("/t/inhfuzz8/c3")); out("load c3 " + (v ? "error" : "ok"));
  if (o) {
    show("il3", inherit_list(o)); show("dil3", sort_array(deep_inherit_list(o), 1));
    show("fn3", sort_array(functions(o), 1)); show("var3", sort_array(variables(o), 1));
    show("vf3", sort_array(map(variables(o, 1), (: $1[0] + ":" + $1[1] :)), 1));
    show("fe3f", ({ function_exists("f", o), function_exists("f", o, 1) }));
    out("co3f " + caught(catch(v = call_other(o, "f")))); show("r3f", v); v = 0;
    out("ci3f " + caught(catch(v = o->call("f")))); show("q3f", v); v = 0;
    show("fe3g", ({ function_exists("g", o), function_exists("g", o, 1) }));
    out("co3g " + caught(catch(v = call_other(o, "g")))); show("r3g", v); v = 0;
    out("ci3g " + caught(catch(v = o->call("g")))); show("q3g", v); v = 0;
    show("fe3h", ({ function_exists("h", o), function_exists("h", o, 1) }));
    out("co3h " + caught(catch(v = call_other(o, "h")))); show("r3h", v); v = 0;
    out("ci3h " + caught(catch(v = o->call("h")))); show("q3h", v); v = 0;
    show("fe3k", ({ function_exists("k", o), function_exists("k", o, 1) }));
    out("co3k " + caught(catch(v = call_other(o, "k")))); show("r3k", v); v = 0;
    out("ci3k " + caught(catch(v = o->call("k")))); show("q3k", v); v = 0;
    show("fe3call", ({ function_exists("call", o), function_exists("call", o, 1) }));
    out("co3call " + caught(catch(v = call_other(o, "call")))); show("r3call", v); v = 0;
    out("ci3call " + caught(catch(v = o->call("call")))); show("q3call", v); v = 0;
    show("fe3create", ({ function_exists("create", o), function_exists("create", o, 1) }));
    out("co3create " + caught(catch(v = call_other(o, "create")))); show("r3create", v); v = 0;
    out("ci3create " + caught(catch(v = o->call("create")))); show("q3create", v); v = 0;
  }
  v = catch(o = load_object("/t/inhfuzz8/c4")); out("load c4 " + (v ? "error" : "ok"));
  if (o) {
    show("il4", inherit_list(o)); show("dil4", sort_array(deep_inherit_list(o), 1));
    show("fn4", sort_array(functions(o), 1)); show("var4", sort_array(variables(o), 1));
    show("vf4", sort_array(map(variables(o, 1), (: $1[0] + ":" + $1[1] :)), 1));
    show("fe4f", ({ function_exists("f", o), function_exists("f", o, 1) }));
    out("co4f " + caught(catch(v = call_other(o, "f")))); show("r4f", v); v = 0;
    out("ci4f " + caught(catch(v = o->call("f")))); show("q4f", v); v = 0;
    show("fe4g", ({ function_exists("g", o), function_exists("g", o, 1) }));
    out("co4g " + caught(catch(v = call_other(o, "g")))); show("r4g", v); v = 0;
    out("ci4g " + caught(catch(v = o->call("g")))); show("q4g", v); v = 0;
    show("fe4h", ({ function_exists("h", o), function_exists("h", o, 1) }));
    out("co4h " + caught(catch(v = call_other(o, "h")))); show("r4h", v); v = 0;
    out("ci4h " + caught(catch(v = o->call("h")))); show("q4h", v); v = 0;
    show("fe4k", ({ function_exists("k", o), function_exists("k", o, 1) }));
    out("co4k " + caught(catch(v = call_other(o, "k")))); show("r4k", v); v = 0;
    out("ci4k " + caught(catch(v = o->call("k")))); show("q4k", v); v = 0;
    show("fe4call", ({ function_exists("call", o), function_exists("call", o, 1) }));
    out("co4call " + caught(catch(v = call_other(o, "call")))); show("r4call", v); v = 0;
    out("ci4call " + caught(catch(v = o->call("call")))); show("q4call", v); v = 0;
    show("fe4create", ({ function_exists("create", o), function_exists("create", o, 1) }));
    out("co4create " + caught(catch(v = call_other(o, "create")))); show("r4create", v); v = 0;
    out("ci4create " + caught(catch(v = o->call("create")))); show("q4create", v); v = 0;
  }
  done(); }
