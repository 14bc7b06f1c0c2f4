/*
 * ast.c — the compile arena and the syntax tree constructors, with constant
 * folding of operators on literal operands.
 *
 * Folding follows the run-time semantics exactly: 64-bit integers wrap,
 * `/` and `%` truncate toward zero, ints and floats mix into floats
 * (`0 == 0.0` is 1), `+` joins strings and a string with an int. Anything
 * whose run-time result depends on formatting (floats turned into text) or
 * that fails at run time (float division by 0.0) is left to the VM.
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "../base/mem.h"
#include "../vm/opcodes.h"
#include "parse.h"

/* ------------------------------------------------------------------ arena */
#define ARENA_CHUNK 65536

struct arena_chunk {
    arena_chunk *prev;
    size_t size;
    _Alignas(16) unsigned char data[];
};

void *arena_alloc(arena *a, size_t n) {
    n = (n + 7) & ~(size_t)7;
    if (!a->head || a->used + n > a->cap) {
        size_t size = n > ARENA_CHUNK / 4 ? n : ARENA_CHUNK;
        arena_chunk *c = xmalloc(sizeof *c + size);
        c->prev = a->head;
        c->size = size;
        a->head = c;
        a->used = 0;
        a->cap = size;
    }
    void *p = a->head->data + a->used;
    a->used += n;
    memset(p, 0, n);
    return p;
}

void arena_free(arena *a) {
    arena_chunk *c = a->head;
    while (c) {
        arena_chunk *prev = c->prev;
        free(c);
        c = prev;
    }
    a->head = NULL;
    a->used = a->cap = 0;
}

/* ------------------------------------------------------------ constructors */
node *ast_node(cstate *cs, int kind, uint32_t line) {
    node *n = arena_alloc(&cs->ar, sizeof *n);
    n->kind = (uint16_t)kind;
    n->line = line;
    n->file = file_id(cs, cs->tok.file);
    return n;
}

node *ast_int(cstate *cs, int64_t v, uint32_t line) {
    node *n = ast_node(cs, N_INT, line);
    n->v.n = v;
    return n;
}

node *ast_float(cstate *cs, double f, uint32_t line) {
    node *n = ast_node(cs, N_FLOAT, line);
    n->v.f = f;
    return n;
}

node *ast_string(cstate *cs, lstr *s, uint32_t line) {
    node *n = ast_node(cs, N_STRING, line);
    n->v.s = s;
    return n;
}

int ast_is_const(const node *n) {
    return n->kind == N_INT || n->kind == N_FLOAT || n->kind == N_STRING;
}

/* Only int 0 is false: 0.0 and "" are true values in LPC. */
int ast_truthy_const(const node *n) {
    return n->kind != N_INT || n->v.n != 0;
}

int ast_count(const node *list) {
    int k = 0;
    for (; list; list = list->next) k++;
    return k;
}

int ast_is_lvalue(const node *n) {
    switch (n->kind) {
    case N_LOCAL: case N_GLOBAL: case N_MEMBER: case N_RANGE:
        return 1;
    case N_INDEX:
        return 1;
    default:
        return 0;
    }
}

/* ----------------------------------------------------------------- folding */
static int64_t wrap_add(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static int64_t wrap_sub(int64_t a, int64_t b) { return (int64_t)((uint64_t)a - (uint64_t)b); }
static int64_t wrap_mul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }

/* Folds an int op int; returns 0 when the result is left to run time. */
static int fold_int(int op, int64_t a, int64_t b, int64_t *r) {
    switch (op) {
    case OP_ADD: *r = wrap_add(a, b); return 1;
    case OP_SUB: *r = wrap_sub(a, b); return 1;
    case OP_MUL: *r = wrap_mul(a, b); return 1;
    case OP_DIV:
        if (b == 0) return 0;
        *r = (b == -1) ? wrap_sub(0, a) : a / b;
        return 1;
    case OP_MOD:
        if (b == 0) return 0;
        *r = (b == -1) ? 0 : a % b;
        return 1;
    case OP_AND: *r = a & b; return 1;
    case OP_OR:  *r = a | b; return 1;
    case OP_XOR: *r = a ^ b; return 1;
    case OP_LSH:
        if (b < 0 || b > 63) return 0;
        *r = (int64_t)((uint64_t)a << b);
        return 1;
    case OP_RSH:
        if (b < 0 || b > 63) return 0;
        *r = a < 0 ? ~(~a >> b) : a >> b;           /* arithmetic, portably */
        return 1;
    default: return 0;
    }
}

/* Folds number op number where one side is a float into *f; returns 0
 * when the result is left to run time. */
static int fold_float(int op, double a, double b, double *f) {
    switch (op) {
    case OP_ADD: *f = a + b; return 1;
    case OP_SUB: *f = a - b; return 1;
    case OP_MUL: *f = a * b; return 1;
    case OP_DIV:
        if (b == 0.0) return 0;
        *f = a / b;
        return 1;
    default: return 0;
    }
}

static node *fold_strings(cstate *cs, int op, node *a, node *b) {
    char buf[32];
    const char *bp;
    size_t blen;
    if (op != OP_ADD) return NULL;
    if (a->kind == N_STRING && b->kind == N_STRING) {
        lstr *s = keep_string(cs, str_concat(a->v.s, b->v.s));
        a->v.s = s;
        return a;
    }
    if (a->kind == N_STRING && b->kind == N_INT) {
        snprintf(buf, sizeof buf, "%lld", (long long)b->v.n);
        lstr *s = keep_string(cs, str_append(str_ref(a->v.s), buf, strlen(buf)));
        a->v.s = s;
        return a;
    }
    if (a->kind == N_INT && b->kind == N_STRING) {
        snprintf(buf, sizeof buf, "%lld", (long long)a->v.n);
        bp = buf;
        blen = strlen(buf);
        lstr *s = str_alloc(blen + b->v.s->len);
        memcpy(s->data, bp, blen);
        memcpy(s->data + blen, b->v.s->data, b->v.s->len);
        b->v.s = keep_string(cs, s);
        b->line = a->line;
        return b;
    }
    return NULL;
}

