/*
 * regexp.c — MudOS regular expressions on PCRE2, and the regexp() and
 * reg_assoc() efuns.
 *
 * Translation. A MudOS pattern is Henry Spencer's syntax: `( ) | . * + ? ^ $
 * [ ]` are operators, `\<` `\>` match at the start/end of a word, `\(` `\)`
 * are plain parentheses, `\b` `\t` `\r` stand for backspace, tab and CR, and
 * `\` before anything else makes it plain. Like Spencer's regcomp we first
 * turn the text into tokens (a byte plus an "operator" bit) and then parse
 * them with his grammar (reg / branch / piece / atom), emitting PCRE2 text:
 * every plain byte as \x{hh}, groups as (?:...), `$` as \z, classes as
 * explicit byte sets. The parser raises Spencer's errors (nested *?+, * of
 * something that can be empty, unmatched () or []), so patterns that 2.7
 * refused are refused here, and PCRE2-only syntax ({n}, \d, *?) never
 * leaks through with a different meaning.
 *
 * Cache. RX_CACHE entries keyed by the pattern bytes, least recently used
 * evicted first, never one that a caller still holds.
 *
 * JIT. Patterns are JIT-compiled, except under valgrind: PCRE2's JIT code
 * scans the subject with 16-byte SIMD loads that may run past its end
 * (harmless: the loads never cross a page), which valgrind reports as
 * invalid reads and uses of uninitialised bytes in code it cannot name
 * ("???"), so no suppression can target them precisely. The interpreter
 * gives the same results, so valgrind runs check that instead.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "../vm/limits.h"
#include "../vm/vm.h"
#include "efun.h"
#include "regexp.h"
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

struct rx {
    uint32_t refs;
    pcre2_code *code;
};

/* ============================================================ translation */

#define OPER 0x100                  /* token bit: the byte is an operator */
#define HASWIDTH 1                  /* parse flag: matches at least one byte */

typedef struct tr {
    const uint16_t *tok;            /* tokens, 0-terminated */
    size_t i, n;
    char *out;                      /* PCRE2 text being built */
    size_t len, cap;
    const char *err;                /* first error, Spencer's wording */
} tr;

static void tr_add(tr *t, const char *s, size_t n) {
    if (t->len + n + 1 > t->cap) {
        while (t->len + n + 1 > t->cap) t->cap = t->cap ? t->cap * 2 : 64;
        t->out = xrealloc(t->out, t->cap);
    }
    memcpy(t->out + t->len, s, n);
    t->len += n;
    t->out[t->len] = '\0';
}

static void tr_adds(tr *t, const char *s) { tr_add(t, s, strlen(s)); }

static void tr_byte(tr *t, int c) {
    char b[8];
    if (isalnum(c)) { b[0] = (char)c; tr_add(t, b, 1); return; }
    snprintf(b, sizeof b, "\\x{%02x}", c);
    tr_adds(t, b);
}

static int tr_peek(const tr *t) { return t->i < t->n ? t->tok[t->i] : 0; }
static int is_mult(int tk) { return tk == (OPER | '*') || tk == (OPER | '+') || tk == (OPER | '?'); }

/* Spencer's first pass: operators get the OPER bit, escapes are resolved.
 * Returns the token count, or -1 with t->err set. */
static long tokenize(const char *p, size_t len, uint16_t *tok, const char **err) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        int c = (unsigned char)p[i];
        if (c && strchr("().*+?|$^[]", c)) { tok[n++] = (uint16_t)(OPER | c); continue; }
        if (c != '\\') { tok[n++] = (uint16_t)c; continue; }
        if (++i == len) { *err = "Regular expression cannot end with '\\'.  Use \"\\\\\"."; return -1; }
        c = (unsigned char)p[i];
        switch (c) {
        case '<': case '>': tok[n++] = (uint16_t)(OPER | c); break;
        case '{': case '}': *err = "sorry, unimplemented operator"; return -1;
        case 'b': tok[n++] = '\b'; break;
        case 't': tok[n++] = '\t'; break;
        case 'r': tok[n++] = '\r'; break;
        default: tok[n++] = (uint16_t)c; break;     /* \( \) \. ... are plain */
        }
    }
    tok[n] = 0;
    return (long)n;
}

