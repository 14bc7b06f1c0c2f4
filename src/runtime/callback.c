/*
 * callback.c — calling an LPC callback the driver was given: a function
 * name (applied to the object that gave it) or a function pointer. Socket
 * events, resolve() answers and similar deliveries come through here.
 *
 * From the backend loop (no LPC running) a callback is a top-level
 * evaluation of its own: a fresh eval budget, no this_player(), errors
 * traced, handed to the master and contained. Called from inside running
 * LPC code (socket_release's callback, a write that finds the connection
 * broken) it runs within that evaluation's budget, errors still contained.
 */
#include "commands.h"
#include "runtime.h"

typedef struct cb_call { svalue cb; object *owner; int nargs; } cb_call;

static void cb_body(void *p) {
    cb_call *c = p;
    if (c->cb.type == T_FUNCTION) vm_call_fp(c->cb.u.fp, c->nargs);
    else vm_apply_str(c->cb.u.s, c->owner, c->nargs, ORIGIN_INTERNAL);
}

int rt_callback(const svalue *cb, object *owner, int nargs) {
    svalue *mark = vm_sp - nargs;
    if ((cb->type != T_STRING && cb->type != T_FUNCTION) || !owner || obj_destructed(owner)) {
        rt_pop_to(mark);
        return 0;
    }
    object *cg = vm_command_giver, *ci = cmd_interactive;
    if (!vm_fp) {
        vm_command_giver = NULL;
        cmd_interactive = NULL;
        vm_reset_eval();
    }
    cb_call c = { .owner = obj_ref(owner), .nargs = nargs };
    sv_copy(&c.cb, cb);          /* whoever holds cb may drop it meanwhile */
    int failed = vm_protect_mark(mark, cb_body, &c, 1);
    rt_pop_to(mark);
    sv_free(&c.cb);
    obj_free(c.owner);
    vm_command_giver = cg;
    cmd_interactive = ci;
    return failed;
}
