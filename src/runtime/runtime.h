/*
 * runtime.h — the object-runtime services that run on the backend's clock
 * (call_out, heart_beat, reset/clean_up) and the small helpers the service
 * modules share.
 *
 * Per-object cleanup when an object is destructed goes through the weak
 * hooks of rt_hooks.h: commands_on_destruct (commands.c: actions, living
 * name, notify_fail), heart_beat_on_destruct, call_out_on_destruct.
 * Shadow chains are handled by destruct.c itself.
 *
 * Time: the services keep object times (next_reset, last_access) in whole
 * seconds of the wall clock, time(NULL); call_outs and heart beats use the
 * backend's monotonic clock.
 */
#ifndef HEARTH_RUNTIME_H
#define HEARTH_RUNTIME_H

#include "object.h"
#include "../vm/vm.h"

/* Arms the service timers on the backend: heart beats every
 * cfg.heartbeat_interval, the reset/clean_up sweep, and call_outs as they
 * fall due. Call once after config_apply, before backend_run. */
void rt_services_init(void);
/* Frees every pending call_out, heart beat entry, action, living name and
 * notify_fail message (for leak checks at exit). */
void rt_services_free(void);

/* Calls ob->name() with the nargs values on the stack as arguments while
 * this_player() is `player` (restored afterwards, also on error). Returns
 * the result (borrowed, valid until the next call) or NULL if ob has no
 * such function. LPC errors propagate. */
svalue *rt_apply_as(object *player, const char *name, object *ob, int nargs, int origin);
/* callback.c: runs callback cb (a function name applied to `owner`, or a
 * function pointer; anything else is no callback) with the nargs values on
 * the stack, which it consumes. From the backend loop it is a top-level
 * evaluation (fresh budget, no this_player()); inside running LPC it uses
 * that evaluation's budget. Errors are reported and contained: returns 1
 * if the callback raised one, else 0. */
int rt_callback(const svalue *cb, object *owner, int nargs);
/* Pops whatever a call left above `mark` (see path.c idiom). */
static inline void rt_pop_to(svalue *mark) {
    if (vm_sp > mark) vm_pop((int)(vm_sp - mark));
}

/* reset.c: when `ob` should next get reset(), now + T/2 + random(T/2)
 * with T = cfg.time_to_reset (2.7's rule). */
void reset_schedule(object *ob);

/* The modules' parts of rt_services_init / rt_services_free. */
void heart_beat_start(void);
void heart_beat_free_all(void);
void reset_start(void);
void call_out_free_all(void);

#endif
