/*
 * reset.c — reset() and clean_up(), 2.7 style, from a periodic sweep.
 *
 * reset(): an object gets it when its next_reset time has passed and it
 * was used since its last reset (the VM clears O_RESET_STATE whenever it
 * calls into the object); next_reset is then T/2 + random(T/2) ahead,
 * T = `time to reset`. An object without reset() is flagged and skipped.
 *
 * clean_up(inherited): an object unused (last_access, kept by the VM) for
 * `time to clean up` seconds gets it; the argument is 0 for a clone, else
 * the reference count of its program (more than 1 when other programs
 * inherit it or clones share it). If it returns 0, or has no clean_up(),
 * it is never asked again.
 *
 * Both run without this_player(), each as its own protected top-level
 * call with a fresh eval budget. The sweep first lists the objects that
 * are due (counted), so objects destructed meanwhile are simply skipped.
 */
#include <stdlib.h>
#include <time.h>
#include "backend.h"
#include "config.h"
#include "runtime.h"
#include "../base/mem.h"
#include "../efun/efun.h"
#include "../vm/vm.h"

#define SWEEP_SECONDS 5.0

void reset_schedule(object *ob) {
    int64_t t = cfg.time_to_reset > 0 ? cfg.time_to_reset : 1800;
    int64_t half = t / 2;
    ob->next_reset = (int64_t)time(NULL) + half + (half > 0 ? random() % half : 0);
}

static int wants_reset(const object *ob, int64_t now) {
    return !(ob->flags & (O_NO_RESET | O_RESET_STATE)) && ob->next_reset <= now;
}

static int wants_clean_up(const object *ob, int64_t now) {
    return cfg.time_to_clean_up > 0 && !(ob->flags & O_NO_CLEAN_UP)
        && now - ob->last_access > cfg.time_to_clean_up;
}

static void reset_body(void *p) {
    object *ob = p;
    svalue *mark = vm_sp;
    vm_apply("reset", ob, 0, ORIGIN_DRIVER);
    rt_pop_to(mark);
}

static void do_reset(object *ob) {
    reset_schedule(ob);
    if (prog_find_function_cstr(ob->prog, "reset") < 0) {
        ob->flags |= O_NO_RESET;
        return;
    }
    vm_reset_eval();
    vm_protect(reset_body, ob, 1);
    if (!obj_destructed(ob)) ob->flags |= O_RESET_STATE;
}

typedef struct clean_job { object *ob; int again; } clean_job;

static void clean_body(void *p) {
    clean_job *j = p;
    svalue *mark = vm_sp;
    push_int((j->ob->flags & O_CLONE) ? 0 : (int64_t)j->ob->prog->refs);
    svalue *r = vm_apply("clean_up", j->ob, 1, ORIGIN_DRIVER);
    j->again = r && !(r->type == T_INT && r->u.n == 0);
    rt_pop_to(mark);
}

static void do_clean_up(object *ob, int64_t now) {
    if (prog_find_function_cstr(ob->prog, "clean_up") < 0) {
        ob->flags |= O_NO_CLEAN_UP;
        return;
    }
    uint32_t reset_state = ob->flags & O_RESET_STATE;
    clean_job job = { ob, 0 };
    vm_reset_eval();
    vm_protect(clean_body, &job, 1);
    if (obj_destructed(ob)) return;
    if (!job.again) ob->flags |= O_NO_CLEAN_UP;
    ob->flags |= reset_state;
    ob->last_access = now;
}

static void sweep(void) {
    int64_t now = (int64_t)time(NULL);
    size_t n = 0, i = 0;
    for (object *ob = obj_list; ob; ob = ob->next_all)
        if (!obj_destructed(ob) && (wants_reset(ob, now) || wants_clean_up(ob, now))) n++;
    if (n == 0) return;
    object **due = xmalloc(n * sizeof *due);
    for (object *ob = obj_list; ob && i < n; ob = ob->next_all)
        if (!obj_destructed(ob) && (wants_reset(ob, now) || wants_clean_up(ob, now)))
            due[i++] = obj_ref(ob);
    object *saved_cg = vm_command_giver;
    for (i = 0; i < n; i++) {
        object *ob = due[i];
        vm_command_giver = NULL;
        int clean = wants_clean_up(ob, now);
        if (!obj_destructed(ob) && wants_reset(ob, now)) do_reset(ob);
        if (clean && !obj_destructed(ob)) do_clean_up(ob, now);
        obj_free(ob);
    }
    vm_command_giver = saved_cg;
    free(due);
}

void reset_start(void) {
    backend_every(SWEEP_SECONDS, sweep);
}

/* set_reset(ob [, seconds]): when ob gets its next reset(); without
 * seconds, the usual T/2 + random(T/2). */
void f_set_reset(svalue *argv, int argc, svalue *ret) {
    (void)ret;
    if (argv[0].type != T_OBJECT || obj_destructed(argv[0].u.ob)) return;
    object *ob = argv[0].u.ob;
    if (argc > 1 && argv[1].type == T_INT) ob->next_reset = (int64_t)time(NULL) + argv[1].u.n;
    else reset_schedule(ob);
}