#define TYPE_FLAGS (NF_ZERO | NF_CAST)

/* The folded result a takes the static type 2.7 gave it: that of the
 * literal it kept (its left one; the float one of int and float; x itself
 * in 0 + x). */
static void fold_type(int op, node *a, const node *b) {
    int keep_b = (a->kind == N_INT && b->kind == N_FLOAT) ||
                 (op == OP_ADD && a->kind == N_INT && (a->flags & NF_ZERO) && !(b->flags & NF_ZERO));
    if (keep_b) {
        a->flags = (uint16_t)((a->flags & ~TYPE_FLAGS) | (b->flags & TYPE_FLAGS));
        a->type = b->type;
    }
}

/* Comparisons are left to run time, as 2.7 left them: a folded 1 < 0
 * would make 1 / (1 < 0) a compile error there. */
static node *fold_binop(cstate *cs, int op, node *a, node *b) {
    if (op >= OP_EQ && op <= OP_GE) return NULL;
    if (a->kind == N_INT && b->kind == N_INT) {
        int64_t r;
        if (!fold_int(op, a->v.n, b->v.n, &r)) return NULL;
        fold_type(op, a, b);
        a->v.n = r;
        return a;
    }
    if ((a->kind == N_FLOAT || a->kind == N_INT) && (b->kind == N_FLOAT || b->kind == N_INT)) {
        double x = a->kind == N_FLOAT ? a->v.f : (double)a->v.n;
        double y = b->kind == N_FLOAT ? b->v.f : (double)b->v.n;
        double f;
        if (!fold_float(op, x, y, &f)) return NULL;
        fold_type(op, a, b);
        a->kind = N_FLOAT;
        a->v.f = f;
        return a;
    }
    if (a->kind == N_STRING || b->kind == N_STRING) return fold_strings(cs, op, a, b);
    return NULL;
}

static int is_number(const node *n) { return n->kind == N_INT || n->kind == N_FLOAT; }
static int is_zero_number(const node *n) {
    return (n->kind == N_INT && n->v.n == 0) || (n->kind == N_FLOAT && n->v.f == 0.0);
}

/* Only constant / 0 and constant % 0 are compile errors in 2.7; x / 0 of
 * anything else compiles and raises when it runs. */
node *ast_binop(cstate *cs, int op, node *a, node *b, uint32_t line) {
    if ((op == OP_DIV && is_number(a) && is_zero_number(b)) ||
        (op == OP_MOD && a->kind == N_INT && b->kind == N_INT && b->v.n == 0)) {
        error_at(cs, b, op == OP_DIV ? "Division by zero" : "Modulo by zero");
        return a;
    }
    if (op == OP_SUB && a->kind == N_INT && a->v.n == 0) {
        node *n = ast_node(cs, N_UNOP, line);   /* 2.7: 0 - x is -x, typed as x */
        n->op = OP_NEG;
        n->flags |= NF_ZERO;
        n->a = b;
        return n;
    }
    if (ast_is_const(a) && ast_is_const(b)) {
        node *r = fold_binop(cs, op, a, b);
        if (r) return r;
    }
    node *n = ast_node(cs, N_BINOP, line);
    n->op = (uint16_t)op;
    n->a = a;
    n->b = b;
    return n;
}

node *ast_unop(cstate *cs, int op, node *a, uint32_t line) {
    if (op == OP_NEG && a->kind == N_INT) { a->v.n = wrap_sub(0, a->v.n); return a; }
    if (op == OP_NEG && a->kind == N_FLOAT) { a->v.f = -a->v.f; return a; }
    if (op == OP_COMPL && a->kind == N_INT) { a->v.n = ~a->v.n; return a; }
    if (op == OP_NOT && a->kind == N_INT) {   /* 2.7 folds ! of ints only */
        int64_t r = !ast_truthy_const(a);
        a->kind = N_INT;
        a->v.n = r;
        return a;
    }
    node *n = ast_node(cs, N_UNOP, line);
    n->op = (uint16_t)op;
    n->a = a;
    return n;
}

/* Two plain constants of one kind: folding a choice between them keeps the
 * static type 2.7 gives the unfolded choice (int and float, or a literal 0,
 * make it mixed, which decides whether an assignment converts:
 * int i = 1 ? 2.5 : 3 stores 2.5). */
static int same_const_kind(const node *a, const node *b) {
    return ast_is_const(a) && ast_is_const(b) && a->kind == b->kind &&
           !((a->flags | b->flags) & TYPE_FLAGS);
}

/* a && b is b when a is a true constant, a when a is false; || the other
 * way round (the result is the deciding operand, not 0/1). Folded only
 * when both operands are constants of one kind (see same_const_kind). */
node *ast_logic(cstate *cs, int kind, node *a, node *b, uint32_t line) {
    if (same_const_kind(a, b)) {
        int t = ast_truthy_const(a);
        if (kind == N_LAND) return t ? b : a;
        return t ? a : b;
    }
    node *n = ast_node(cs, kind, line);
    n->a = a;
    n->b = b;
    return n;
}

node *ast_cond(cstate *cs, node *a, node *b, node *c, uint32_t line) {
    if (ast_is_const(a) && same_const_kind(b, c)) return ast_truthy_const(a) ? b : c;
    node *n = ast_node(cs, N_COND, line);
    n->a = a;
    n->b = b;
    n->c = c;
    return n;
}
