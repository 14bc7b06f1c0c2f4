/*
 * codegen.c — the code buffer, the line table, constants, and bytecode for
 * statements; per-function driving (check, then generate). Expressions are
 * in codegen_expr.c, switch tables and program assembly in codegen_prog.c.
 *
 * Code of all functions goes into one buffer, one function after another
 * (functionals after the named functions, the initialiser last), so the
 * line table is sorted by pc by construction. Jumps are patched through lists of
 * operand positions; a `reachable` flag (cleared by RETURN and JUMP, set by
 * any label) decides whether a function needs its closing RETURN_ZERO.
 *
 * Loops: `while` and `for` test at the bottom (one jump per iteration);
 * a counted `for` (i < k; i++) also tests once on entry, and closes with
 * one INC_LT_JUMP.
 * break/continue leave enclosing catch blocks with END_CATCH + POP, and a
 * break out of foreach drops the three iteration values.
 */
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "../vm/opcodes.h"
#include "codegen.h"

/* ---------------------------------------------------------------- buffer */
void emit_u8(gen_state *g, unsigned v) { vec_push(g->code, (uint8_t)v); }

void emit_u16(gen_state *g, unsigned v) {
    emit_u8(g, v & 0xff);
    emit_u8(g, (v >> 8) & 0xff);
}

static void emit_bytes(gen_state *g, const void *p, size_t n) {
    for (size_t i = 0; i < n; i++) emit_u8(g, ((const uint8_t *)p)[i]);
}

void emit_op(gen_state *g, int op) {
    emit_u8(g, (unsigned)op);
    if (op == OP_RETURN || op == OP_RETURN_ZERO || op == OP_JUMP) g->reachable = 0;
}

void emit_i32(gen_state *g, int32_t v) { emit_bytes(g, &v, 4); }
void emit_i64(gen_state *g, int64_t v) { emit_bytes(g, &v, 8); }

/* Emits a jump with an unknown target; returns the operand position. */
uint32_t emit_jump(gen_state *g, int op) {
    emit_op(g, op);
    uint32_t at = (uint32_t)g->code.n;
    emit_i32(g, 0);
    return at;
}

void patch_to(gen_state *g, uint32_t at, uint32_t target) {
    int32_t rel = (int32_t)target - (int32_t)(at + 4);
    memcpy(g->code.p + at, &rel, 4);
}

uint32_t here(gen_state *g) {
    g->reachable = 1;
    return (uint32_t)g->code.n;
}

void patch_here(gen_state *g, uint32_t at) { patch_to(g, at, here(g)); }

void patch_list(gen_state *g, jlist *l, uint32_t target) {
    for (int i = 0; i < l->n; i++) patch_to(g, l->p[i], target);
    free(l->p);
    l->p = NULL;
    l->n = l->cap = 0;
}

void emit_jump_back(gen_state *g, int op, uint32_t target) {
    patch_to(g, emit_jump(g, op), target);
}

/* ------------------------------------------------------------ line table */
void mark_line(gen_state *g, const node *n) {
    uint32_t pc = (uint32_t)g->code.n;
    if (g->lines.n) {
        line_entry *last = &g->lines.p[g->lines.n - 1];
        if (last->line == n->line && last->file == n->file) return;
        if (last->pc == pc) {
            last->line = n->line;
            last->file = n->file;
            if (g->lines.n > 1 && last[-1].line == n->line && last[-1].file == n->file) g->lines.n--;
            return;
        }
    }
    line_entry e = { pc, n->line, n->file };
    vec_push(g->lines, e);
}

/* ------------------------------------------------------------- constants */
int const_string(gen_state *g, lstr *s) {
    lstr *is = str_intern_str(str_ref(s));
    int k = ptrmap_get(&g->str_consts, is, 0);
    if (k) {
        str_free(is);
        return k - 1;
    }
    svalue v;
    sv_set_str(&v, is);
    vec_push(g->consts, v);
    ptrmap_put(&g->str_consts, is, g->consts.n);
    return g->consts.n - 1;
}

int const_float(gen_state *g, double f) {
    for (int i = 0; i < g->consts.n; i++)
        if (g->consts.p[i].type == T_FLOAT && memcmp(&g->consts.p[i].u.f, &f, sizeof f) == 0) return i;
    svalue v;
    sv_set_float(&v, f);
    vec_push(g->consts, v);
    return g->consts.n - 1;
}

