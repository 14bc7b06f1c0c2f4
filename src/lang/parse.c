/*
 * parse.c — the parser's plumbing: the token stream with lookahead, error
 * reporting and recovery, strings owned by the compile, and the two small
 * containers the compiler uses (growable arrays, pointer-keyed maps).
 *
 * The grammar itself is in parse_decl.c (top level), parse_stmt.c
 * (statements) and parse_expr.c (expressions).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "parse.h"

#define MAX_SYNTAX_ERRORS 30

/* ------------------------------------------------------------ containers */
void vec_grow_(void *pp, int *cap, size_t elem) {
    void **p = pp;
    int ncap = *cap ? *cap * 2 : 8;
    *p = xrealloc(*p, (size_t)ncap * elem);
    *cap = ncap;
}

static uint32_t ptr_hash(const void *k) {
    uintptr_t x = (uintptr_t)k;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return (uint32_t)(x >> 29);
}

int ptrmap_get(const ptrmap *m, const void *key, int dflt) {
    if (!m->keys) return dflt;
    for (int i = (int)(ptr_hash(key) & (uint32_t)m->mask);; i = (i + 1) & m->mask) {
        if (m->keys[i] == key) return m->vals[i];
        if (!m->keys[i]) return dflt;
    }
}

static void ptrmap_rehash(ptrmap *m, int nslots) {
    const void **ok = m->keys;
    int *ov = m->vals, oslots = m->keys ? m->mask + 1 : 0;
    m->keys = xcalloc((size_t)nslots, sizeof *m->keys);
    m->vals = xmalloc((size_t)nslots * sizeof *m->vals);
    m->mask = nslots - 1;
    m->count = 0;
    for (int i = 0; i < oslots; i++)
        if (ok[i]) ptrmap_put(m, ok[i], ov[i]);
    free(ok);
    free(ov);
}

void ptrmap_put(ptrmap *m, const void *key, int val) {
    if (!m->keys || (m->count + 1) * 2 > m->mask + 1)
        ptrmap_rehash(m, m->keys ? (m->mask + 1) * 2 : 16);
    int i = (int)(ptr_hash(key) & (uint32_t)m->mask);
    while (m->keys[i] && m->keys[i] != key) i = (i + 1) & m->mask;
    if (!m->keys[i]) m->count++;
    m->keys[i] = key;
    m->vals[i] = val;
}

void ptrmap_free(ptrmap *m) {
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ---------------------------------------------------------------- strings */
/* Takes over the caller's reference: s lives until the compile ends. */
lstr *keep_string(cstate *cs, lstr *s) {
    vec_push(cs->garbage, s);
    return s;
}

lstr *intern_name(cstate *cs, const char *s) {
    return keep_string(cs, str_internz(s));
}

uint16_t file_id(cstate *cs, lstr *file) {
    if (!file) return 0;
    int k = ptrmap_get(&cs->file_index, file, 0);
    if (k && str_eq(cs->files.p[k - 1], file)) return (uint16_t)(k - 1);   /* address may be reused */
    for (int i = 0; i < cs->files.n; i++)
        if (str_eq(cs->files.p[i], file)) {
            ptrmap_put(&cs->file_index, file, i + 1);
            return (uint16_t)i;
        }
    vec_push(cs->files, str_ref(file));
    ptrmap_put(&cs->file_index, file, cs->files.n);
    return (uint16_t)(cs->files.n - 1);
}

/* ----------------------------------------------------------------- tokens */
void next_token(cstate *cs) {
    if (cs->ahead_pos < cs->ahead.n) {
        cs->tok = cs->ahead.p[cs->ahead_pos++];
        if (cs->ahead_pos == cs->ahead.n) cs->ahead_pos = cs->ahead.n = 0;
        return;
    }
    if (cs->parse_errors >= MAX_SYNTAX_ERRORS) {
        cs->tok.kind = TK_EOF;
        return;
    }
    lex_next(cs->lx, &cs->tok);
}

/* The n-th token after the current one (n >= 1); any distance. */
const token *peek_token(cstate *cs, int n) {
    while (cs->ahead.n - cs->ahead_pos < n) {
        token t = cs->tok;
        if (cs->parse_errors >= MAX_SYNTAX_ERRORS || (cs->ahead.n && cs->ahead.p[cs->ahead.n - 1].kind == TK_EOF))
            t.kind = TK_EOF;
        else
            lex_next(cs->lx, &t);
        vec_push(cs->ahead, t);
    }
    return &cs->ahead.p[cs->ahead_pos + n - 1];
}

int accept(cstate *cs, int kind) {
    if (cs->tok.kind != kind) return 0;
    next_token(cs);
    return 1;
}

void expect(cstate *cs, int kind, const char *what) {
    if (accept(cs, kind)) return;
    syntax_error(cs, "syntax error: expected '%s' %s, found '%s'", tok_names[kind], what,
                 cs->tok.kind == TK_IDENT ? cs->tok.v.s->data : tok_names[cs->tok.kind]);
}

/* ----------------------------------------------------------------- errors */
static void report(lstr *file, uint32_t line, int warning, const char *fmt, va_list ap) {
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    if (warning) compile_warning(file, line, "%s", buf);
    else compile_error(file, line, "%s", buf);
}

/* Reports at the current token; one report per statement (the parser
 * resynchronises before it reports again). */
void syntax_error(cstate *cs, const char *fmt, ...) {
    va_list ap;
    if (cs->silent) return;
    cs->silent = 1;
    cs->parse_errors++;
    va_start(ap, fmt);
    report(cs->tok.file ? cs->tok.file : cs->name, cs->tok.line, 0, fmt, ap);
    va_end(ap);
}

#define MAX_PARSE_NEST 2000

int parse_enter(cstate *cs) {
    if (cs->nest < MAX_PARSE_NEST) {
        cs->nest++;
        return 1;
    }
    cs->silent = 0;
    syntax_error(cs, "Program too deeply nested");
    cs->parse_errors = MAX_SYNTAX_ERRORS;           /* every token is EOF now */
    cs->ahead_pos = cs->ahead.n = 0;
    cs->tok.kind = TK_EOF;
    return 0;
}

/* Reports at node n's position (the current token's when n is NULL). */
static void report_at(cstate *cs, const node *n, int warning, const char *fmt, va_list ap) {
    lstr *file = cs->name;
    uint32_t line = cs->tok.line;
    if (n) {
        line = n->line;
        if (n->file < cs->files.n) file = cs->files.p[n->file];
    }
    report(file, line, warning, fmt, ap);
}

void error_at(cstate *cs, const node *n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report_at(cs, n, 0, fmt, ap);
    va_end(ap);
}

void warn_at(cstate *cs, const node *n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report_at(cs, n, 1, fmt, ap);
    va_end(ap);
}

/* ------------------------------------------------------------------ entry */
void parse_file(cstate *cs) {
    next_token(cs);
    while (cs->tok.kind != TK_EOF) parse_toplevel(cs);
}
