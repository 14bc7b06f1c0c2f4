/*
 * term_colour.c — terminal_colour(str, map, wrap, indent), the contrib efun
 * behind the "%^RED%^" colour markup, with FluffOS 2.7's exact output.
 *
 * The string is cut at every "%^"; empty pieces vanish, so the markers
 * themselves never reach the result. A piece that is a key of `map` with a
 * string value is replaced by that value (a colour code); other pieces are
 * text, kept as they are. Without a wrap width that is all.
 *
 * With a wrap width (3rd argument; negative = also pad every line with
 * spaces to the width) the text is wrapped: colour codes take no columns,
 * tabs advance to the next multiple of 8, a line breaks at its last space
 * (which is dropped) or, with no space, hard after `wrap` columns. Every
 * line end — wrapped or an explicit "\n" — is written as
 *   <map["RESET"]> [padding] "\n" <colours active at the break> [indent]
 * so colours continue on the next line; the indent (4th argument, default
 * 0, at most wrap - 2) is left out after a break at the very end of the
 * text, and blanks at the start of a wrapped line are dropped. Without a
 * non-empty "RESET" string in the mapping, 2.7 uses the invisible telnet
 * sequence IAC GA ("\xff\xf9") for it, also for a "%^RESET%^" piece (2.7
 * stores it into the caller's mapping as well; Hearth does not).
 */
#include <stdlib.h>
#include <string.h>
#include "efun.h"
#include "../base/mem.h"
#include "../vm/limits.h"

#define TC_COLOUR_MAX 200            /* bytes of continuing colour codes kept */

typedef struct tc_buf { char *p; size_t len, cap; } tc_buf;