/* ----------------------------------------------------------------- loops */
static void loop_push(gen_state *g, loopctx *l, int kind) {
    memset(l, 0, sizeof *l);
    l->up = g->loop;
    l->kind = kind;
    l->catch_depth = g->catch_depth;
    g->loop = l;
}

static void loop_pop(gen_state *g, loopctx *l, uint32_t cont, uint32_t brk) {
    patch_list(g, &l->continues, cont);
    patch_list(g, &l->breaks, brk);
    g->loop = l->up;
}

static void leave_catches(gen_state *g, int depth) {
    for (int i = g->catch_depth; i > depth; i--) {
        emit_op(g, OP_END_CATCH);
        emit_op(g, OP_POP);
    }
}

static void gen_break(gen_state *g) {
    loopctx *l = g->loop;
    if (!l) return;
    leave_catches(g, l->catch_depth);
    vec_push(l->breaks, emit_jump(g, OP_JUMP));
}

static void gen_continue(gen_state *g) {
    loopctx *l = g->loop;
    while (l && l->kind == LOOP_SWITCH) l = l->up;
    if (!l) return;
    leave_catches(g, l->catch_depth);
    vec_push(l->continues, emit_jump(g, OP_JUMP));
}

/* ------------------------------------------------------------- statements */
/* The jump list a lone `break;` / `continue;` would add to, when it needs
 * no catch to be left first; NULL otherwise. */
static jlist *plain_jump_target(gen_state *g, const node *s) {
    if (!s || s->next) return NULL;
    if (s->kind == S_BLOCK) return plain_jump_target(g, s->a);
    loopctx *l = g->loop;
    if (s->kind == S_CONTINUE)
        while (l && l->kind == LOOP_SWITCH) l = l->up;
    else if (s->kind != S_BREAK)
        return NULL;
    if (!l || l->catch_depth != g->catch_depth) return NULL;
    return s->kind == S_BREAK ? &l->breaks : &l->continues;
}

static void gen_if(gen_state *g, node *n) {
    jlist f = {0};
    jlist *direct = n->c ? NULL : plain_jump_target(g, n->b);
    if (direct) {                       /* if (c) break; -> one conditional jump */
        gen_branch(g, n->a, 1, direct);
        return;
    }
    gen_branch(g, n->a, 0, &f);
    gen_stmts(g, n->b);
    if (n->c) {
        uint32_t j = g->reachable ? emit_jump(g, OP_JUMP) : UINT32_MAX;
        patch_list(g, &f, here(g));
        gen_stmts(g, n->c);
        if (j != UINT32_MAX) patch_here(g, j);
    } else {
        patch_list(g, &f, here(g));
    }
}

/* Jumps back to `top` while cond holds (always when cond is NULL). */
static void loop_test(gen_state *g, node *cond, uint32_t top) {
    if (!cond) {
        emit_jump_back(g, OP_JUMP, top);
        return;
    }
    jlist t = {0};
    gen_branch(g, cond, 1, &t);
    patch_list(g, &t, top);
}

static void gen_while(gen_state *g, node *n) {
    loopctx l;
    if (ast_is_const(n->a) && !ast_truthy_const(n->a)) return;
    loop_push(g, &l, LOOP_PLAIN);
    uint32_t enter = emit_jump(g, OP_JUMP);
    uint32_t top = here(g);
    gen_stmts(g, n->b);
    uint32_t cont = here(g);
    patch_to(g, enter, cont);
    mark_line(g, n->a);
    loop_test(g, ast_is_const(n->a) ? NULL : n->a, top);
    loop_pop(g, &l, cont, here(g));
}

static void gen_do(gen_state *g, node *n) {
    loopctx l;
    loop_push(g, &l, LOOP_PLAIN);
    uint32_t top = here(g);
    gen_stmts(g, n->b);
    uint32_t cont = here(g);
    mark_line(g, n->a);
    if (!ast_is_const(n->a)) loop_test(g, n->a, top);
    else if (ast_truthy_const(n->a)) loop_test(g, NULL, top);
    loop_pop(g, &l, cont, here(g));
}

/* `for (...; i < k; i++)` (or <=) on a plain local i: the opcode of the
 * fused step-and-test that closes the loop, or -1. */