static int tr_reg(tr *t, int paren, int *flagp);

/* [...] — the byte set, emitted as a PCRE2 class of explicit bytes. */
static int tr_class(tr *t) {
    unsigned char set[256] = {0};
    int neg = 0;
    if (tr_peek(t) == (OPER | '^')) { neg = 1; t->i++; }
    if (tr_peek(t) == (OPER | ']') || tr_peek(t) == '-') {     /* first: plain */
        set[tr_peek(t) & 0xff] = 1;
        t->i++;
    }
    while (t->i < t->n && t->tok[t->i] != (OPER | ']')) {
        if (t->tok[t->i] != '-') { set[t->tok[t->i++] & 0xff] = 1; continue; }
        t->i++;
        if (t->i >= t->n || t->tok[t->i] == (OPER | ']')) { set['-'] = 1; continue; }
        int from = (t->tok[t->i - 2] & 0xff) + 1, to = t->tok[t->i] & 0xff;
        if (from > to + 1) { t->err = "invalid [] range"; return -1; }
        for (; from <= to; from++) set[from] = 1;
        t->i++;
    }
    if (t->i >= t->n) { t->err = "unmatched []"; return -1; }
    t->i++;
    tr_adds(t, neg ? "[^" : "[");
    for (int c = 0; c < 256; c++) {
        if (!set[c]) continue;
        int e = c;
        while (e + 1 < 256 && set[e + 1]) e++;
        char b[24];
        if (e == c) snprintf(b, sizeof b, "\\x{%02x}", c);
        else snprintf(b, sizeof b, "\\x{%02x}-\\x{%02x}", c, e);
        tr_adds(t, b);
        c = e;
    }
    tr_adds(t, "]");
    return 0;
}

/* atom: ^ $ . \< \> [class] (reg) or one plain byte. Sets *assert when
 * the atom is a zero-width assertion. */
static int tr_atom(tr *t, int *flagp, int *assert) {
    int tk = tr_peek(t);
    *flagp = 0;
    *assert = 0;
    if (t->i >= t->n) { t->err = "internal urp"; return -1; }
    t->i++;
    switch (tk) {
    case OPER | '^': tr_adds(t, "^"); *assert = 1; return 0;
    case OPER | '$': tr_adds(t, "\\z"); *assert = 1; return 0;
    case OPER | '.': tr_adds(t, "."); *flagp = HASWIDTH; return 0;
    case OPER | '<': tr_adds(t, "(?:\\A|(?<![[:alnum:]_])(?=[[:alnum:]_]))"); *assert = 1; return 0;
    case OPER | '>': tr_adds(t, "(?:\\z|(?<=[[:alnum:]_])(?![[:alnum:]_]))"); *assert = 1; return 0;
    case OPER | '[': *flagp = HASWIDTH; return tr_class(t);
    case OPER | '(': return tr_reg(t, 1, flagp);
    case OPER | '|': case OPER | ')': t->err = "internal urp"; return -1;
    case OPER | '*': t->err = "* follows nothing"; return -1;
    case OPER | '+': t->err = "+ follows nothing"; return -1;
    case OPER | '?': t->err = "? follows nothing"; return -1;
    case OPER | ']': t->err = "unexpected ]"; return -1;
    default: tr_byte(t, tk & 0xff); *flagp = HASWIDTH; return 0;
    }
}

/* piece: atom, optionally followed by one of * + ? */
static int tr_piece(tr *t, int *flagp) {
    size_t start = t->len;
    int flags, assert;
    if (tr_atom(t, &flags, &assert) < 0) return -1;
    int op = tr_peek(t);
    if (!is_mult(op)) { *flagp = flags; return 0; }
    if (!(flags & HASWIDTH) && op != (OPER | '?')) { t->err = "*+ operand could be empty"; return -1; }
    if (assert) {                       /* PCRE2 wants a group around it */
        tr_adds(t, "(?:");
        memmove(t->out + start + 3, t->out + start, t->len - start - 3);
        memcpy(t->out + start, "(?:", 3);
        tr_adds(t, ")");
    }
    char q[2] = { (char)(op & 0xff), 0 };
    tr_adds(t, q);
    *flagp = op == (OPER | '+') ? HASWIDTH : 0;
    t->i++;
    if (is_mult(tr_peek(t))) { t->err = "nested *?+"; return -1; }
    return 0;
}

