/*
 * macro.c — macros: the table (kept in the identifier table, ident.m),
 * #define / #undef, expansion, and the predefined macros.
 *
 * Expansion works on tokens, the C way. A macro's body is stored as the
 * tokens of its #define line, parameters marked. Expanding a name pushes
 * its replacement on a stack of token contexts that mac_next() reads before
 * the file; while a context is on the stack its macro is disabled, and a
 * name met while disabled is painted (noexp) so it never expands later —
 * the usual no-self-recursion rule. Arguments are collected unexpanded
 * (only parentheses nest; `({`, `([` and `(:` count as parentheses, and
 * `:)` as a closing one), then each is fully expanded on its own before
 * substitution, except next to # (stringified) or ## (pasted: the two
 * spellings are joined and scanned again).
 *
 * A function-like macro name not followed by '(' stays an identifier.
 * Predefined macros follow FluffOS 2.7 (MUDOS, __VERSION__, __ARCH__,
 * HAS_ED, MAX_INT, ...) plus compile_options.defines; those cannot be
 * redefined or undefined. A few extras (FLUFFOS, MIN_INT, MAX_FLOAT,
 * __LINE__, __OPTIMIZER__) may be redefined silently. __FILE__ and __DIR__
 * name the file being compiled, also inside included files (as in 2.7).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "macro.h"
#include "preproc.h"

#define MAX_PARAMS 64
#define NONE UINT32_MAX

/* ---------------------------------------------------------------- contexts */

static void ctx_push(lexer *lx, ptok *toks, uint32_t n, macro *m, int barrier) {
    ctx *c;
    if (lx->nctx == lx->ctxcap) {
        lx->ctxcap = lx->ctxcap ? lx->ctxcap * 2 : 16;
        lx->ctx = xrealloc(lx->ctx, lx->ctxcap * sizeof *lx->ctx);
    }
    c = &lx->ctx[lx->nctx++];
    c->toks = toks;
    c->n = n;
    c->i = 0;
    c->m = m;
    c->barrier = (uint8_t)barrier;
    if (m) m->disabled = 1;
}

static void ctx_pop(lexer *lx) {
    ctx *c = &lx->ctx[--lx->nctx];
    if (c->m) c->m->disabled = 0;
    free(c->toks);
}

/* The next unexpanded token: from the innermost context, else the token
 * read ahead, else the file. Returns 0 at the end of a barrier context. */
static int next_raw(lexer *lx, ptok *t) {
    while (lx->nctx) {
        ctx *c = &lx->ctx[lx->nctx - 1];
        if (c->i < c->n) {
            *t = c->toks[c->i++];
            return 1;
        }
        if (c->barrier) return 0;
        ctx_pop(lx);
    }
    if (lx->has_pb) {
        *t = lx->pb;
        lx->has_pb = 0;
        return 1;
    }
    pp_next(lx, t);
    return 1;
}

/* If t opens a parenthesis: returns 1 when t is exactly '(', 2 when t is
 * `({`, `([` or `(:` — then t is rewritten into what follows the '('. */
static int split_paren(ptok *t) {
    int rest;
    switch (t->t.kind) {
    case TK_LPAREN: return 1;
    case TK_ARRAY_OPEN: rest = TK_LBRACE; break;
    case TK_MAPPING_OPEN: rest = TK_LBRACKET; break;
    case TK_FUNC_OPEN: rest = TK_COLON; break;
    default: return 0;
    }
    t->t.kind = rest;
    t->sp++;
    t->len = 1;
    t->ws = 0;
    return 2;
}

/* Consumes the '(' of a macro call if one comes next; 0 if not, leaving
 * the input as it was (a token read from the file waits in lx->pb). */
static int paren_follows(lexer *lx) {
    int r;
    while (lx->nctx) {
        ctx *c = &lx->ctx[lx->nctx - 1];
        if (c->i < c->n) {
            r = split_paren(&c->toks[c->i]);
            c->i += r == 1;
            return r != 0;
        }
        if (c->barrier) return 0;
        ctx_pop(lx);
    }
    if (!lx->has_pb) {
        ptok t;
        pp_next(lx, &t);
        lx->pb = t;
        lx->has_pb = 1;
    }
    r = split_paren(&lx->pb);
    if (r == 1) lx->has_pb = 0;
    return r != 0;
}

