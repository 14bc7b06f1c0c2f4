/*
 * codegen_prog.c — switch tables, and turning the compile's tables into a
 * finished, linked `program` (or freeing them when the compile failed).
 *
 * Ownership: the program takes a reference to every name and string it
 * stores (function, variable, class and member names, labels, files,
 * constants, string cases) and to each inherited program, so prog_free_
 * can release everything uniformly.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "codegen.h"

/* ------------------------------------------------------------ switches */
void switch_case(gen_state *g, node *n) {
    switch_ctx *sw = g->sw;
    if (!sw) return;
    if (n->flags & NF_DEFAULT) {
        sw->has_default = 1;
        sw->default_target = here(g);
        return;
    }
    case_label c = { .n = n, .target = here(g) };
    if (n->a->kind == N_STRING) {
        c.is_str = 1;
        c.s = n->a->v.s;
    } else {
        c.lo = n->a->v.n;
        c.hi = n->x && n->b && n->b->kind == N_INT ? n->b->v.n : c.lo;
        if (c.hi < c.lo) {
            warn_at(g->cs, n, "Empty case range ignored");
            return;
        }
    }
    vec_push(sw->cases, c);
}

static int cmp_int_case(const void *a, const void *b) {
    const switch_int *x = a, *y = b;
    return x->lo < y->lo ? -1 : x->lo > y->lo;
}

static int cmp_str_case(const void *a, const void *b) {
    const switch_str *x = a, *y = b;
    uint32_t hx = str_hash(x->s), hy = str_hash(y->s);
    if (hx != hy) return hx < hy ? -1 : 1;
    return str_cmp(x->s, y->s);
}

/* Fills switches[table] from the labels of sw; reports duplicates. */
void switch_finish(gen_state *g, switch_ctx *sw, int table, uint32_t end) {
    switch_table *t = &g->switches.p[table];
    int ni = 0, ns = 0;
    for (int i = 0; i < sw->cases.n; i++) sw->cases.p[i].is_str ? ns++ : ni++;
    t->ints = ni ? xmalloc(sizeof *t->ints * (size_t)ni) : NULL;
    t->strs = ns ? xmalloc(sizeof *t->strs * (size_t)ns) : NULL;
    for (int i = 0; i < sw->cases.n; i++) {
        case_label *c = &sw->cases.p[i];
        if (c->is_str) {
            switch_str s = { str_intern_str(str_ref(c->s)), c->target };
            t->strs[t->n_strs++] = s;
        } else {
            switch_int s = { c->lo, c->hi, c->target };
            t->ints[t->n_ints++] = s;
        }
    }
    t->default_target = sw->has_default ? sw->default_target : end;
    if (t->n_ints) qsort(t->ints, t->n_ints, sizeof *t->ints, cmp_int_case);
    if (t->n_strs) qsort(t->strs, t->n_strs, sizeof *t->strs, cmp_str_case);
    for (uint32_t i = 1; i < t->n_ints; i++)
        if (t->ints[i].lo <= t->ints[i - 1].hi)
            gen_error(g, sw->cases.p[0].n, "Duplicate case label in switch");
    for (uint32_t i = 1; i < t->n_strs; i++)
        if (t->strs[i].s == t->strs[i - 1].s) {
            char buf[200];
            snprintf(buf, sizeof buf, "Duplicate case \"%.150s\" in switch", t->strs[i].s->data);
            gen_error(g, sw->cases.p[0].n, buf);
        }
    free(sw->cases.p);
}

/* ------------------------------------------------------------- assembly */
static void *copy_out(const void *p, size_t n) {
    if (!n) return NULL;
    void *q = xmalloc(n);
    memcpy(q, p, n);
    return q;
}

static void own_arg_types(cstate *cs, program *p, fdecl *f) {
    if (!f || f->index < 0 || !f->arg_types || !f->num_args) return;
    p->funcs[f->index].arg_types = copy_out(f->arg_types, sizeof(uint32_t) * f->num_args);
}