/* branch: pieces up to | or ) or the end */
static int tr_branch(tr *t, int *flagp) {
    *flagp = 0;
    while (t->i < t->n && tr_peek(t) != (OPER | '|') && tr_peek(t) != (OPER | ')')) {
        int flags;
        if (tr_piece(t, &flags) < 0) return -1;
        *flagp |= flags & HASWIDTH;
    }
    return 0;
}

/* reg: branches separated by |, inside ( ) when `paren` */
static int tr_reg(tr *t, int paren, int *flagp) {
    int flags;
    *flagp = HASWIDTH;
    if (paren) tr_adds(t, "(?:");
    for (;;) {
        if (tr_branch(t, &flags) < 0) return -1;
        if (!(flags & HASWIDTH)) *flagp = 0;
        if (tr_peek(t) != (OPER | '|')) break;
        t->i++;
        tr_adds(t, "|");
    }
    if (paren) {
        if (tr_peek(t) != (OPER | ')')) { t->err = "unmatched ()"; return -1; }
        t->i++;
        tr_adds(t, ")");
    } else if (t->i < t->n) {
        t->err = tr_peek(t) == (OPER | ')') ? "unmatched ()" : "junk on end";
        return -1;
    }
    return 0;
}

/* The PCRE2 text for MudOS pattern p[0..len) (caller frees), or NULL with
 * *err set. */
static char *translate(const char *p, size_t len, const char **err) {
    uint16_t *tok = xmalloc((len + 1) * sizeof *tok);
    tr t = { .tok = tok };
    long n = tokenize(p, len, tok, err);
    if (n >= 0) {
        int flags;
        t.n = (size_t)n;
        tr_adds(&t, "");
        if (tr_reg(&t, 0, &flags) < 0) *err = t.err;
    }
    free(tok);
    if (n < 0 || t.err) { free(t.out); return NULL; }
    return t.out;
}

/* ================================================================== cache */

#define RX_CACHE 32

static struct rx_slot {
    char *pat;                      /* NULL = empty slot */
    size_t len;
    rx *r;
    uint64_t used;
} rx_cache[RX_CACHE];
static uint64_t rx_clock;
static pcre2_match_data *rx_md;

void rx_release(rx *r) {
    if (--r->refs) return;
    pcre2_code_free(r->code);
    free(r);
}

static rx *rx_compile(const char *pat, size_t len, char *err, size_t errlen) {
    const char *why = NULL;
    char *text = translate(pat, len, &why);
    if (!text) { snprintf(err, errlen, "%s", why); return NULL; }
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)text, PCRE2_ZERO_TERMINATED, PCRE2_DOTALL,
                                     &ec, &eo, NULL);
    free(text);
    if (!code) {
        PCRE2_UCHAR msg[120];
        pcre2_get_error_message(ec, msg, sizeof msg);
        snprintf(err, errlen, "regexp: %s", (char *)msg);
        return NULL;
    }
    if (!RUNNING_ON_VALGRIND) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);  /* best effort */
    rx *r = xmalloc(sizeof *r);
    r->refs = 1;
    r->code = code;
    return r;
}

/* The slot to reuse: an empty one, else the least recently used one that
 * no caller holds; -1 when every entry is in use. */
static int rx_victim(void) {
    int best = -1;
    for (int i = 0; i < RX_CACHE; i++) {
        if (!rx_cache[i].pat) return i;
        if (rx_cache[i].r->refs == 1 && (best < 0 || rx_cache[i].used < rx_cache[best].used))
            best = i;
    }
    return best;
}

