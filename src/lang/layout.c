/*
 * layout.c — inheritance and the function table of the program being built
 * (the layout described in program.h).
 *
 * layout_inherit() runs when an `inherit` statement is parsed: it records
 * the inherit, copies the parent's variables (so later code can name them)
 * and its classes. layout_functions() runs after the whole file is parsed:
 *
 *   [ inherit 0's whole table | inherit 1's whole table | ... |
 *     own functions in order of first declaration | functionals | initialiser ]
 *
 * Then names are settled. Every visible entry competes for its name; a
 * definition with code beats a prototype, and among definitions the later
 * one wins (own definitions come last, so they override inherited ones).
 * Every other visible entry of that name becomes FN_ALIAS of the winner,
 * which is what makes calls from parent code reach an override. Entries a
 * parent kept private (or hid) become FN_HIDDEN and take no part; so does
 * each program's initialiser (PROG_INIT_NAME, FN_HIDDEN): the heir's own
 * one calls its parents' ones by CALL_INHERITED.
 */
#include <stdlib.h>
#include <string.h>
#include "parse.h"

/* ---------------------------------------------------------- own functions */
fdecl *own_function(cstate *cs, lstr *name) {
    int k = ptrmap_get(&cs->own_fn, name, 0);
    return k ? cs->own.p[k - 1] : NULL;
}

fdecl *new_fdecl(cstate *cs, lstr *name, uint32_t line) {
    fdecl *f = arena_alloc(&cs->ar, sizeof *f);
    f->name = name;
    f->line = line;
    f->index = -1;
    f->file = file_id(cs, cs->tok.file);
    vec_push(cs->own, f);
    ptrmap_put(&cs->own_fn, name, cs->own.n);
    return f;
}

/* --------------------------------------------------------------- inherits */
/* A class type of program q as the same class in ours (by name). */
static uint32_t remap_type(cstate *cs, const program *q, uint32_t t) {
    if ((t & 0xff) != TY_CLASS) return t;
    uint32_t id = TY_CLASS_ID(t);
    if (id >= q->n_classes) return TY_MIXED | (t & TY_ARRAY);
    int k = lookup_class(cs, q->classes[id].name);
    if (k < 0) return TY_MIXED | (t & TY_ARRAY);
    return (t & 0xffff) | ((uint32_t)k << 16);
}

static void inherit_classes(cstate *cs, const program *q) {
    for (int i = 0; i < q->n_classes; i++) {
        const class_def *c = &q->classes[i];
        if (lookup_class(cs, c->name) >= 0) continue;
        class_def d = *c;
        vec_push(cs->classes, d);
        ptrmap_put(&cs->class_index, c->name, cs->classes.n);
    }
    /* member types were q's class ids: map them to ours */
    for (int i = 0; i < q->n_classes; i++) {
        int k = lookup_class(cs, q->classes[i].name);
        class_def *d = &cs->classes.p[k];
        if (d->member_types != q->classes[i].member_types) continue;
        uint32_t *mt = arena_alloc(&cs->ar, sizeof(uint32_t) * (size_t)(d->n_members + 1));
        for (int m = 0; m < d->n_members; m++) mt[m] = remap_type(cs, q, d->member_types[m]);
        d->member_types = mt;
    }
}

