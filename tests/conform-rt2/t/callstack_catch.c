// call_stack() forms inside catch: 2.7 lists a CATCH frame for each active catch
// (with the enclosing function's object, program and origin).
#include <conform.h>
mixed *stk() { return ({ call_stack(0), call_stack(1), call_stack(2), call_stack(3) }); }
mixed *viacatch() { mixed *r; catch(r = stk()); return r; }
void create() {
  mixed *r;
  catch(r = stk());
  show("catch direct", r);
  r = viacatch();
  show("catch in fn", r);
  catch(catch(r = stk()));
  show("double catch", r[2]);
  r = load_object("/t/callstack_catch/ob")->fwd(this_object(), "viacatch");
  show("via other", r);
  done();
}
