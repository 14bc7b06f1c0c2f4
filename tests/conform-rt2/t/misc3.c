// previous_object forms, present() with numbered ids, fixed-time ctime/localtime,
// strsrch/replace_string/explode/regexp/reg_assoc corner cases.
#include <conform.h>

void create() {
  object o = load_object("/t/misc3/ob"), c = clone_object("/t/misc3/ob"), c2 = clone_object("/t/misc3/ob");
  mixed *r;
  r = c->fwd(o, "prev");
  show("prev", ({ r[0] == c, r[1] == c, r[2] == this_object(), sizeof(r[3]), r[3][0] == c, r[3][1] == this_object() }));
  show("call_stack bad arg", caught(catch(call_stack(4))));
  show("previous_object(5)", previous_object(5));
  show("present id empty", ({ present("thing", this_object()) }));
  c->mv(this_object());
  show("present thing 1", present("thing", this_object()) == c);
  show("present thing 2", present("thing 2", this_object()));
  c2->mv(this_object());
  show("present thing after 2", ({ present("thing", this_object()) == c2, present("thing 2", this_object()) == c, present("thing 3", this_object()), present("thing 0", this_object()) == c2 }));
  show("present ob", present("ob", this_object()) == c2);
  show("present with two spaces", present("thing  2", this_object()) == c);
  show("present neg", present("thing -1", this_object()));
  show("present in empty obj", present("thing", c));
  show("ctimes", ({ ctime(86400*365), ctime(1234567890), ctime(2147483647) }));
  show("localtime", localtime(1234567890));
  show("uptime int", intp(uptime()));
  show("getuid clone", ({ getuid(c), geteuid(c) }));
  show("strsrch start", ({ strsrch("abcabc", "a", 1), strsrch("aaa", "aa", -1) }));
  show("replace_string max 1", replace_string("xyx", "x", "ab", 1));
  show("explode multi-char partial", explode("aXYbXcXY", "XY"));
  show("implode nested", caught(catch(implode(({ ({ "a" }) }), ","))));
  show("regexp special", regexp(({ "a.b", "axb" }), "a\\.b"));
  show("regexp anchors", regexp(({ "ab", "cab" }), "b$"));
  show("regexp case", regexp(({ "AB", "ab" }), "ab"));
  show("regexp question", regexp(({ "ac", "abc", "abbc" }), "ab?c"));
  show("regexp braces", regexp(({ "aa", "a{2}" }), "a{2}"));
  show("regexp backslash d", regexp(({ "a1", "b" }), "\\d"));
  show("regexp groups", regexp(({ "abab", "ab" }), "(ab)(ab)"));
  show("regexp empty pattern", caught(catch(regexp(({ "a" }), ""))));
  show("reg_assoc two patterns", reg_assoc("hello world", ({ "o", "l+" }), ({ "O", "L" })));
  show("reg_assoc default token", reg_assoc("a b", ({ " " }), ({ "S" }), "D"));
  done();
}