rx *rx_get(const char *pat, size_t len, char *err, size_t errlen) {
    for (int i = 0; i < RX_CACHE; i++) {
        struct rx_slot *s = &rx_cache[i];
        if (s->pat && s->len == len && memcmp(s->pat, pat, len) == 0) {
            s->used = ++rx_clock;
            s->r->refs++;
            return s->r;
        }
    }
    rx *r = rx_compile(pat, len, err, errlen);
    if (!r) return NULL;
    int v = rx_victim();
    if (v >= 0) {
        struct rx_slot *s = &rx_cache[v];
        if (s->pat) { rx_release(s->r); free(s->pat); }
        s->pat = xmalloc(len + 1);
        memcpy(s->pat, pat, len);
        s->len = len;
        s->r = r;
        s->used = ++rx_clock;
        r->refs++;
    }
    return r;
}

rx *rx_get_or_error(const char *pat, size_t len) {
    char err[160];
    rx *r = rx_get(pat, len, err, sizeof err);
    if (!r) vm_error("%s", err);
    return r;
}

int rx_exec(rx *r, const char *s, size_t len, int anchored, size_t *ms, size_t *me) {
    if (!rx_md) rx_md = pcre2_match_data_create(1, NULL);
    int rc = pcre2_match(r->code, (PCRE2_SPTR)s, len, 0, anchored ? PCRE2_ANCHORED : 0, rx_md, NULL);
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc < 0) return -1;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rx_md);
    *ms = ov[0];
    *me = ov[1];
    return 1;
}

void rx_shutdown(void) {
    for (int i = 0; i < RX_CACHE; i++) {
        if (!rx_cache[i].pat) continue;
        rx_release(rx_cache[i].r);
        free(rx_cache[i].pat);
        rx_cache[i].pat = NULL;
    }
    if (rx_md) pcre2_match_data_free(rx_md);
    rx_md = NULL;
}

/* ================================================================== efuns */

/* rx_exec that raises the LPC error (after dropping r) when PCRE2 gives up. */
static int rx_test(rx *r, const lstr *s) {
    size_t ms, me;
    int m = rx_exec(r, s->data, s->len, 0, &ms, &me);
    if (m < 0) {
        rx_release(r);
        vm_error("regexp: match limit exceeded");
    }
    return m;
}

/* regexp(lines, pattern, flag): the strings of `lines` that match (flag
 * bit 2: that do not match; non-strings never qualify); flag bit 1 gives
 * ({ line, index + 1, ... }). The per-line marks live in a scratch string
 * held by *ret so that an error in between leaks nothing. */
static void regexp_array(array *lines, const lstr *pat, int64_t flag, svalue *ret) {
    uint32_t n = lines->size, count = 0;
    if (!n) { sv_set_arr(ret, arr_new_empty()); return; }
    rx *r = rx_get_or_error(pat->data, pat->len);
    lstr *marks = str_alloc(n);
    sv_set_str(ret, marks);
    int want = !(flag & 2);
    for (uint32_t i = 0; i < n; i++) {
        svalue *v = &lines->item[i];
        marks->data[i] = v->type == T_STRING && rx_test(r, v->u.s) == want;
        count += (uint32_t)marks->data[i];
    }
    rx_release(r);
    int pairs = (flag & 1) != 0;
    array *res = arr_new((size_t)count << pairs);
    for (uint32_t i = 0, k = 0; i < n; i++) {
        if (!marks->data[i]) continue;
        sv_copy(&res->item[k++], &lines->item[i]);
        if (pairs) sv_set_int(&res->item[k++], (int64_t)i + 1);
    }
    sv_free(ret);
    sv_set_arr(ret, res);
}

void f_regexp(svalue *argv, int argc, svalue *ret) {
    int64_t flag = 0;
    if (argc > 2) {
        if (argv[2].type != T_INT) vm_error("Bad argument 3 to regexp()");
        if (argv[0].type == T_STRING) vm_error("3rd argument illegal for regexp(string, string)");
        flag = argv[2].u.n;
    }
    if (argv[0].type == T_ARRAY) { regexp_array(argv[0].u.a, argv[1].u.s, flag, ret); return; }
    rx *r = rx_get_or_error(argv[1].u.s->data, argv[1].u.s->len);
    int m = rx_test(r, argv[0].u.s);
    rx_release(r);
    sv_set_int(ret, m);
}