void layout_inherit(cstate *cs, program *q, int mods, lstr *label, uint32_t line) {
    inherit_def d = {0};
    int fn_offset = 0;
    for (int i = 0; i < cs->inherits.n; i++) fn_offset += cs->inherits.p[i].prog->n_funcs;
    if (fn_offset + q->n_funcs > 60000 || cs->vars.n + cs->own_vars.n + q->n_vars > 60000) {
        compile_error(cs->name, line, "Too many functions or variables through inheritance");
        return;
    }
    d.prog = prog_ref(q);
    d.label = label;
    d.fn_offset = (uint16_t)fn_offset;
    d.var_offset = (uint16_t)cs->vars.n;
    d.flags = (mods & M_PRIVATE) ? INH_PRIVATE : (mods & (M_PROTECTED | M_STATIC)) ? INH_PROTECTED : INH_PUBLIC;
    if (mods & M_NOSAVE) d.flags |= INH_NOSAVE;
    vec_push(cs->inherits, d);
    inherit_classes(cs, q);
    for (int i = 0; i < q->n_vars; i++) {
        var_def v = q->vars[i];
        v.type = remap_type(cs, q, v.type);
        v.flags |= VAR_INHERITED;
        if (v.flags & (VAR_PRIVATE | VAR_HIDDEN)) v.flags |= VAR_HIDDEN;
        if (d.flags & INH_PRIVATE) v.flags |= VAR_PRIVATE;
        if (d.flags & INH_NOSAVE) v.flags |= VAR_NOSAVE_INH;
        vec_push(cs->vars, v);
        if (!(v.flags & VAR_HIDDEN)) ptrmap_put(&cs->globals, v.name, cs->vars.n);
    }
}

int global_lookup(cstate *cs, lstr *name) {
    return ptrmap_get(&cs->globals, name, 0) - 1;
}

int global_index(cstate *cs, int encoded) {
    if (encoded & OWN_VAR) return cs->vars.n - cs->own_vars.n + (encoded & ~OWN_VAR);
    return encoded;
}

/* Own globals go after every inherited one. */
static void append_own_vars(cstate *cs) {
    for (int i = 0; i < cs->own_vars.n; i++) vec_push(cs->vars, cs->own_vars.p[i]);
}

/* --------------------------------------------------------- function table */
#define INHERIT_KEEP (FN_STATIC | FN_PRIVATE | FN_PROTECTED | FN_PUBLIC | FN_NOMASK | FN_VARARGS \
                      | FN_TRUE_VARARGS | FN_PROTOTYPE | FN_FUNCTIONAL | FN_HIDDEN)

static lstr *init_name(cstate *cs) { return intern_name(cs, PROG_INIT_NAME); }

static void add_inherited_entries(cstate *cs, int k, uint8_t *dup) {
    const inherit_def *ih = &cs->inherits.p[k];
    const program *q = ih->prog;
    for (int j = 0; j < q->n_funcs; j++) {
        const func_def *src = &q->funcs[j];
        func_def e = *src;
        e.flags = (uint16_t)((src->flags & INHERIT_KEEP) | FN_INHERITED);
        if (src->flags & FN_ALIAS) {
            const func_def *real = q->impl[j].def;
            e.flags = (uint16_t)((real->flags & INHERIT_KEEP) | FN_INHERITED);
            dup[cs->funcs.n] = 1;
        }
        e.inherit = (uint16_t)k;
        e.index = (uint16_t)j;
        e.arg_types = NULL;
        e.address = 0;
        e.type = remap_type(cs, q, src->type);
        if (e.flags & FN_PRIVATE) e.flags |= FN_HIDDEN;
        if (ih->flags & INH_PRIVATE) e.flags |= FN_PRIVATE;
        if (ih->flags & INH_PROTECTED) e.flags |= FN_PROTECTED;
        vec_push(cs->funcs, e);
    }
}

static void add_own_entry(cstate *cs, fdecl *f) {
    func_def e = {0};
    e.name = f->name;
    e.flags = f->flags;
    if (!f->has_body) e.flags |= FN_PROTOTYPE;
    e.num_args = f->num_args;
    e.type = f->type;
    e.ref_args = f->ref_args;
    e.line = f->line;
    f->index = cs->funcs.n;
    vec_push(cs->funcs, e);
}

static int has_code(const func_def *e) { return !(e->flags & FN_PROTOTYPE); }

/* An inherited private function is hidden, yet (as in 2.7) a definition of
 * the same name in this program overrides it: the parent's own calls to it
 * then reach the new definition. */
static int overridable_private(const func_def *e) {
    return (e->flags & (FN_PRIVATE | FN_INHERITED)) == (FN_PRIVATE | FN_INHERITED)
        && !(e->flags & FN_FUNCTIONAL);
}

/* Picks the winner for each visible name; reports nomask overrides. An
 * inherited private entry is aliased only to an own definition. */
