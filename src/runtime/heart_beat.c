/*
 * heart_beat.c — set_heart_beat and the heart beat round.
 *
 * The objects with a heart beat are an array in the order they turned it
 * on. Every cfg.heartbeat_interval seconds a round walks it: each entry
 * counts down its ticks and, at zero, runs the object's heart_beat() (its
 * own, not a shadow's) with a fresh eval budget, this_player() = the
 * object if it is living, and no this_interactive(). An error leaves the
 * heart beat on, as 2.7 does with a mudlib error handler; only too deep a
 * recursion turns it off (2.7 skips the handler for that one). Entries may come and go during a round: removal
 * adjusts the round's index, as 2.7 does, and new entries wait for the
 * next round. Objects are not counted here: destruct removes the entry.
 */
#include <stdlib.h>
#include <string.h>
#include "backend.h"
#include "commands.h"
#include "config.h"
#include "message.h"
#include "rt_hooks.h"
#include "runtime.h"
#include "../base/mem.h"
#include "../efun/efun.h"
#include "../vm/vm.h"

typedef struct hb_entry {
    object *ob;
    int interval;               /* beats between calls (set_heart_beat's n) */
    int ticks;                  /* beats until the next call */
    program *prog;              /* the program `fi` was looked up in */
    int fi;                     /* heart_beat's index there, -1 if none */
} hb_entry;

static hb_entry *hbs;
static int n_hb, cap_hb;
static int round_index = -1, round_todo;    /* the round in progress */

static int hb_find(const object *ob) {
    for (int i = 0; i < n_hb; i++)
        if (hbs[i].ob == ob) return i;
    return -1;
}

/* Turns ob's heart beat off (to == 0) or on every `to` beats. */
static void hb_set(object *ob, int64_t to) {
    int i = hb_find(ob);
    if (to == 0) {
        if (i < 0) return;
        if (round_index >= 0) {
            if (i <= round_index) round_index--;
            if (i < round_todo) round_todo--;
        }
        memmove(hbs + i, hbs + i + 1, sizeof *hbs * (size_t)(n_hb - i - 1));
        n_hb--;
        ob->flags &= ~(uint32_t)O_HEART_BEAT;
        return;
    }
    if (to > 0x7fffffff) to = 0x7fffffff;
    if (i >= 0) {
        if (to > 0) hbs[i].interval = hbs[i].ticks = (int)to;
        return;
    }
    if (n_hb == cap_hb) {
        cap_hb = cap_hb ? cap_hb * 2 : 32;
        hbs = xrealloc(hbs, sizeof *hbs * (size_t)cap_hb);
    }
    if (to < 0) to = 1;
    hbs[n_hb++] = (hb_entry){ ob, (int)to, (int)to, NULL, -1 };
    ob->flags |= O_HEART_BEAT;
}

void heart_beat_on_destruct(object *ob) {
    if (ob->flags & O_HEART_BEAT) hb_set(ob, 0);
}

/* ----------------------------------------------------------- the round */
typedef struct hb_job { object *ob; int fi; } hb_job;

static void hb_body(void *p) {
    hb_job *j = p;
    object *player = j->ob;
    while (player->shadowing) player = player->shadowing;
    vm_command_giver = (player->flags & O_ENABLE_COMMANDS) ? player : NULL;
    svalue *mark = vm_sp;
    vm_call_index(j->ob, j->fi, 0, ORIGIN_DRIVER);
    rt_pop_to(mark);
}

/* Whether the error that just unwound a heart beat turns it off. */
static int hb_error_stops(void) {
    static const char deep[] = "*Too deep recursion";
    return vm_error_value.type == T_STRING
        && !strncmp(vm_error_value.u.s->data, deep, sizeof deep - 1);
}

/* heart_beat()'s function index in ob's program, cached per entry. */
static int hb_function(hb_entry *e) {
    if (e->prog != e->ob->prog) {
        e->prog = e->ob->prog;
        e->fi = prog_find_function_cstr(e->prog, "heart_beat");
    }
    return e->fi;
}

static void hb_round(void) {
    object *saved_cg = vm_command_giver, *saved_int = cmd_interactive;
    cmd_interactive = NULL;
    round_todo = n_hb;
    for (round_index = 0; round_index < round_todo; round_index++) {
        hb_entry *e = &hbs[round_index];
        if (obj_destructed(e->ob) || --e->ticks > 0) continue;
        hb_job job = { e->ob, hb_function(e) };
        if (job.fi < 0) continue;
        e->ticks = e->interval;
        vm_reset_eval();
        if (vm_protect(hb_body, &job, 1) && !obj_destructed(job.ob) && hb_error_stops()) {
            hb_set(job.ob, 0);
            static const char msg[] = "Hearth driver tells you: You have no heart beat!\n";
            msg_add_message(job.ob, msg, sizeof msg - 1);
        }
        vm_command_giver = NULL;
    }
    round_index = -1;
    vm_command_giver = saved_cg;
    cmd_interactive = saved_int;
}

void heart_beat_start(void) {
    backend_every(cfg.heartbeat_interval > 0 ? cfg.heartbeat_interval : 2.0, hb_round);
}

void heart_beat_free_all(void) {
    free(hbs);
    hbs = NULL;
    n_hb = cap_hb = 0;
}

/* ---------------------------------------------------------------- efuns */
void f_set_heart_beat(svalue *argv, int argc, svalue *ret) {
    (void)argc; (void)ret;
    object *me = vm_current_object;
    if (me && !obj_destructed(me)) hb_set(me, argv[0].u.n);
}

void f_query_heart_beat(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    if (argv[0].type != T_OBJECT) return;
    int i = (argv[0].u.ob->flags & O_HEART_BEAT) ? hb_find(argv[0].u.ob) : -1;
    if (i >= 0) sv_set_int(ret, hbs[i].interval);
}

/* heart_beats(): the objects with a heart beat, in round order. */
void f_heart_beats(svalue *argv, int argc, svalue *ret) {
    (void)argv; (void)argc;
    array *a = arr_new((size_t)n_hb);
    for (int i = 0; i < n_hb; i++) sv_set_obj(&a->item[i], hbs[i].ob);
    sv_set_arr(ret, a);
}