/* Reads the arguments of a call whose '(' is consumed into args[0..max)
 * (extra ones are only counted). Returns how many there were, or -1 if
 * the input ended first (reported). */
static int collect_args(lexer *lx, const ptok *name, tokvec *args, int max) {
    int depth = 0, n = 0;
    ptok t;
    for (;;) {
        int got = next_raw(lx, &t);
        if (!got || t.t.kind == TK_EOF) {
            if (got && !lx->nctx) {
                lx->pb = t;
                lx->has_pb = 1;
            }
            compile_error(name->t.file, name->t.line, "Unterminated call of macro %s",
                          name->id->s->data);
            return -1;
        }
        switch (t.t.kind) {
        case TK_LPAREN: case TK_ARRAY_OPEN: case TK_MAPPING_OPEN: case TK_FUNC_OPEN:
            depth++;
            break;
        case TK_RPAREN: case TK_FUNC_CLOSE:
            if (depth > 0) { depth--; break; }
            if (t.t.kind == TK_FUNC_CLOSE && n < max) {
                t.t.kind = TK_COLON;
                t.len = 1;
                tv_push(&args[n], &t);
            }
            return n + 1;
        case TK_COMMA:
            if (depth == 0) {
                n++;
                continue;
            }
            break;
        }
        if (n < max) tv_push(&args[n], &t);
    }
}

/* ------------------------------------------------------------- substitution */

/* #arg: a string whose value is the argument's spelling, tokens separated
 * by one blank where there was white space. */
static ptok stringify(lexer *lx, const tokvec *arg, const ptok *hash) {
    ptok r = *hash;
    size_t n = 0;
    char *q;
    lx->slen = 0;
    for (uint32_t i = 0; i < arg->n; i++) {
        if (i && arg->v[i].ws) lex_sbuf_add(lx, " ", 1);
        lex_sbuf_add(lx, arg->v[i].sp, arg->v[i].len);
    }
    r.t.kind = TK_STRING;
    r.t.v.s = lex_own_str(lx, str_new(lx->sbuf, lx->slen));
    q = lex_own_text(lx, lx->slen * 2 + 3);
    q[n++] = '"';
    for (size_t i = 0; i < lx->slen; i++) {
        if (lx->sbuf[i] == '"' || lx->sbuf[i] == '\\') q[n++] = '\\';
        q[n++] = lx->sbuf[i];
    }
    q[n++] = '"';
    r.sp = q;
    r.len = (uint32_t)n;
    r.id = NULL;
    r.param = 0;
    return r;
}

/* a ## b: replaces out's last token by the tokens of the joined spellings. */
static void paste(lexer *lx, tokvec *out, const ptok *rhs) {
    ptok l = out->v[out->n - 1], t;
    size_t n = (size_t)l.len + rhs->len;
    char *text = lex_own_text(lx, n + 1);
    scanbuf sb;
    int first = 1;

    memcpy(text, l.sp, l.len);
    memcpy(text + l.len, rhs->sp, rhs->len);
    text[n] = 0;
    sb.p = text;
    sb.end = text + n;
    sb.file = l.t.file;
    sb.line = l.t.line;
    sb.bol = 0;
    out->n--;
    while (scan_token(lx, &sb, &t, SCAN_TEXT) != TK_EOF) {
        if (first) t.ws = l.ws;
        first = 0;
        tv_push(out, &t);
    }
}

typedef struct subst {
    tokvec *args;            /* as collected */
    tokvec *xargs;           /* fully expanded, made on first use */
    uint8_t *expanded;
} subst;

static const tokvec *expanded_arg(lexer *lx, subst *s, int i) {
    if (!s->expanded[i]) {
        mac_expand_list(lx, s->args[i].v, s->args[i].n, &s->xargs[i]);
        s->expanded[i] = 1;
    }
    return &s->xargs[i];
}

