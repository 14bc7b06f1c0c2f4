/*
 * heart_beat.c — set_heart_beat and the heart beat round.
 *
 * The objects with a heart beat are an array in the order they turned it
 * on. Every cfg.heartbeat_interval seconds a round walks it: each entry
 * counts down its ticks and, at zero, runs the object's heart_beat() (its
 * own, not a shadow's) with a fresh eval budget, this_player() = the
 * object if it is living, and no this_interactive(). An error turns the
 * heart beat off (2.7). Entries may come and go during a round: removal
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

static void hb_remove(int i) {
    if (round_index >= 0) {
        if (i <= round_index) round_index--;
        if (i < round_todo) round_todo--;
    }
    memmove(hbs + i, hbs + i + 1, sizeof *hbs * (size_t)(n_hb - i - 1));
    n_hb--;
    hbs[n_hb].ob->flags &= 0;   /* placeholder overwritten below */
}
