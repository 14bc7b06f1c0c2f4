// init() order and this_player/previous_object inside it for nested containers,
// an object destructing itself in init, destruct of a container, cycles.
#include <conform.h>
string take() { string s = read_file("/out/log.txt"); rm("/out/log.txt"); return s ? s : ""; }
object mk(string f, string n, int l) { object o = clone_object(f); o->set(n); if (l) o->setl(); return o; }
void create() {
  object room = mk("/t/init_order/r", "room", 0), p = mk("/t/init_order/r", "p", 1), q = mk("/t/init_order/r", "q", 1), t = mk("/t/init_order/r", "t", 0), b;
  object box = mk("/t/init_order/r", "box", 0);
  rm("/out/log.txt");
  p->mv(room); show("p enters", take());
  t->mv(room); show("t enters", take());
  box->mv(room); show("box enters", take());
  q->mv(box); show("q enters box in room", take());
  t->mv(box); show("t into box with q", take());
  p->mv(box); show("p into box", take());
  b = mk("/t/init_order/bad", "bad", 0);
  b->mv(box); show("self-destructing in init", ({ take(), objectp(b) }));
  show("box inv", map(all_inventory(box), (: $1->query_name() :)));
  destruct(box);
  show("after box destruct", ({ take(), objectp(p), objectp(q), objectp(t) }));
  show("room inv after", map(all_inventory(room), (: $1->query_name() :)));
  show("env of p", p ? environment(p) == room : -1);
  p = mk("/t/init_order/r", "p2", 1);
  p->mv(room); take();
  p->mv(room);
  show("move to same env", take());
  show("this_player in create", this_player());

  show("room into its content", caught(catch(room->mv(p))));
  done();
}