/* The replacement of m (args NULL for object-like macros), ## done. */
static void substitute(lexer *lx, const macro *m, subst *s, tokvec *out) {
    uint32_t opnd = 0, paste_at = NONE;
    int pasting = 0;
    for (uint32_t i = 0; i < m->n; i++) {
        const ptok *b = &m->body[i], *src = b;
        uint32_t cnt = 1, start;
        ptok str;
        if (b->t.kind == PK_HASHHASH) {
            paste_at = out->n > opnd ? out->n - 1 : NONE;
            pasting = 1;
            continue;
        }
        if (b->t.kind == PK_HASH && s && i + 1 < m->n && m->body[i + 1].param) {
            str = stringify(lx, &s->args[m->body[++i].param - 1], b);
            src = &str;
        } else if (b->param && s) {
            int raw = pasting || (i + 1 < m->n && m->body[i + 1].t.kind == PK_HASHHASH);
            const tokvec *a = raw ? &s->args[b->param - 1] : expanded_arg(lx, s, b->param - 1);
            src = a->v;
            cnt = a->n;
        }
        start = pasting && paste_at != NONE ? paste_at : out->n;
        for (uint32_t j = 0; j < cnt; j++) {
            if (j == 0 && pasting && paste_at != NONE) {
                paste(lx, out, &src[0]);
                continue;
            }
            tv_push(out, &src[j]);
            if (j == 0 && b->param) out->v[out->n - 1].ws = b->ws;
        }
        opnd = start;
        pasting = 0;
    }
}

/* Replaces the macro call `name` by m's expansion (pushed as a context). */
static void expand(lexer *lx, macro *m, const ptok *name, subst *s) {
    tokvec out = {0};
    if (m->plain) {
        if (!m->n) return;
        out.v = xmalloc(m->n * sizeof *out.v);
        memcpy(out.v, m->body, m->n * sizeof *out.v);
        out.n = m->n;
    } else {
        substitute(lx, m, s, &out);
    }
    if (!out.n) {
        free(out.v);
        return;
    }
    for (uint32_t i = 0; i < out.n; i++) {
        out.v[i].t.line = name->t.line;
        out.v[i].t.file = name->t.file;
    }
    out.v[0].ws = name->ws;
    ctx_push(lx, out.v, out.n, m, 0);
}

/* A call of the function-like macro m: its '(' has been read. */
static void call(lexer *lx, macro *m, const ptok *name) {
    int np = m->nparams, max = np ? np : 1, n;
    subst s;
    s.args = xcalloc((size_t)max, sizeof *s.args);
    s.xargs = xcalloc((size_t)max, sizeof *s.xargs);
    s.expanded = xcalloc((size_t)max, 1);
    n = collect_args(lx, name, s.args, max);
    if (n == 1 && np == 0 && s.args[0].n == 0) n = 0;
    if (n >= 0 && n != np)
        compile_error(name->t.file, name->t.line, "Wrong number of macro arguments");
    else if (n >= 0)
        expand(lx, m, name, &s);
    for (int i = 0; i < max; i++) {
        free(s.args[i].v);
        free(s.xargs[i].v);
    }
    free(s.args);
    free(s.xargs);
    free(s.expanded);
}

/* __LINE__ */
static void line_token(lexer *lx, ptok *t) {
    char *text = lex_own_text(lx, 12);
    snprintf(text, 12, "%u", (unsigned)t->t.line);
    t->t.kind = TK_INT;
    t->t.v.n = t->t.line;
    t->id = NULL;
    t->sp = text;
    t->len = (uint32_t)strlen(text);
}

/* The next token with macros expanded. Returns 0 at the end of a barrier
 * context (mac_expand_list), never at file level. */
int mac_next(lexer *lx, ptok *t) {
    for (;;) {
        macro *m;
        ptok name;
        if (!next_raw(lx, t)) return 0;
        if (!t->id || !(m = t->id->m) || t->noexp) return 1;
        if (m->disabled) {
            t->noexp = 1;
            return 1;
        }
        if (m->is_line) {
            line_token(lx, t);
            return 1;
        }
        name = *t;
        if (m->nparams < 0)
            expand(lx, m, &name, NULL);
        else if (paren_follows(lx))
            call(lx, m, &name);
        else
            return 1;
    }
}

/* Expands in[0..n) on its own (nothing after it is read) onto out. */
void mac_expand_list(lexer *lx, const ptok *in, uint32_t n, tokvec *out) {
    ptok *copy = n ? xmalloc(n * sizeof *copy) : NULL, t;
    if (n) memcpy(copy, in, n * sizeof *copy);
    ctx_push(lx, copy, n, NULL, 1);
    while (mac_next(lx, &t)) tv_push(out, &t);
    ctx_pop(lx);
}

