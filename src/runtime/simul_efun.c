/*
 * simul_efun.c — the simul_efun table: stable indexes for names, bound to
 * the functions of the current simul_efun object.
 *
 * Names only ever get added (index = position), so code compiled against an
 * older simul_efun object keeps working after a reload: each reload rebinds
 * every index to the function of that name in the new program, or unbinds
 * it (-1) when the new program has no such public function.
 * A function is a simul_efun when it is defined (not a prototype) and not
 * static, protected, private or hidden — FluffOS 2.7's rule.
 */
#include <stdlib.h>
#include <string.h>
#include "simul_efun.h"
#include "object.h"
#include "../base/mem.h"
#include "../vm/vm.h"

typedef struct simul_entry {
    lstr *name;             /* interned */
    int func;               /* function index in the bound program, -1 if none */
} simul_entry;

static simul_entry *simuls;
static int n_simuls, cap_simuls;
static int *buckets;        /* open addressing on name pointer: index + 1, 0 empty */
static int n_buckets;

static uint32_t ptr_hash(const lstr *s) { return (uint32_t)((uintptr_t)s >> 4) * 2654435761u; }

static void rehash(void) {
    free(buckets);
    n_buckets = n_buckets ? n_buckets * 2 : 256;
    buckets = xcalloc((size_t)n_buckets, sizeof *buckets);
    for (int i = 0; i < n_simuls; i++) {
        uint32_t h = ptr_hash(simuls[i].name) & (uint32_t)(n_buckets - 1);
        while (buckets[h]) h = (h + 1) & (uint32_t)(n_buckets - 1);
        buckets[h] = i + 1;
    }
}

/* Index of the interned name, or -1. */
static int find_interned(const lstr *name) {
    if (!buckets) return -1;
    uint32_t h = ptr_hash(name) & (uint32_t)(n_buckets - 1);
    for (; buckets[h]; h = (h + 1) & (uint32_t)(n_buckets - 1))
        if (simuls[buckets[h] - 1].name == name) return buckets[h] - 1;
    return -1;
}

/* Adds an interned name (reference taken over); returns its index. */
static int add_name(lstr *name) {
    if (n_simuls == cap_simuls) {
        cap_simuls = cap_simuls ? cap_simuls * 2 : 128;
        simuls = xrealloc(simuls, sizeof *simuls * (size_t)cap_simuls);
    }
    simuls[n_simuls].name = name;
    simuls[n_simuls].func = -1;
    n_simuls++;
    if (n_simuls * 2 > n_buckets) rehash();
    else {
        uint32_t h = ptr_hash(name) & (uint32_t)(n_buckets - 1);
        while (buckets[h]) h = (h + 1) & (uint32_t)(n_buckets - 1);
        buckets[h] = n_simuls;
    }
    return n_simuls - 1;
}

int simul_lookup(const char *name) {
    lstr *s = str_internz(name);
    int i = find_interned(s);
    str_free(s);
    return i >= 0 && simuls[i].func >= 0 ? i : -1;
}

static int exported(const program *p, int i) {
    const func_def *f = &p->funcs[i];
    if (f->flags & (FN_PROTOTYPE | FN_PROTECTED | FN_PRIVATE | FN_HIDDEN | FN_STATIC |
                    FN_ALIAS | FN_FUNCTIONAL))
        return 0;
    return prog_find_function(p, f->name) == i;
}

void simul_bind(program *p, struct object *ob) {
    (void)ob;
    for (int i = 0; i < n_simuls; i++) simuls[i].func = -1;
    for (int i = 0; i < p->n_funcs; i++) {
        if (!exported(p, i)) continue;
        lstr *name = str_intern_str(str_ref(p->funcs[i].name));
        int k = find_interned(name);
        if (k < 0) k = add_name(name);
        else str_free(name);
        simuls[k].func = i;
    }
}

struct object *simul_target(int index, int *func_index) {
    if (index < 0 || index >= n_simuls) vm_error("Bad simul_efun index %d", index);
    if (simuls[index].func < 0 || !simul_efun_ob || obj_destructed(simul_efun_ob))
        vm_error("Function %s is no longer a simul_efun.", simuls[index].name->data);
    *func_index = simuls[index].func;
    return simul_efun_ob;
}

const char *simul_name(int index) {
    return index >= 0 && index < n_simuls ? simuls[index].name->data : "?";
}

void simul_shutdown(void) {
    for (int i = 0; i < n_simuls; i++) str_free(simuls[i].name);
    free(simuls);
    free(buckets);
    simuls = NULL;
    buckets = NULL;
    n_simuls = cap_simuls = n_buckets = 0;
}
