/*
 * program.c — linking a compiled program (the impl[] table and the name
 * lookup), source positions of code offsets, and freeing.
 *
 * impl[i] says where entry i of the function table really runs: an own
 * definition runs here; an inherited entry runs wherever the parent's
 * impl[] says, with the parent's offsets shifted by where the parent sits
 * in us; an alias runs what its target runs. Prototypes that nothing
 * defines resolve to their own func_def (FN_PROTOTYPE set, no code): the
 * VM reports calling one as an undefined function.
 *
 * The lookup is an open-addressing table over the visible entries (not
 * FN_HIDDEN, not FN_ALIAS), keyed by name bytes, so callers need not
 * intern the name they look up.
 */
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "program.h"

typedef struct lookup_slot {
    lstr *name;                 /* NULL = empty */
    uint32_t hash;
    int index;
} lookup_slot;

struct prog_lookup {
    uint32_t mask;
    lookup_slot slot[];
};

/* ------------------------------------------------------------------- link */
static void resolve(program *p, int i, uint8_t *state) {
    if (state[i] == 2) return;
    func_def *e = &p->funcs[i];
    func_impl *im = &p->impl[i];
    if (state[i] == 1) {                        /* alias loop: treat as own */
        *im = (func_impl){ p, e, 0, 0 };
        state[i] = 2;
        return;
    }
    state[i] = 1;
    if ((e->flags & FN_ALIAS) && e->index < p->n_funcs) {
        resolve(p, e->index, state);
        *im = p->impl[e->index];
    } else if ((e->flags & FN_INHERITED) && e->inherit < p->n_inherits
               && e->index < p->inherits[e->inherit].prog->n_funcs) {
        const inherit_def *ih = &p->inherits[e->inherit];
        const func_impl *q = &ih->prog->impl[e->index];
        im->prog = q->prog;
        im->def = q->def;
        im->var_offset = (uint16_t)(q->var_offset + ih->var_offset);
        im->fn_offset = (uint16_t)(q->fn_offset + ih->fn_offset);
    } else {
        *im = (func_impl){ p, e, 0, 0 };
    }
    state[i] = 2;
}

static void lookup_put(struct prog_lookup *lk, lstr *name, int index) {
    uint32_t h = str_hash(name);
    uint32_t i = h & lk->mask;
    while (lk->slot[i].name && !(lk->slot[i].hash == h && str_eq(lk->slot[i].name, name)))
        i = (i + 1) & lk->mask;
    lk->slot[i].name = name;
    lk->slot[i].hash = h;
    lk->slot[i].index = index;
}

static void build_lookup(program *p) {
    uint32_t n = 0, size = 8;
    for (int i = 0; i < p->n_funcs; i++)
        if (!(p->funcs[i].flags & (FN_HIDDEN | FN_ALIAS))) n++;
    while (size < n * 2 + 2) size *= 2;
    struct prog_lookup *lk = xcalloc(1, sizeof *lk + sizeof(lookup_slot) * size);
    lk->mask = size - 1;
    for (int i = 0; i < p->n_funcs; i++)
        if (!(p->funcs[i].flags & (FN_HIDDEN | FN_ALIAS))) lookup_put(lk, p->funcs[i].name, i);
    p->lookup = lk;
}

void prog_link(program *p) {
    uint8_t *state = xcalloc((size_t)p->n_funcs + 1, 1);
    p->impl = xcalloc((size_t)p->n_funcs + 1, sizeof *p->impl);
    for (int i = 0; i < p->n_funcs; i++) resolve(p, i, state);
    free(state);
    build_lookup(p);
    if (prog_find_function_cstr(p, "create") >= 0) p->flags |= PROG_HAS_CREATE;
}

/* ----------------------------------------------------------------- lookup */
static int find(const program *p, const char *s, size_t len, uint32_t h) {
    const struct prog_lookup *lk = p->lookup;
    if (!lk) return -1;
    for (uint32_t i = h & lk->mask;; i = (i + 1) & lk->mask) {
        const lookup_slot *sl = &lk->slot[i];
        if (!sl->name) return -1;
        if (sl->hash == h && sl->name->len == len && memcmp(sl->name->data, s, len) == 0) return sl->index;
    }
}

int prog_find_function(const program *p, const lstr *name) {
    return find(p, name->data, name->len, str_hash((lstr *)name));
}

int prog_find_function_cstr(const program *p, const char *name) {
    size_t len = strlen(name);
    return find(p, name, len, hash_bytes(name, len));
}

int prog_init_function(const program *p) {
    for (int i = p->n_funcs - 1; i >= 0; i--) {
        const func_def *d = &p->funcs[i];
        if ((d->flags & (FN_INHERITED | FN_ALIAS | FN_PROTOTYPE | FN_FUNCTIONAL | FN_HIDDEN)) == FN_HIDDEN
            && strcmp(d->name->data, PROG_INIT_NAME) == 0)
            return i;
    }
    return -1;
}

/* ------------------------------------------------------------------ lines */
uint32_t prog_line_of(const program *p, uint32_t pc, lstr **file) {
    if (file) *file = p->name;
    if (!p->n_lines || pc < p->lines[0].pc) return 0;
    uint32_t lo = 0, hi = p->n_lines - 1;
    while (lo < hi) {
        uint32_t mid = (lo + hi + 1) / 2;
        if (p->lines[mid].pc <= pc) lo = mid;
        else hi = mid - 1;
    }
    const line_entry *e = &p->lines[lo];
    if (file && e->file < p->n_files) *file = p->files[e->file];
    return e->line;
}

/* ------------------------------------------------------------------- free */
static void free_classes(program *p) {
    for (int i = 0; i < p->n_classes; i++) {
        class_def *c = &p->classes[i];
        str_free(c->name);
        for (int m = 0; m < c->n_members; m++) str_free(c->member_names[m]);
        free(c->member_names);
        free(c->member_types);
    }
    free(p->classes);
}

static void free_switches(program *p) {
    for (uint32_t i = 0; i < p->n_switches; i++) {
        switch_table *t = &p->switches[i];
        for (uint32_t k = 0; k < t->n_strs; k++) str_free(t->strs[k].s);
        free(t->ints);
        free(t->strs);
    }
    free(p->switches);
}

void prog_free_(program *p) {
    for (uint32_t i = 0; i < p->n_consts; i++)
        if (p->consts[i].type == T_STRING) str_free(p->consts[i].u.s);
    for (int i = 0; i < p->n_funcs; i++) {
        str_free(p->funcs[i].name);
        free(p->funcs[i].arg_types);
    }
    for (int i = 0; i < p->n_vars; i++) str_free(p->vars[i].name);
    for (int i = 0; i < p->n_inherits; i++) {
        prog_free(p->inherits[i].prog);
        str_free(p->inherits[i].label);
    }
    for (int i = 0; i < p->n_files; i++) str_free(p->files[i]);
    free_classes(p);
    free_switches(p);
    free(p->code);
    free(p->consts);
    free(p->funcs);
    free(p->vars);
    free(p->inherits);
    free(p->lines);
    free(p->files);
    free(p->impl);
    free(p->lookup);
    str_free(p->name);
    free(p);
}
