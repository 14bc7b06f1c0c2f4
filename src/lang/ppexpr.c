/*
 * ppexpr.c — the constant expressions of #if and #elif.
 *
 * The line is tokenized, `defined NAME` and `defined(NAME)` become 1 or 0,
 * macros are expanded, identifiers left over (and keywords) count as 0,
 * then the C operators are evaluated on 64-bit integers: ?: || && | ^ &
 * == != < <= > >= << >> + - * / % and the unary - + ! ~, with parentheses.
 * Character constants are integers. Division by zero is an error only
 * where it is evaluated (not in the dead side of && || ?:).
 */
#include <stdlib.h>
#include "preproc.h"
#include "macro.h"

typedef struct ev {
    const ptok *t;
    uint32_t n, i;
    lstr *file;
    uint32_t line;
    int failed;
} ev;

static void ev_error(ev *e, const char *msg) {
    if (!e->failed) compile_error(e->file, e->line, "%s", msg);
    e->failed = 1;
}

static int peek(const ev *e) {
    return e->i < e->n ? e->t[e->i].t.kind : TK_EOF;
}

static int64_t ev_cond(ev *e, int live);

/* unary: ( cond ) | - + ! ~ unary | number | identifier */
static int64_t ev_unary(ev *e, int live) {
    int k = peek(e);
    int64_t v;
    if (k == TK_EOF) {
        ev_error(e, "missing expression in #if");
        return 0;
    }
    e->i++;
    switch (k) {
    case TK_LPAREN:
        v = ev_cond(e, live);
        if (peek(e) != TK_RPAREN) ev_error(e, "bracket not paired in #if");
        else e->i++;
        return v;
    case TK_MINUS: return (int64_t)(0 - (uint64_t)ev_unary(e, live));
    case TK_PLUS: return ev_unary(e, live);
    case TK_NOT: return !ev_unary(e, live);
    case TK_TILDE: return ~ev_unary(e, live);
    case TK_INT: return e->t[e->i - 1].t.v.n;
    default:
        if (e->t[e->i - 1].id) return 0;
        ev_error(e, "illegal character in #if");
        return 0;
    }
}

/* Binding strength of a binary operator, 0 if k is none. */
static int prec(int k) {
    switch (k) {
    case TK_LOR: return 1;
    case TK_LAND: return 2;
    case TK_OR: return 3;
    case TK_XOR: return 4;
    case TK_AND: return 5;
    case TK_EQ: case TK_NE: return 6;
    case TK_LT: case TK_LE: case TK_GT: case TK_GE: return 7;
    case TK_LSH: case TK_RSH: return 8;
    case TK_PLUS: case TK_MINUS: return 9;
    case TK_STAR: case TK_SLASH: case TK_PERCENT: return 10;
    default: return 0;
    }
}

static int64_t apply(ev *e, int op, int64_t a, int64_t b, int live) {
    uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
    switch (op) {
    case TK_OR: return a | b;
    case TK_XOR: return a ^ b;
    case TK_AND: return a & b;
    case TK_EQ: return a == b;
    case TK_NE: return a != b;
    case TK_LT: return a < b;
    case TK_LE: return a <= b;
    case TK_GT: return a > b;
    case TK_GE: return a >= b;
    case TK_LSH: return (int64_t)(ua << (ub & 63));
    case TK_RSH: return a >> (ub & 63);
    case TK_PLUS: return (int64_t)(ua + ub);
    case TK_MINUS: return (int64_t)(ua - ub);
    case TK_STAR: return (int64_t)(ua * ub);
    default:                                   /* / and % */
        if (b == 0) {
            if (live) ev_error(e, "division by zero in #if");
            return 0;
        }
        if (a == INT64_MIN && b == -1) return op == TK_SLASH ? a : 0;
        return op == TK_SLASH ? a / b : a % b;
    }
}

/* binary operators of strength >= min, by precedence climbing */
static int64_t ev_binary(ev *e, int min, int live) {
    int64_t v = ev_unary(e, live);
    for (;;) {
        int op = peek(e), p = prec(op);
        if (!p || p < min) return v;
        e->i++;
        if (op == TK_LOR) {
            int64_t r = ev_binary(e, p + 1, live && !v);
            v = v || r;
        } else if (op == TK_LAND) {
            int64_t r = ev_binary(e, p + 1, live && v);
            v = v && r;
        } else {
            v = apply(e, op, v, ev_binary(e, p + 1, live), live);
        }
    }
}

/* cond: binary [ ? cond : cond ] */
static int64_t ev_cond(ev *e, int live) {
    int64_t c = ev_binary(e, 1, live), a, b;
    if (peek(e) != TK_QUESTION) return c;
    e->i++;
    a = ev_cond(e, live && c);
    if (peek(e) != TK_COLON) {
        ev_error(e, "missing ':' in #if");
        return 0;
    }
    e->i++;
    b = ev_cond(e, live && !c);
    return c ? a : b;
}

/* Turns `defined X` / `defined(X)` in raw[] into 1/0 tokens, in place;
 * returns the new count. */
static uint32_t resolve_defined(lexer *lx, ptok *raw, uint32_t n, ev *e) {
    uint32_t o = 0;
    for (uint32_t i = 0; i < n; i++) {
        ptok *t = &raw[i];
        if (t->id != lx->id_defined) {
            raw[o++] = *t;
            continue;
        }
        int paren = i + 1 < n && raw[i + 1].t.kind == TK_LPAREN;
        uint32_t j = i + 1 + (uint32_t)paren;
        if (j >= n || !raw[j].id || (paren && (j + 1 >= n || raw[j + 1].t.kind != TK_RPAREN))) {
            ev_error(e, paren ? "Missing ) in defined" : "Missing ( in defined");
            return o;
        }
        raw[o] = *t;
        raw[o].t.kind = TK_INT;
        raw[o].t.v.n = raw[j].id->m != NULL;
        raw[o++].id = NULL;
        i = j + (uint32_t)paren;
    }
    return o;
}

/* Evaluates the rest of the directive line at sb (consuming it, newline
 * included). Errors are reported and count as 0. */
int64_t pp_eval_line(lexer *lx, scanbuf *sb) {
    tokvec raw = {0}, x = {0};
    ev e = { NULL, 0, 0, sb->file, sb->line, 0 };
    int64_t v = 0;
    ptok t;
    int k;

    while ((k = scan_token(lx, sb, &t, SCAN_LINE)) != PK_EOL && k != TK_EOF) tv_push(&raw, &t);
    raw.n = resolve_defined(lx, raw.v, raw.n, &e);
    if (!e.failed) {
        mac_expand_list(lx, raw.v, raw.n, &x);
        e.t = x.v;
        e.n = x.n;
        v = ev_cond(&e, 1);
        if (e.i < e.n) ev_error(&e, "Condition too complex in #if");
    }
    free(raw.v);
    free(x.v);
    return e.failed ? 0 : v;
}