/* --------------------------------------------------------------- #define */

static int same_body(const macro *m, int np, const tokvec *body) {
    if (m->nparams != np || m->n != body->n) return 0;
    for (uint32_t i = 0; i < body->n; i++) {
        const ptok *a = &m->body[i], *b = &body->v[i];
        if (a->t.kind != b->t.kind || a->len != b->len || a->param != b->param ||
            memcmp(a->sp, b->sp, a->len) != 0 || (i && a->ws != b->ws))
            return 0;
    }
    return 1;
}

/* Makes `body` (taken over) the definition of id. */
static void install(lexer *lx, ident *id, int np, tokvec *body, int predef, scanbuf *sb, uint32_t line) {
    macro *old = id->m, *m;
    if (old && old->predef == PREDEF_HARD && !predef) {
        compile_error(sb->file, line, "Illegal to redefine predefined value.");
        free(body->v);
        return;
    }
    if (old && !old->predef && !predef && !same_body(old, np, body))
        compile_warning(sb->file, line, "redefinition of #define %s", id->s->data);
    m = xcalloc(1, sizeof *m);
    m->nparams = np;
    m->body = body->v;
    m->n = body->n;
    m->predef = (uint8_t)predef;
    m->plain = 1;
    for (uint32_t i = 0; i < m->n; i++)
        if (m->body[i].t.kind == PK_HASH || m->body[i].t.kind == PK_HASHHASH) m->plain = 0;
    if (np >= 0) m->plain = 0;
    m->all = lx->macros;
    lx->macros = m;
    id->m = m;
}