static void assemble_funcs(cstate *cs, program *p) {
    p->n_funcs = (uint16_t)cs->funcs.n;
    p->funcs = copy_out(cs->funcs.p, sizeof *p->funcs * (size_t)cs->funcs.n);
    for (int i = 0; i < p->n_funcs; i++) {
        str_ref(p->funcs[i].name);
        p->funcs[i].arg_types = NULL;
    }
    for (int i = 0; i < cs->own.n; i++) own_arg_types(cs, p, cs->own.p[i]);
    for (int i = 0; i < cs->functionals.n; i++) own_arg_types(cs, p, cs->functionals.p[i]);
}

static void assemble_tables(cstate *cs, program *p) {
    p->n_vars = (uint16_t)cs->vars.n;
    p->vars = copy_out(cs->vars.p, sizeof *p->vars * (size_t)cs->vars.n);
    for (int i = 0; i < p->n_vars; i++) str_ref(p->vars[i].name);
    p->n_inherits = (uint16_t)cs->inherits.n;
    p->inherits = copy_out(cs->inherits.p, sizeof *p->inherits * (size_t)cs->inherits.n);
    for (int i = 0; i < p->n_inherits; i++) str_ref(p->inherits[i].label);
    cs->inherits.n = 0;                         /* the program owns the prog refs now */
    p->n_classes = (uint16_t)cs->classes.n;
    p->classes = copy_out(cs->classes.p, sizeof *p->classes * (size_t)cs->classes.n);
    for (int i = 0; i < p->n_classes; i++) {
        class_def *c = &p->classes[i];
        str_ref(c->name);
        c->member_names = copy_out(c->member_names, sizeof(lstr *) * c->n_members);
        c->member_types = copy_out(c->member_types, sizeof(uint32_t) * c->n_members);
        for (int m = 0; m < c->n_members; m++) str_ref(c->member_names[m]);
    }
    p->n_files = (uint16_t)cs->files.n;
    p->files = copy_out(cs->files.p, sizeof(lstr *) * (size_t)cs->files.n);
    cs->files.n = 0;                            /* refs moved */
}

program *gen_finish(cstate *cs) {
    gen_state *g = cs->gen;
    program *p = xcalloc(1, sizeof *p);
    p->refs = 1;
    p->name = str_ref(cs->name);
    p->code_len = (uint32_t)g->code.n;
    p->code = xcalloc((size_t)g->code.n + 1, 1);
    if (g->code.n) memcpy(p->code, g->code.p, (size_t)g->code.n);
    p->n_consts = (uint32_t)g->consts.n;
    p->consts = copy_out(g->consts.p, sizeof(svalue) * (size_t)g->consts.n);
    g->consts.n = 0;
    p->n_switches = (uint32_t)g->switches.n;
    p->switches = copy_out(g->switches.p, sizeof(switch_table) * (size_t)g->switches.n);
    g->switches.n = 0;
    p->n_lines = (uint32_t)g->lines.n;
    p->lines = copy_out(g->lines.p, sizeof(line_entry) * (size_t)g->lines.n);
    assemble_funcs(cs, p);
    assemble_tables(cs, p);
    if ((cs->pragmas | lex_pragmas(cs->lx)) & PRAGMA_STRICT_TYPES) p->flags |= PROG_STRICT_TYPES;
    if (lex_pragmas(cs->lx) & PRAGMA_SAVE_BINARY) p->flags |= PROG_SAVE_BINARY;
    prog_link(p);
    gen_abort(cs);
    return p;
}

/* Frees the generator's buffers and whatever they still own. */
void gen_abort(cstate *cs) {
    gen_state *g = cs->gen;
    if (!g) return;
    for (int i = 0; i < g->consts.n; i++)
        if (g->consts.p[i].type == T_STRING) str_free(g->consts.p[i].u.s);
    for (int i = 0; i < g->switches.n; i++) {
        switch_table *t = &g->switches.p[i];
        for (uint32_t k = 0; k < t->n_strs; k++) str_free(t->strs[k].s);
        free(t->ints);
        free(t->strs);
    }
    free(g->code.p);
    free(g->consts.p);
    free(g->switches.p);
    free(g->lines.p);
    ptrmap_free(&g->str_consts);
    free(g);
    cs->gen = NULL;
}