static void tb_put(tc_buf *b, const char *s, size_t n) {
    if (n == 0) return;
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2 + 64;
        b->p = xrealloc(b->p, b->cap);
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void tb_fill(tc_buf *b, char c, size_t n) {
    for (size_t i = 0; i < n; i++) tb_put(b, &c, 1);
}

/* A piece of the input: text, or the colour code that replaced a key. */
typedef struct tc_part { const char *s; size_t len; int code; } tc_part;

/* -------------------------------------------------------------- splitting */
/* The pieces of s between "%^" markers, empty ones dropped. */
static tc_part *split(const lstr *s, size_t *count) {
    size_t n = 0, cap = 16;
    tc_part *parts = xmalloc(cap * sizeof *parts);
    const char *p = s->data, *end = s->data + s->len;
    while (p <= end) {
        const char *m = memmem(p, (size_t)(end - p), "%^", 2);
        const char *stop = m ? m : end;
        if (stop > p) {
            if (n == cap) parts = xrealloc(parts, (cap *= 2) * sizeof *parts);
            parts[n++] = (tc_part){ p, (size_t)(stop - p), 0 };
        }
        if (!m) break;
        p = m + 2;
    }
    *count = n;
    return parts;
}

/* The string value of key k[0..n) in m, or NULL. */
static const lstr *lookup(mapping *m, const char *k, size_t n) {
    svalue key;
    sv_set_str(&key, str_new(k, n));
    const svalue *v = map_find(m, &key);
    sv_free(&key);
    return v && v->type == T_STRING ? v->u.s : NULL;
}

/* Replaces the pieces that are keys of m by their values. Without a
 * usable "RESET" entry (`reset` is the stand-in), a "RESET" piece becomes
 * the stand-in too, as 2.7 writes it into the mapping first. */
static void replace_codes(tc_part *parts, size_t n, mapping *m, const tc_part *reset) {
    for (size_t i = 0; i < n; i++) {
        if (reset->code == 0 && parts[i].len == 5 && memcmp(parts[i].s, "RESET", 5) == 0) {
            parts[i] = (tc_part){ reset->s, reset->len, 1 };
            continue;
        }
        const lstr *v = lookup(m, parts[i].s, parts[i].len);
        if (v) parts[i] = (tc_part){ v->data, v->len, 1 };
    }
}

/* The reset code: map["RESET"] if it is a non-empty string (code = 1),
 * else IAC GA (code = 0). */
static tc_part reset_code(mapping *m) {
    const lstr *r = lookup(m, "RESET", 5);
    if (r && r->len) return (tc_part){ r->data, r->len, 1 };
    return (tc_part){ "\xff\xf9", 2, 0 };
}

/* --------------------------------------------------------------- wrapping */
typedef struct wrapper {
    int wrap, indent, fillout;
    const char *reset;
    size_t reset_len;
    tc_buf out, pend;                /* finished text; the line being built */
    int col, start, space;           /* columns: current, blanks dropped up to, last blank */
    size_t buflen, space_buflen;     /* bytes of pend after the last break / up to the blank */
    char cur[TC_COLOUR_MAX];         /* colour codes active now */
    size_t cur_len;
    char word[TC_COLOUR_MAX];        /* colour codes active at the last blank */
    size_t word_len;
} wrapper;

static void track_colour(wrapper *w, const char *s, size_t n) {
    if (n == w->reset_len && memcmp(s, w->reset, n) == 0) {
        w->cur_len = 0;
    } else if (w->cur_len + n < TC_COLOUR_MAX - 1) {
        memcpy(w->cur + w->cur_len, s, n);
        w->cur_len += n;
    }
}

static void mark_word(wrapper *w) {
    memcpy(w->word, w->cur, w->cur_len);
    w->word_len = w->cur_len;
}

enum { BREAK_NEWLINE, BREAK_SPACE, BREAK_HARD };

/* Ends the output line: everything of pend before the carried-over part,
 * minus the newline or blank it broke at, then reset, padding, newline,
 * the continuing colours and the indent. */
static void line_end(wrapper *w, int kind, int endpad, int at_end) {
    size_t n = w->pend.len - w->buflen;
    tb_put(&w->out, w->pend.p, n);
    if (kind != BREAK_HARD && w->out.len > 0) w->out.len--;
    tb_put(&w->out, w->reset, w->reset_len);
    if (w->fillout && endpad > 0) tb_fill(&w->out, ' ', (size_t)endpad);
    tb_put(&w->out, "\n", 1);
    tb_put(&w->out, w->word, w->word_len);
    memmove(w->pend.p, w->pend.p + n, w->buflen);
    w->pend.len = w->buflen;
    if (w->col || !at_end) {
        tb_fill(&w->out, ' ', (size_t)w->indent);
        w->col += w->indent;
    }
}

static void wrap_char(wrapper *w, char c, int at_end) {
    int kind, endpad = 0;
    tb_put(&w->pend, &c, 1);
    w->buflen++;
    if (c == '\n') {
        endpad = w->wrap - w->col;
        w->col = 0;
        kind = BREAK_NEWLINE;
        w->space = 0;
        w->start = -1;
        w->buflen = 0;
        mark_word(w);
    } else {
        int blank = c == ' ' || c == '\t';
        if (w->col > w->start || !blank) {
            w->col++;
        } else {                     /* a blank opening a wrapped line */
            w->pend.len--;
            w->buflen--;
        }
        if (w->col > w->start && c == '\t') w->col += 8 - ((w->col - 1) % 8);
        if (blank) {
            w->space = w->col;
            w->space_buflen = w->buflen;
            mark_word(w);
        }
        if (w->col != w->wrap + 1) return;
        if (w->space) {
            endpad = w->wrap - w->space;
            w->col -= w->space;
            w->space = 0;
            kind = BREAK_SPACE;
            w->buflen -= w->space_buflen;
            w->space_buflen = 0;
        } else {
            w->col = 1;
            kind = BREAK_HARD;
            w->buflen = 1;
            mark_word(w);
        }
        w->start = w->indent;
    }
    line_end(w, kind, endpad, at_end);
}

static lstr *wrap_parts(wrapper *w, const tc_part *parts, size_t n) {
    size_t last_text = n;
    for (size_t i = 0; i < n; i++)
        if (!parts[i].code && parts[i].len) last_text = i;
    w->col = 0;
    w->start = -1;
    for (size_t i = 0; i < n; i++) {
        const tc_part *pt = &parts[i];
        if (pt->code) {
            if (!pt->len) continue;
            tb_put(&w->pend, pt->s, pt->len);
            w->buflen += pt->len;
            track_colour(w, pt->s, pt->len);
            continue;
        }
        for (size_t k = 0; k < pt->len; k++)
            wrap_char(w, pt->s[k], i == last_text && k + 1 == pt->len);
    }
    tb_put(&w->out, w->pend.p, w->pend.len);
    return str_new(w->out.p ? w->out.p : "", w->out.len);
}

/* ------------------------------------------------------------------ efun */
static lstr *join(const tc_part *parts, size_t n) {
    tc_buf b = {0};
    for (size_t i = 0; i < n; i++) tb_put(&b, parts[i].s, parts[i].len);
    lstr *s = str_new(b.p ? b.p : "", b.len);
    free(b.p);
    return s;
}

void f_terminal_colour(svalue *argv, int argc, svalue *ret) {
    lstr *s = argv[0].u.s;
    mapping *m = argv[1].u.m;
    wrapper w = {0};
    if (argc >= 3) {
        w.wrap = argv[2].type == T_INT ? (int)argv[2].u.n : 0;
        w.indent = argc >= 4 && argv[3].type == T_INT ? (int)argv[3].u.n : 0;
        if (w.wrap < 0) { w.wrap = -w.wrap; w.fillout = 1; }
        if (w.wrap < 2 && w.wrap != 0) w.wrap = 2;
        if (w.indent < 0 || w.indent >= w.wrap - 1) w.indent = w.wrap - 2;
    }
    int marked = memmem(s->data, s->len, "%^", 2) != NULL;
    if (!marked && !w.wrap) {
        sv_set_str(ret, str_ref(s));
        return;
    }
    size_t n = 1;
    tc_part *parts = marked ? split(s, &n) : xmalloc(sizeof *parts);
    if (!marked) parts[0] = (tc_part){ s->data, s->len, 0 };
    tc_part reset = reset_code(m);
    replace_codes(parts, n, m, &reset);
    lstr *r;
    if (w.wrap) {
        w.reset = reset.s;
        w.reset_len = reset.len;
        r = wrap_parts(&w, parts, n);
        free(w.out.p);
        free(w.pend.p);
    } else {
        r = join(parts, n);
    }
    free(parts);
    if ((int64_t)r->len > limit_string_length) {
        lstr *cut = str_new(r->data, (size_t)limit_string_length);
        str_free(r);
        r = cut;
    }
    sv_set_str(ret, r);
}