static inline int is_idch(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* The parameter list after "NAME(" at sb->p, up to its ')'. Returns the
 * count, or -1 after reporting an error. */
static int parse_params(lexer *lx, scanbuf *sb, ident **params, uint32_t line) {
    const char *p = sb->p;
    int np = 0;
    while (*p == ' ' || *p == '\t') p++;
    if (*p == ')') {
        sb->p = p + 1;
        return 0;
    }
    for (;;) {
        const char *s;
        while (*p == ' ' || *p == '\t') p++;
        for (s = p; is_idch(*p); p++) {}
        sb->p = p;
        if (p == s || (*s >= '0' && *s <= '9')) {
            compile_error(sb->file, line, "Invalid macro argument");
            return -1;
        }
        if (np == MAX_PARAMS) {
            compile_error(sb->file, line, "Too many macro arguments");
            return -1;
        }
        params[np++] = lex_ident(lx, s, (size_t)(p - s), lex_hash(s, (size_t)(p - s)));
        while (*p == ' ' || *p == '\t') p++;
        sb->p = p + 1;
        if (*p == ')') return np;
        if (*p != ',') {
            sb->p = p;
            compile_error(sb->file, line, "Missing ',' in #define parameter list");
            return -1;
        }
        p++;
    }
}

/* #define NAME body | NAME(a, b) body — sb is after "define". */
void mac_define(lexer *lx, scanbuf *sb) {
    uint32_t line = sb->line;
    ident *params[MAX_PARAMS];
    tokvec body = {0};
    int np = -1, k;
    ptok t;

    k = scan_token(lx, sb, &t, SCAN_LINE);
    if (!t.id) {
        compile_error(sb->file, line, "Invalid macro name");
        if (k != PK_EOL && k != TK_EOF) pp_skip_line(sb);
        return;
    }
    ident *id = t.id;
    if (*sb->p == '(') {
        sb->p++;
        np = parse_params(lx, sb, params, line);
        if (np < 0) {
            pp_skip_line(sb);
            return;
        }
    }
    while ((k = scan_token(lx, sb, &t, SCAN_LINE)) != PK_EOL && k != TK_EOF) {
        for (int i = 0; i < np && t.id; i++)
            if (t.id == params[i]) t.param = (uint8_t)(i + 1);
        tv_push(&body, &t);
    }
    if (body.n && (body.v[0].t.kind == PK_HASHHASH || body.v[body.n - 1].t.kind == PK_HASHHASH)) {
        compile_error(sb->file, line, "'##' at %s of macro definition",
                      body.v[0].t.kind == PK_HASHHASH ? "start" : "end");
        free(body.v);
        return;
    }
    install(lx, id, np, &body, PREDEF_NONE, sb, line);
}

/* #undef NAME */
void mac_undef(lexer *lx, scanbuf *sb) {
    uint32_t line = sb->line;
    ptok t;
    int k = scan_token(lx, sb, &t, SCAN_LINE);
    if (k == PK_EOL || k == TK_EOF) {
        compile_error(sb->file, line, "Illegal # command");
        return;
    }
    pp_skip_line(sb);
    if (!t.id || !t.id->m) return;
    if (t.id->m->predef == PREDEF_HARD)
        compile_error(sb->file, line, "Illegal to #undef a predefined value.");
    else
        t.id->m = NULL;
}

/* ---------------------------------------------------------- predefinitions */

/* Defines `name` as the macro text `text`; kind is a PREDEF_*. */
void mac_predefine(lexer *lx, const char *name, const char *text, int kind) {
    size_t n = strlen(text);
    char *copy = lex_own_text(lx, n + 1);
    scanbuf sb;
    tokvec body = {0};
    ptok t;
    memcpy(copy, text, n + 1);
    sb.p = copy;
    sb.end = copy + n;
    sb.file = lx->in->sb.file;
    sb.line = 0;
    sb.bol = 0;
    while (scan_token(lx, &sb, &t, SCAN_TEXT) != TK_EOF) tv_push(&body, &t);
    install(lx, lex_ident(lx, name, strlen(name), lex_hash(name, strlen(name))),
            -1, &body, kind, &sb, 0);
}

/* The predefined macros for compiling the mud file main_path. */
void mac_predefines(lexer *lx, const char *main_path) {
    static const struct { const char *name, *text; int kind; } defs[] = {
        { "MUDOS", "", PREDEF_HARD },
        { "__VERSION__", "\"Hearth 0.1\"", PREDEF_HARD },
        { "__ARCH__", "\"Linux\"", PREDEF_HARD },
        { "__COMPILER__", "\"gcc\"", PREDEF_HARD },
        { "__OPTIMIZATION__", "\"-O2\"", PREDEF_HARD },
        { "HAS_ED", "", PREDEF_HARD },
        { "HAS_PRINTF", "", PREDEF_HARD },
        { "HAS_RUSAGE", "", PREDEF_HARD },
        { "HAS_DEBUG_LEVEL", "", PREDEF_HARD },
        { "SIZEOFINT", "8", PREDEF_HARD },
        { "MAX_INT", "9223372036854775807", PREDEF_HARD },
        { "__SAVE_EXTENSION__", "\".o\"", PREDEF_HARD },
        { "FLUFFOS", "", PREDEF_SOFT },
        { "__OPTIMIZER__", "\"-O2\"", PREDEF_SOFT },
        { "MIN_INT", "(-9223372036854775807-1)", PREDEF_SOFT },
        { "MAX_FLOAT", "1.7976931348623157e+308", PREDEF_SOFT },
        { "__LINE__", "0", PREDEF_SOFT },
        { NULL, NULL, 0 }
    };
    char name[256], *text;
    size_t n = strlen(main_path);

    for (int i = 0; defs[i].name; i++) mac_predefine(lx, defs[i].name, defs[i].text, defs[i].kind);
    lex_ident(lx, "__LINE__", 8, lex_hash("__LINE__", 8))->m->is_line = 1;
    for (const char **d = lx->opts->defines; d && *d; d++) {
        const char *eq = strchr(*d, '=');
        size_t len = eq ? (size_t)(eq - *d) : strlen(*d);
        if (len >= sizeof name) continue;
        memcpy(name, *d, len);
        name[len] = 0;
        mac_predefine(lx, name, eq ? eq + 1 : "", PREDEF_HARD);
    }
    text = xmalloc(n + 3);
    snprintf(text, n + 3, "\"%s\"", main_path);
    mac_predefine(lx, "__FILE__", text, PREDEF_NONE);
    strcpy(strrchr(text, '/') + 1, "\"");
    mac_predefine(lx, "__DIR__", text, PREDEF_NONE);
    free(text);
}

void mac_close(lexer *lx) {
    while (lx->nctx) ctx_pop(lx);
    free(lx->ctx);
    while (lx->macros) {
        macro *m = lx->macros;
        lx->macros = m->all;
        free(m->body);
        free(m);
    }
}
