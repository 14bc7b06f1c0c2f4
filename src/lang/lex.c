/*
 * lex.c — the lexer's public face (lex.h): open, next token, close; plus
 * the pieces every lexer file shares: the identifier table, which maps a
 * name to its interned string, its keyword token and its macro definition
 * in one probe, and the lists through which the lexer owns everything its
 * tokens point at.
 *
 * See lexstate.h for how the lexer is split into files.
 */
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "macro.h"
#include "preproc.h"

#define TK_NAME(name, text) text,
const char *const tok_names[TK_COUNT] = { TOKENS(TK_NAME) };   /* ORDER TOKEN */
#undef TK_NAME

/* ------------------------------------------------------------ small vectors */

void pv_push(pvec *pv, void *p) {
    if (pv->n == pv->cap) {
        pv->cap = pv->cap ? pv->cap * 2 : 16;
        pv->v = xrealloc(pv->v, pv->cap * sizeof *pv->v);
    }
    pv->v[pv->n++] = p;
}

void tv_push(tokvec *tv, const ptok *t) {
    if (tv->n == tv->cap) {
        tv->cap = tv->cap ? tv->cap * 2 : 8;
        tv->v = xrealloc(tv->v, tv->cap * sizeof *tv->v);
    }
    tv->v[tv->n++] = *t;
}

lstr *lex_own_str(lexer *lx, lstr *s) {
    pv_push(&lx->strs, s);
    return s;
}

char *lex_own_text(lexer *lx, size_t n) {
    char *p = xmalloc(n);
    pv_push(&lx->texts, p);
    return p;
}

void lex_sbuf_add(lexer *lx, const char *p, size_t n) {
    if (lx->slen + n > lx->scap) {
        while (lx->slen + n > lx->scap) lx->scap = lx->scap ? lx->scap * 2 : 256;
        lx->sbuf = xrealloc(lx->sbuf, lx->scap);
    }
    memcpy(lx->sbuf + lx->slen, p, n);
    lx->slen += n;
}

/* --------------------------------------------------------- identifier table */

/* FNV-1a: identifiers are short, and this is all the hashing they need. */
uint32_t lex_hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

static void itab_grow(lexer *lx) {
    uint32_t size = (lx->imask + 1) * 2;
    ident **t = xcalloc(size, sizeof *t);
    for (uint32_t i = 0; i <= lx->imask; i++) {
        for (ident *id = lx->itab[i], *next; id; id = next) {
            next = id->next;
            id->next = t[id->hash & (size - 1)];
            t[id->hash & (size - 1)] = id;
        }
    }
    free(lx->itab);
    lx->itab = t;
    lx->imask = size - 1;
}

/* The table entry for the name s[0..n) with hash h, created (as a plain
 * identifier) on first sight. Nodes come from chunks freed with the texts. */
ident *lex_ident(lexer *lx, const char *s, size_t n, uint32_t h) {
    ident **slot = &lx->itab[h & lx->imask];
    for (ident *id = *slot; id; id = id->next)
        if (id->hash == h && id->s->len == n && memcmp(id->s->data, s, n) == 0) return id;
    if (!lx->ifree_n) {
        lx->ifree = (ident *)lex_own_text(lx, 64 * sizeof(ident));
        lx->ifree_n = 64;
    }
    ident *id = lx->ifree++;
    lx->ifree_n--;
    id->s = str_intern(s, n);
    id->kind = TK_IDENT;
    id->m = NULL;
    id->hash = h;
    id->next = *slot;
    *slot = id;
    if (++lx->icount > lx->imask) itab_grow(lx);
    return id;
}

/* Keywords are exactly the tokens from TK_INT_T to TK_TIME_EXPRESSION;
 * their tok_names entry is their spelling. */
static void add_keywords(lexer *lx) {
    for (int k = TK_INT_T; k <= TK_TIME_EXPRESSION; k++) {
        const char *name = tok_names[k];
        lex_ident(lx, name, strlen(name), lex_hash(name, strlen(name)))->kind = k;
    }
    lx->id_defined = lex_ident(lx, "defined", 7, lex_hash("defined", 7));
}

/* ------------------------------------------------------------------ the API */

lexer *lex_open(const char *path, const struct compile_opts *opts) {
    lexer *lx = xcalloc(1, sizeof *lx);
    lx->opts = opts = opts ? opts : &compile_options;
    lx->imask = 255;
    lx->itab = xcalloc(lx->imask + 1, sizeof *lx->itab);
    if (opts->strict_types_default) lx->pragmas |= PRAGMA_STRICT_TYPES;
    add_keywords(lx);
    if (!pp_push_main(lx, path)) {
        lex_close(lx);
        return NULL;
    }
    mac_predefines(lx, lx->in->sb.file->data);
    if (opts->global_include && *opts->global_include)
        pp_global_include(lx, opts->global_include);
    return lx;
}

void lex_next(lexer *lx, token *tok) {
    ptok t;
    for (;;) {
        mac_next(lx, &t);
        if (t.t.kind < TK_COUNT) break;
        compile_error(t.t.file, t.t.line, "Illegal character '#'");
    }
    *tok = t.t;
}

uint32_t lex_pragmas(const lexer *lx) {
    return lx->pragmas;
}

void lex_close(lexer *lx) {
    if (!lx) return;
    mac_close(lx);
    pp_close(lx);
    for (uint32_t i = 0; i <= lx->imask; i++) {
        for (ident *id = lx->itab[i], *next; id; id = next) {
            next = id->next;
            str_free(id->s);
        }
    }
    free(lx->itab);
    for (uint32_t i = 0; i < lx->strs.n; i++) str_free(lx->strs.v[i]);
    for (uint32_t i = 0; i < lx->arrs.n; i++) arr_free(lx->arrs.v[i]);
    for (uint32_t i = 0; i < lx->texts.n; i++) free(lx->texts.v[i]);
    free(lx->strs.v);
    free(lx->arrs.v);
    free(lx->texts.v);
    free(lx->conds);
    free(lx->sbuf);
    free(lx);
}