static int counted_step(const node *n) {
    const node *c = n->c, *b = n->b;
    if (!c || !b || c->kind != N_INCDEC || !plain_local(c->a) || !local_cmp_int(b) ||
        b->a->x != c->a->x || (c->op != OP_PRE_INC && c->op != OP_POST_INC))
        return -1;
    return b->op == OP_LT ? OP_INC_LT_JUMP : b->op == OP_LE ? OP_INC_LE_JUMP : -1;
}

/* A counted loop tests once on entry and then at the bottom, in one
 * instruction with the step. */
static void gen_counted_for(gen_state *g, node *n, int step) {
    loopctx l;
    jlist out = {0};
    loop_push(g, &l, LOOP_PLAIN);
    mark_line(g, n->b);
    gen_branch(g, n->b, 0, &out);
    uint32_t top = here(g);
    gen_stmts(g, n->d);
    uint32_t cont = here(g);
    mark_line(g, n->c);
    emit_op(g, step);
    emit_u8(g, (unsigned)n->c->a->x);
    emit_i32(g, (int32_t)n->b->b->v.n);
    uint32_t at = (uint32_t)g->code.n;
    emit_i32(g, 0);
    patch_to(g, at, top);
    uint32_t end = here(g);
    patch_list(g, &out, end);
    loop_pop(g, &l, cont, end);
}

static void gen_for(gen_state *g, node *n) {
    loopctx l;
    gen_stmts(g, n->a);
    if (n->b && ast_is_const(n->b) && !ast_truthy_const(n->b)) return;
    int step = counted_step(n);
    if (step >= 0) {
        gen_counted_for(g, n, step);
        return;
    }
    loop_push(g, &l, LOOP_PLAIN);
    uint32_t enter = emit_jump(g, OP_JUMP);
    uint32_t top = here(g);
    gen_stmts(g, n->d);
    uint32_t cont = here(g);
    if (n->c) {
        mark_line(g, n->c);
        gen_effect(g, n->c);
    }
    patch_to(g, enter, here(g));
    if (n->b) mark_line(g, n->b);
    loop_test(g, n->b && !ast_is_const(n->b) ? n->b : NULL, top);
    loop_pop(g, &l, cont, here(g));
}

/* Stores the value on top of the stack into a foreach variable. */
static void store_var(gen_state *g, node *v) {
    if (v->kind == N_GLOBAL) {
        emit_op(g, OP_SET_GLOBAL);
        emit_u16(g, (unsigned)v->x);
    } else if (v->kind == N_LOCAL && !(v->flags & NF_REF)) {
        emit_op(g, OP_SET_LOCAL);
        emit_u8(g, (unsigned)v->x);
    } else {
        gen_error(g, v, "A foreach variable must be a plain local or global variable");
    }
}

/* A `ref` foreach variable's slot holds an lvalue of the element: it is
 * cleared (not assigned through) before each element and after the loop. */
static void gen_foreach(gen_state *g, node *n) {
    loopctx l;
    int nvars = n->b ? 2 : 1;
    node *last = n->b ? n->b : n->a;
    int ref = (last->flags & NF_FOREACH_REF) != 0;
    gen_expr(g, n->c);
    emit_op(g, OP_FOREACH_INIT);
    loop_push(g, &l, LOOP_FOREACH);
    uint32_t top = here(g);
    emit_op(g, OP_FOREACH_NEXT);
    emit_u8(g, (unsigned)(nvars | (ref ? FOREACH_REF : 0)));
    uint32_t done = (uint32_t)g->code.n;
    emit_i32(g, 0);
    if (ref) {
        emit_op(g, OP_CLEAR_LOCAL);
        emit_u8(g, (unsigned)last->x);
        emit_op(g, OP_SET_LOCAL);
        emit_u8(g, (unsigned)last->x);
    } else {
        store_var(g, last);
    }
    if (n->b) store_var(g, n->a);
    gen_stmts(g, n->d);
    if (g->reachable) emit_jump_back(g, OP_JUMP, top);
    uint32_t brk = top;
    if (l.breaks.n) {
        brk = here(g);
        emit_op(g, OP_POP_N);
        emit_u8(g, 3);
    }
    loop_pop(g, &l, top, brk);
    patch_here(g, done);
    if (ref) {
        emit_op(g, OP_CLEAR_LOCAL);
        emit_u8(g, (unsigned)last->x);
    }
}

