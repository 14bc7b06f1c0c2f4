// add_action order across inventory/environment, prefix verbs, commands() entries,
// remove_action, command() of a non-living, actions after moves.
#include <conform.h>
string take() { string s = read_file("/out/log.txt"); rm("/out/log.txt"); return s ? s : ""; }
object mk(string n, int r) { object o = clone_object("/t/cmds_order/o"); o->set(n, r); return o; }
void create() {
  object room = mk("room", 0), p = mk("p", 0), a = mk("a", 0), b = mk("b", 1), c = mk("c", 0);
  mixed *cm;
  p->liv();
  a->mv(room); b->mv(room);
  p->mv(room);
  c->mv(p);
  p->act("look"); show("order all", take());
  p->act("look x"); show("order with arg", take());
  p->act("getit"); show("prefix", take());
  p->act("ge"); show("prefix shorter", take());
  cm = p->cmds();
  show("commands size", sizeof(cm));
  show("commands entry", map(cm, (: ({ sizeof($1), $1[0], $1[1], objectp($1[2]) ? $1[2]->query_name() : $1[2], objectp($1[3]) ? $1[3]->query_name() : $1[3] }) :)));
  show("remove_action", b->rm_look());
  show("remove_action again", b->rm_look());
  p->act("look"); show("after remove", take());
  b->mv(p);
  p->act("look"); show("after move into p", take());
  c->mv(room);
  p->act("look"); show("c left to room", take());
  show("command by nonliving", caught(catch(room->act("look"))));
  show("log nonliving", take());
  p->mv(a);
  p->act("look"); show("inside a", take());
  done();
}