/* ---------------------------------------------------------------- reg_assoc */

typedef struct rmatch { uint32_t tok; size_t begin, end; } rmatch;

/* Compiles every pattern of `pats` into rs[] (all or nothing). */
static void compile_all(array *pats, rx **rs) {
    for (uint32_t i = 0; i < pats->size; i++) {
        char err[160];
        rs[i] = rx_get(pats->item[i].u.s->data, pats->item[i].u.s->len, err, sizeof err);
        if (rs[i]) continue;
        while (i--) rx_release(rs[i]);
        free(rs);
        vm_error("%s", err);
    }
}

static void release_all(rx **rs, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) rx_release(rs[i]);
    free(rs);
}

/* The next match at or after `pos`: the pattern matching right at pos
 * first (lowest index), else the earliest start (lowest index on ties).
 * Returns 1 and fills *m, 0 when nothing matches, -1 on a PCRE2 failure. */
static int next_match(rx **rs, uint32_t n, const lstr *s, size_t pos, rmatch *m) {
    int found = 0;
    for (uint32_t i = 0; i < n; i++) {
        size_t ms, me;
        int r = rx_exec(rs[i], s->data + pos, s->len - pos, 0, &ms, &me);
        if (r < 0) return -1;
        if (!r || (found && ms >= m->begin - pos)) continue;
        *m = (rmatch){ i, pos + ms, pos + me };
        found = 1;
        if (ms == 0) break;
    }
    return found;
}

/* All matches, left to right, appended to the scratch string in *scratch
 * (held by the efun's result slot). Returns the number of matches. */
static size_t find_matches(rx **rs, uint32_t n, const lstr *s, svalue *scratch) {
    size_t pos = 0, count = 0;
    rmatch m;
    while (pos < s->len) {
        int r = next_match(rs, n, s, pos, &m);
        if (r < 0) { release_all(rs, n); vm_error("reg_assoc: match limit exceeded"); }
        if (!r) break;
        scratch->u.s = str_append(scratch->u.s, (const char *)&m, sizeof m);
        count++;
        pos = m.end;
        if (m.begin == m.end && ++pos >= s->len) break;   /* empty match: step on */
    }
    return count;
}

void f_reg_assoc(svalue *argv, int argc, svalue *ret) {
    const lstr *s = argv[0].u.s;
    array *pats = argv[1].u.a, *toks = argv[2].u.a;
    const svalue *def = argc > 3 ? &argv[3] : &const0;
    if (pats->size != toks->size) vm_error("Pattern and token array sizes must be identical.");
    for (uint32_t i = 0; i < pats->size; i++)
        if (pats->item[i].type != T_STRING) vm_error("Non-string found in pattern array.");
    size_t count = 0;
    sv_set_str(ret, str_alloc(0));
    if (pats->size) {
        rx **rs = xmalloc(pats->size * sizeof *rs);
        compile_all(pats, rs);
        count = find_matches(rs, pats->size, s, ret);
        release_all(rs, pats->size);
    }
    if (2 * count + 1 > (size_t)limit_array_size) vm_error("Illegal array size.");
    array *res = arr_new(2), *strs = arr_new(2 * count + 1), *tks = arr_new(2 * count + 1);
    sv_set_arr(&res->item[0], strs);
    sv_set_arr(&res->item[1], tks);
    size_t at = 0;
    for (size_t i = 0; i < count; i++) {
        rmatch m;
        memcpy(&m, ret->u.s->data + i * sizeof m, sizeof m);
        sv_set_str(&strs->item[2 * i], str_new(s->data + at, m.begin - at));
        sv_copy(&tks->item[2 * i], def);
        sv_set_str(&strs->item[2 * i + 1], str_new(s->data + m.begin, m.end - m.begin));
        sv_copy(&tks->item[2 * i + 1], &toks->item[m.tok]);
        at = m.end;
    }
    sv_set_str(&strs->item[2 * count], str_new(s->data + at, s->len - at));
    sv_copy(&tks->item[2 * count], def);
    sv_free(ret);
    sv_set_arr(ret, res);
}