static void settle_names(cstate *cs, const uint8_t *dup) {
    func_def *t = cs->funcs.p;
    for (int i = 0; i < cs->funcs.n; i++) {
        if ((t[i].flags & FN_HIDDEN) || dup[i]) continue;
        int w = ptrmap_get(&cs->fn_visible, t[i].name, 0) - 1;
        if (w < 0) {
            ptrmap_put(&cs->fn_visible, t[i].name, i + 1);
            continue;
        }
        if (!has_code(&t[i])) continue;
        if ((t[w].flags & FN_NOMASK) && has_code(&t[w]))
            compile_error(cs->name, t[i].line ? t[i].line : 1,
                          "Illegal to redefine 'nomask' function \"%s\"", t[i].name->data);
        ptrmap_put(&cs->fn_visible, t[i].name, i + 1);
    }
    for (int i = 0; i < cs->funcs.n; i++) {
        if ((t[i].flags & FN_HIDDEN) && !overridable_private(&t[i])) continue;
        int w = ptrmap_get(&cs->fn_visible, t[i].name, 0) - 1;
        if (w < 0 || w == i) continue;
        if ((t[i].flags & FN_HIDDEN) && ((t[w].flags & FN_INHERITED) || !has_code(&t[w]))) continue;
        t[i].flags |= FN_ALIAS;
        t[i].index = (uint16_t)w;
    }
}

/* The own initialiser: needed for global initialisers or a parent's one. */
static void make_init(cstate *cs, lstr *init) {
    int need = cs->init_stmts != NULL;
    for (int k = 0; k < cs->inherits.n && !need; k++)
        need = prog_init_function(cs->inherits.p[k].prog) >= 0;
    if (!need) return;
    fdecl *f = arena_alloc(&cs->ar, sizeof *f);
    f->name = init;
    f->flags = FN_PROTECTED | FN_HIDDEN;
    f->type = TY_VOID;
    f->has_body = 1;
    f->line = cs->init_stmts ? cs->init_stmts->line : 1;
    f->num_slots = cs->init_ctx.fn ? cs->init_ctx.fn->num_slots : 0;
    node *b = arena_alloc(&cs->ar, sizeof *b);
    b->kind = S_BLOCK;
    b->line = f->line;
    b->a = cs->init_stmts;
    f->body = b;
    cs->init_fn = f;
}

void layout_functions(cstate *cs) {
    lstr *init = init_name(cs);
    int total = 0;
    for (int k = 0; k < cs->inherits.n; k++) total += cs->inherits.p[k].prog->n_funcs;
    total += cs->own.n + cs->functionals.n + 1;
    if (total > 65000) {
        compile_error(cs->name, 1, "Too many functions");
        return;
    }
    append_own_vars(cs);
    uint8_t *dup = calloc((size_t)total + 1, 1);
    for (int k = 0; k < cs->inherits.n; k++) add_inherited_entries(cs, k, dup);
    for (int i = 0; i < cs->own.n; i++) add_own_entry(cs, cs->own.p[i]);
    for (int i = 0; i < cs->functionals.n; i++) add_own_entry(cs, cs->functionals.p[i]);
    make_init(cs, init);
    if (cs->init_fn) add_own_entry(cs, cs->init_fn);
    settle_names(cs, dup);
    free(dup);
}

int find_visible_function(cstate *cs, lstr *name) {
    return ptrmap_get(&cs->fn_visible, name, 0) - 1;
}

/* The definition behind table entry `index` (following aliases and
 * inheritance), for argument counts and types. NULL for own entries: the
 * caller uses the fdecl. */
const func_def *resolve_func_def(cstate *cs, int index) {
    const func_def *e = &cs->funcs.p[index];
    for (int guard = 0; (e->flags & FN_ALIAS) && guard < 8; guard++) e = &cs->funcs.p[e->index];
    if (!(e->flags & FN_INHERITED)) return NULL;
    program *q = cs->inherits.p[e->inherit].prog;
    return q->impl ? q->impl[e->index].def : &q->funcs[e->index];
}