/* SWITCH w jumps through a table filled once the body's labels are known. */
static void gen_switch(gen_state *g, node *n) {
    switch_ctx sw = {0};
    loopctx l;
    switch_table empty = {0};
    gen_expr(g, n->a);
    int table = g->switches.n;
    vec_push(g->switches, empty);
    if (table > 65535) gen_error(g, n, "Too many switch statements");
    emit_op(g, OP_SWITCH);
    emit_u16(g, (unsigned)table);
    g->reachable = 0;
    sw.up = g->sw;
    g->sw = &sw;
    loop_push(g, &l, LOOP_SWITCH);
    gen_stmts(g, n->b ? n->b->a : NULL);
    uint32_t end = here(g);
    loop_pop(g, &l, end, end);
    g->sw = sw.up;
    switch_finish(g, &sw, table, end);
}

static void gen_return(gen_state *g, node *n) {
    if (!n->a || (n->a->kind == N_INT && n->a->v.n == 0)) {
        emit_op(g, OP_RETURN_ZERO);
        return;
    }
    gen_expr(g, n->a);
    emit_op(g, OP_RETURN);
}

static void gen_stmt(gen_state *g, node *n) {
    if (n->kind != S_BLOCK && n->kind != S_CASE) mark_line(g, n);
    switch (n->kind) {
    case S_EXPR: gen_effect(g, n->a); break;
    case S_BLOCK: gen_stmts(g, n->a); break;
    case S_IF: gen_if(g, n); break;
    case S_WHILE: gen_while(g, n); break;
    case S_DO: gen_do(g, n); break;
    case S_FOR: gen_for(g, n); break;
    case S_FOREACH: gen_foreach(g, n); break;
    case S_SWITCH: gen_switch(g, n); break;
    case S_CASE: switch_case(g, n); break;
    case S_BREAK: gen_break(g); break;
    case S_CONTINUE: gen_continue(g); break;
    case S_RETURN: gen_return(g, n); break;
    default: break;
    }
}

void gen_stmts(gen_state *g, node *list) {
    for (; list; list = list->next) gen_stmt(g, list);
}

/* ----------------------------------------------------------- per function */
void gen_begin(cstate *cs) {
    cs->gen = xcalloc(1, sizeof *cs->gen);
    cs->gen->cs = cs;
}

/* The initialiser first runs each parent's initialiser, in inherit order. */
static void gen_init_calls(gen_state *g) {
    cstate *cs = g->cs;
    for (int k = 0; k < cs->inherits.n; k++) {
        int j = prog_init_function(cs->inherits.p[k].prog);
        if (j < 0) continue;
        emit_op(g, OP_CALL_INHERITED);
        emit_u16(g, (unsigned)k);
        emit_u16(g, (unsigned)j);
        emit_u8(g, 0);
        emit_op(g, OP_POP);
    }
}

void gen_function(cstate *cs, fdecl *fn) {
    gen_state *g = cs->gen;
    int errors = compile_error_count();
    types_function(cs, fn);
    if (errors != compile_error_count() || compile_error_count()) g->failed = 1;
    if (g->failed) return;
    g->fn = fn;
    g->reachable = 1;
    g->catch_depth = 0;
    g->loop = NULL;
    uint32_t start = (uint32_t)g->code.n;
    node at = { .line = fn->line, .file = fn->file };
    mark_line(g, &at);
    if (fn == cs->init_fn) gen_init_calls(g);
    gen_stmts(g, fn->body ? fn->body->a : NULL);
    if (g->reachable) emit_op(g, OP_RETURN_ZERO);
    func_def *d = &cs->funcs.p[fn->index];
    d->address = start;
    if (fn->num_slots < fn->num_args) fn->num_slots = fn->num_args;
    if (fn->num_slots - fn->num_args > 255) gen_error(g, fn->body, "Too many local variables");
    d->num_args = fn->num_args;
    d->num_locals = (uint8_t)(fn->num_slots - fn->num_args);
    if (types_bindable(fn)) d->flags |= FN_BINDABLE;
}

void gen_error(gen_state *g, const node *n, const char *msg) {
    error_at(g->cs, n, "%s", msg);
    g->failed = 1;
}
