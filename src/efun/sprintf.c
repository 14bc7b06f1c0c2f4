/*
 * sprintf.c — the sprintf()/printf() format engine of MudOS / FluffOS 2.7.
 *
 * A format is literal text and conversions
 *
 *     % [flags] [width] [.precision | :n] ['pad'] type
 *
 * flags: ' ' and '+' sign positive numbers, '-' left, '|' centre, '=' column
 * mode, '#' table mode, '@' apply to each element of an array argument; a
 * '0' starting the width pads with zeros; width and precision may be '*'
 * (taken from the arguments); 'pad' is a pad string cycled to fill the
 * field (\' and \\ escape). Types: d i c o x X f e E g G s O, and %%.
 *
 * Columns and tables. A %=Ns or %#Ns conversion prints only its first line
 * and joins a list of pending blocks, each remembering the output column it
 * started at. When the format reaches a newline or its end, the blocks print
 * line after line side by side (padded out to their start column) until all
 * are used up. Column text is word wrapped at the precision (default: the
 * width); table text is a '\n'-separated word list laid out in columns.
 * Whether a field is padded on its right ("trailing") follows 2.7: only
 * when more text follows on the same line.
 *
 * Deliberate differences from 2.7 (conform/README.md): %.0f prints no
 * decimals, a zero-padded negative number keeps its sign in front (%05d of
 * -42 is "-0042"), %e %E %g %G exist, %@O renders every element with %O.
 *
 * All state is in a local `fstate`; every error goes through fail(), which
 * frees it before raising, so nothing leaks on a bad format.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "../vm/vm.h"
#include "../runtime/object.h"
#include "efun.h"
#include "sprintf.h"

enum {
    F_LEFT = 1, F_CENTRE = 2, F_SPACE = 4, F_PLUS = 8,
    F_ARRAY = 16, F_COLUMN = 32, F_TABLE = 64
};
#define T_BAD '?'                   /* spec type: not a conversion character */
#define DONE ((size_t)-1)           /* table column exhausted */
#define MAX_FIELD ((int64_t)1 << 40)

typedef struct pad { const char *s; size_t len; } pad;     /* len 0: spaces */
static const pad zero_pad = { "0", 1 };

typedef struct spec {
    int flags, type, has_pres;
    int64_t width, pres;
    pad pad;
} spec;

/* A pending column or table (see the top of the file). */
typedef struct block {
    struct block *next;
    int table, flags;
    pad pad;
    const char *text;
    size_t tlen;
    size_t start, size;             /* output column it began at, field width */
    size_t cur, pres;               /* column: next unread byte, wrap width */
    size_t ncols, remainder;        /* table: columns, width left over */
    size_t *first, *at;             /* table: column starts (ncols + 1), cursors */
} block;

typedef struct fstate {
    char *out;
    size_t len, cap;
    block *blocks;
    lstr **keep;                    /* strings blocks point into */
    size_t nkeep, capkeep;
    int arg;                        /* index of the current argument */
} fstate;

/* ------------------------------------------------------------ state, errors */

static void block_free(block *b) {
    free(b->first);
    free(b);
}

static void state_free(fstate *st) {
    while (st->blocks) {
        block *b = st->blocks;
        st->blocks = b->next;
        block_free(b);
    }
    for (size_t i = 0; i < st->nkeep; i++) str_free(st->keep[i]);
    free(st->keep);
    free(st->out);
}

/* Raises `msg` exactly as given, after freeing st. */
static _Noreturn void fail_raw(fstate *st, const char *msg) {
    char buf[200];
    snprintf(buf, sizeof buf, "%s", msg);
    state_free(st);
    vm_error("%s", buf);
}

/* The 2.7 wording: "(s)printf(): <what> (arg: N)". */
static _Noreturn void fail(fstate *st, const char *what) {
    char buf[200];
    snprintf(buf, sizeof buf, "(s)printf(): %s (arg: %d)", what, st->arg);
    fail_raw(st, buf);
}

static lstr *keep(fstate *st, lstr *s) {
    if (st->nkeep == st->capkeep) {
        st->capkeep = st->capkeep ? 2 * st->capkeep : 4;
        st->keep = xrealloc(st->keep, st->capkeep * sizeof *st->keep);
    }
    return st->keep[st->nkeep++] = s;
}

/* --------------------------------------------------------------- output */

/* 2.7 builds the result in a buffer of at most 65535 bytes (its length is
 * an unsigned short): a longer result is this error, whatever the maximum
 * string length, and a %O text is cut to that size first. */
#define OUT_MAX ((size_t)65535)

static char *out_room(fstate *st, size_t n) {
    if (n > OUT_MAX - st->len) fail(st, "BUFF_SIZE overflowed...");
    if (st->len + n > st->cap) {
        size_t cap = st->cap ? st->cap : 128;
        while (cap < st->len + n) cap *= 2;
        st->out = xrealloc(st->out, cap);
        st->cap = cap;
    }
    char *p = st->out + st->len;
    st->len += n;
    return p;
}

static void out_add(fstate *st, const char *s, size_t n) {
    if (n) memcpy(out_room(st, n), s, n);
}

static void out_char(fstate *st, char c) { *out_room(st, 1) = c; }

/* n bytes of padding: the pad string cycled from its start, or spaces. */
static void out_pad(fstate *st, const pad *p, size_t n) {
    if (!n) return;
    char *o = out_room(st, n);
    if (!p || !p->len) { memset(o, ' ', n); return; }
    for (size_t i = 0, k = 0; k < n; i++, k++) {
        if (i == p->len) i = 0;
        if (p->s[i] == '\\') i++;          /* the parser checked a byte follows */
        o[k] = p->s[i];
    }
}

/* The output column: bytes since the last newline. */
static size_t out_column(const fstate *st) {
    const char *nl = st->len ? memrchr(st->out, '\n', st->len) : NULL;
    return nl ? st->len - (size_t)(nl - st->out) - 1 : st->len;
}

static void out_to_column(fstate *st, size_t col) {
    size_t cur = out_column(st);
    if (col > cur) out_pad(st, NULL, col - cur);
}

/* s[0..n) in a field of `width`, aligned by flags; the right-hand padding
 * of left/centred text only when `trailing`. */
static void justify(fstate *st, const char *s, size_t n, const pad *p, size_t width,
                    int flags, int trailing) {
    if (width <= n) { out_add(st, s, n); return; }
    size_t d = width - n, left;
    switch (flags & (F_LEFT | F_CENTRE)) {
    case F_LEFT: left = 0; break;
    case F_CENTRE: left = d / 2 + d % 2; break;
    case F_LEFT | F_CENTRE: left = d / 2; break;
    default: out_pad(st, p, d); out_add(st, s, n); return;
    }
    out_pad(st, p, left);
    out_add(st, s, n);
    if (trailing) out_pad(st, p, d - left);
}

/* ------------------------------------------------------ columns and tables */

/* Prints the next line of column *bp. Returns 0 while text remains; else
 * unlinks and frees the block and returns 1, or 2 when its text ended in
 * a newline. */
static int column_line(fstate *st, block **bp, int trailing) {
    block *b = *bp;
    const char *t = b->text + b->cur;
    size_t avail = b->tlen - b->cur, done = 0;
    long space = -1;
    while (done < avail && t[done] != '\n') {
        if (t[done] == ' ') space = (long)done;
        if (++done == b->pres) {            /* full: break at the last blank */
            /* (not at a blank that starts a line after a newline: 2.7
             * never got past it, as such blanks are not skipped) */
            int stuck = space == 0 && b->cur > 0 && b->text[b->cur - 1] == '\n';
            if (space >= 0 && !stuck && done < avail && t[done] != '\n' && t[done] != ' ')
                done = (size_t)space;
            break;
        }
    }
    justify(st, t, done, &b->pad, b->size, b->flags, trailing || b->next);
    b->cur += done;
    int ret = 1;
    if (b->cur < b->tlen && b->text[b->cur] == '\n') { b->cur++; ret = 2; }
    if (b->cur < b->tlen) return 0;
    *bp = b->next;
    block_free(b);
    return ret;
}

static int text_at(const block *b, size_t i) { return i < b->tlen ? (unsigned char)b->text[i] : 0; }

/* Prints the next row of table *bp; returns 1 (after unlinking and
 * freeing it) when the table is finished. */
static int table_line(fstate *st, block **bp) {
    block *b = *bp;
    size_t i;
    for (i = 0; i < b->ncols && b->at[i] != DONE; i++) {
        size_t cur = b->at[i];
        long end = (long)b->first[i + 1] - (long)cur - 1, done = 0;
        while (done != end && text_at(b, cur + (size_t)done) != '\n') done++;
        size_t show = (size_t)done > b->size ? b->size : (size_t)done;
        justify(st, b->text + (cur < b->tlen ? cur : b->tlen), show, &b->pad, b->size, b->flags,
                b->pad.len || i + 1 < b->ncols || b->next);
        b->at[i] = done >= end - 1 ? DONE : cur + (size_t)done + 1;
    }
    if (b->pad.len) {
        for (; i < b->ncols; i++) out_pad(st, &b->pad, b->size);
        out_pad(st, &b->pad, b->remainder);
    }
    if (b->at[0] != DONE) return 0;
    *bp = b->next;
    block_free(b);
    return 1;
}

/* Lays out the word list of table b in a field of `width`: `pres` columns,
 * or (pres 0) as many as fit words plus two blanks, rebalanced so the last
 * row is not nearly empty. Fills ncols, size, remainder, first[], at[]. */
static void table_layout(block *b, size_t width, size_t pres) {
    size_t n = 1, maxlen = 0, word = 0, rows;
    for (size_t p = 0; p < b->tlen; p++) {
        if (b->text[p] != '\n') continue;
        if (p - word > maxlen) maxlen = p - word;
        word = p + 1;
        if (word < b->tlen) n++;
    }
    if (!pres) {
        if (b->tlen - word > maxlen) maxlen = b->tlen - word;
        pres = width / (maxlen + 2);
        if (!pres) pres = 1;
        rows = (n - 1) / pres + 1;
        if (n > pres && n % pres) pres -= (pres - n % pres) / rows;
    } else {
        rows = (n - 1) / pres + 1;
    }
    b->size = width / pres;
    b->remainder = width % pres;
    if (n < pres) {
        b->remainder += (pres - n) * b->size;
        pres = n;
    }
    b->ncols = pres;
    b->first = xcalloc(2 * pres + 1, sizeof *b->first);
    b->at = b->first + pres + 1;
    size_t col = 1, p = 0;
    if (pres == 1) {
        b->first[col++] = b->tlen + 1;
    } else {
        for (size_t k = 0; p < b->tlen;)
            if (b->text[p++] == '\n' && ++k >= rows && col <= pres) { b->first[col++] = p; k = 0; }
    }
    for (; col <= pres; col++) b->first[col] = ++p;
    for (size_t c = 0; c < pres; c++) b->at[c] = b->first[c];
}

/* Starts a column or table for text[0..n) and prints its first line.
 * A table leaves its column count in sp->pres: under '@' the next element
 * is laid out with it, as in 2.7. */
static void start_block(fstate *st, spec *sp, const char *text, size_t n,
                        int trailing, int at_end) {
    if (!sp->width) fail(st, "Column/table mode requires a field size.");
    block *b = xcalloc(1, sizeof *b), **bp = &st->blocks;
    while (*bp) bp = &(*bp)->next;
    *bp = b;
    b->text = text;
    b->tlen = n;
    b->pad = sp->pad;
    b->flags = sp->flags;
    b->start = out_column(st);
    if (sp->flags & F_COLUMN) {
        size_t pres = (size_t)(sp->pres > sp->width ? sp->width : sp->pres);
        b->size = (size_t)sp->width;
        b->pres = pres ? pres : b->size;
        if (column_line(st, bp, trailing) == 2 && at_end) out_char(st, '\n');
    } else {
        b->table = 1;
        table_layout(b, (size_t)sp->width, (size_t)sp->pres);
        sp->pres = (int64_t)b->ncols;
        table_line(st, bp);
    }
}

/* At a newline or the end of the format: prints the pending blocks line by
 * line until every one is used up. `nl`: the format has a newline here. */
static void flush_blocks(fstate *st, int nl) {
    int stat = 0;
    out_char(st, '\n');
    while (st->blocks) {
        for (block **bp = &st->blocks; *bp;) {
            block *b = *bp;
            out_to_column(st, b->start);
            if (b->table) {
                if (!table_line(st, bp)) bp = &b->next;
                continue;
            }
            if (b->cur == 0 || b->text[b->cur - 1] != '\n')
                while (b->cur < b->tlen && b->text[b->cur] == ' ') b->cur++;
            stat = column_line(st, bp, 0);
            if (!stat) bp = &b->next;
        }
        if (st->blocks || nl) out_char(st, '\n');
    }
    if (stat == 2) out_char(st, '\n');
}

/* ------------------------------------------------------------ conversions */

static svalue *next_arg(fstate *st, svalue *args, int nargs) {
    if (++st->arg >= nargs) fail(st, "More arguments specified than passed.");
    return &args[st->arg];
}

/* The text of numeric conversion sp->type of v into buf; its length. */
static size_t number_text(fstate *st, const spec *sp, const svalue *v, char *buf, size_t cap) {
    int t = sp->type, is_float = strchr("feEgG", t) != NULL;
    if (is_float ? v->type != T_FLOAT : v->type != T_INT) {
        char msg[80];
        snprintf(msg, sizeof msg, "ERROR: (s)printf(): Incorrect argument type to %%%c.", t == 'i' ? 'd' : t);
        fail_raw(st, msg);
    }
    if (t == 'c') {
        buf[0] = (char)v->u.n;
        return buf[0] != 0;
    }
    char f[16];
    size_t i = 0;
    f[i++] = '%';
    if (is_float || t == 'd' || t == 'i') {
        /* both flags together cancel out in 2.7: no sign, no blank */
        int pp = sp->flags & (F_PLUS | F_SPACE);
        if (pp == F_PLUS) f[i++] = '+';
        else if (pp == F_SPACE) f[i++] = ' ';
    }
    if (is_float ? sp->has_pres : sp->pres > 0)
        i += (size_t)sprintf(f + i, ".%d", (int)(sp->pres > 99 ? 99 : sp->pres));
    if (t == 'd' || t == 'i') { f[i++] = 'l'; f[i++] = 'l'; }
    f[i++] = t == 'i' ? 'd' : (char)t;
    f[i] = '\0';
    int n;
    if (is_float) n = snprintf(buf, cap, f, v->u.f);
    else if (t == 'd' || t == 'i') n = snprintf(buf, cap, f, (long long)v->u.n);
    else n = snprintf(buf, cap, f, (unsigned)(uint32_t)v->u.n);  /* 2.7: %x %X %o show the low 32 bits */
    return n < 0 ? 0 : (size_t)n < cap ? (size_t)n : cap - 1;
}

static void convert_number(fstate *st, const spec *sp, const svalue *v, int trailing) {
    char buf[512];
    size_t n = number_text(st, sp, v, buf, sizeof buf);
    size_t width = (size_t)sp->width;
    if (sp->pad.len == 1 && sp->pad.s[0] == '0' && !(sp->flags & (F_LEFT | F_CENTRE))
        && n && n < width && sp->type != 'c' && strchr("+- ", buf[0])) {
        out_char(st, buf[0]);               /* the sign goes before the zeros */
        justify(st, buf + 1, n - 1, &sp->pad, width - 1, sp->flags, trailing);
        return;
    }
    justify(st, buf, n, &sp->pad, width, sp->flags, trailing);
}

static void convert_string(fstate *st, spec *sp, const char *s, size_t n,
                           int trailing, int at_end) {
    if (sp->flags & (F_COLUMN | F_TABLE)) { start_block(st, sp, s, n, trailing, at_end); return; }
    if (sp->pres && (size_t)sp->pres < n) n = (size_t)sp->pres;
    justify(st, s, n, &sp->pad, (size_t)sp->width, sp->flags,
            trailing || n == 0 || s[n - 1] != '\n');
}

/* One value through spec sp. `more`: further array elements follow. */
static void convert(fstate *st, spec *sp, const svalue *v, int more,
                    const char *fmt, size_t len, size_t pos) {
    int trailing = (pos < len && fmt[pos] != '\n') || more, at_end = pos >= len;
    if (v->type == T_OBJECT && (v->u.ob->flags & O_DESTRUCTED)) v = &const0;
    switch (sp->type) {
    case T_BAD:
        fail(st, "Error in format string.");
    case 'O': {
        lstr *s = keep(st, sprintf_value(v));
        convert_string(st, sp, s->data, s->len > OUT_MAX ? OUT_MAX : s->len, trailing, at_end);
        return;
    }
    case 's':
        if (v->type == T_INT && v->u.n == 0) { convert_string(st, sp, "0", 1, trailing, at_end); return; }
        if (v->type != T_STRING) fail(st, "Incorrect argument to type %s.");
        if (sp->flags & (F_COLUMN | F_TABLE)) keep(st, str_ref(v->u.s));
        convert_string(st, sp, v->u.s->data, v->u.s->len, trailing, at_end);
        return;
    default:
        convert_number(st, sp, v, trailing);
    }
}

static int64_t clamp_field(int64_t n) { return n > MAX_FIELD ? MAX_FIELD : n; }

/* Reads the flags, sizes and type of the conversion starting at fmt[pos]
 * (just after the '%') into sp; `*argp` is the current argument, advanced
 * past any '*' values. Returns the position after the type character. */
static size_t parse_spec(fstate *st, const char *fmt, size_t len, size_t pos, spec *sp,
                         svalue **argp, svalue *args, int nargs) {
    int64_t pres = 0;                       /* -1: after '.', -2: after ':' */
    for (; !sp->type; pos++) {
        if (pos >= len) { sp->type = T_BAD; break; }
        int c = (unsigned char)fmt[pos];
        if (c == '*') {
            if ((*argp)->type != T_INT) fail(st, "Incorrect argument type to *.");
            int64_t n = (*argp)->u.n;
            if (pres == -1) {
                pres = n;
                sp->has_pres = 1;
            } else {
                sp->width = n < 0 ? 0 : clamp_field(n);
                if (pres == -2) { pres = sp->width; sp->has_pres = 1; }
            }
            *argp = next_arg(st, args, nargs);
            continue;
        }
        if (isdigit(c)) {
            size_t p = pos;
            if (pres == -1) {
                for (pres = 0; p < len && isdigit((unsigned char)fmt[p]); p++)
                    pres = clamp_field(pres * 10 + fmt[p] - '0');
                sp->has_pres = 1;
            } else {
                if (c == '0' && p + 1 < len && (fmt[p + 1] == '*' || (fmt[p + 1] >= '1' && fmt[p + 1] <= '9')))
                    sp->pad = zero_pad;
                else
                    sp->width = c - '0';
                for (p++; p < len && isdigit((unsigned char)fmt[p]); p++)
                    sp->width = clamp_field(sp->width * 10 + fmt[p] - '0');
                if (pres == -2) { pres = sp->width; sp->has_pres = 1; }
            }
            pos = p - 1;
            continue;
        }
        switch (c) {
        case ' ': sp->flags |= F_SPACE; break;
        case '+': sp->flags |= F_PLUS; break;
        case '-': sp->flags |= F_LEFT; break;
        case '|': sp->flags |= F_CENTRE; break;
        case '@': sp->flags |= F_ARRAY; break;
        case '=': sp->flags |= F_COLUMN; break;
        case '#': sp->flags |= F_TABLE; break;
        case '.': pres = -1; break;
        case ':': pres = -2; break;
        case '\'': {
            size_t start = ++pos;
            for (;; pos++) {
                if (pos >= len) fail(st, "Unexpected end of format string.");
                if (fmt[pos] == '\\') {
                    if (++pos >= len) fail(st, "Unexpected end of format string.");
                } else if (fmt[pos] == '\'') {
                    break;
                }
            }
            if (pos == start) fail(st, "Null pad string specified.");
            sp->pad = (pad){ fmt + start, pos - start };
            break;
        }
        default:
            sp->type = strchr("Osdifcoxeg" "XEG", c) && c ? c : T_BAD;
            break;
        }
    }
    if (pres < 0) fail(st, "Expected precision not found.");
    sp->pres = pres;
    return pos;
}

/* The conversion whose spec starts at fmt[pos]; returns the position after
 * it. With '@' the spec applies to each element of the array argument. */
static size_t conversion(fstate *st, const char *fmt, size_t len, size_t pos,
                         svalue *args, int nargs) {
    spec sp = {0};
    svalue *arg = next_arg(st, args, nargs);
    pos = parse_spec(st, fmt, len, pos, &sp, &arg, args, nargs);
    if (!(sp.flags & F_ARRAY)) {
        convert(st, &sp, arg, 0, fmt, len, pos);
        return pos;
    }
    if (arg->type != T_ARRAY) fail(st, "Array expected.");
    array *a = arg->u.a;
    for (uint32_t i = 0; i < a->size; i++)
        convert(st, &sp, &a->item[i], i + 1 < a->size, fmt, len, pos);
    return pos;
}

lstr *sprintf_format(const char *fmt, size_t len, svalue *args, int nargs) {
    fstate st = { .arg = -1 };
    size_t lit = 0;
    for (size_t pos = 0;;) {
        if (pos >= len || fmt[pos] == '\n') {
            int nl = pos < len;
            out_add(&st, fmt + lit, pos - lit);
            if (st.blocks) flush_blocks(&st, nl);
            else if (nl) out_char(&st, '\n');
            if (!nl) break;
            lit = ++pos;
        } else if (fmt[pos] == '%') {
            out_add(&st, fmt + lit, pos - lit);
            if (pos + 1 < len && fmt[pos + 1] == '%') {
                out_char(&st, '%');
                pos += 2;
            } else {
                pos = conversion(&st, fmt, len, pos + 1, args, nargs);
            }
            lit = pos;
        } else {
            pos++;
        }
    }
    lstr *r = str_new(st.out ? st.out : "", st.len);
    state_free(&st);
    return r;
}

/* ------------------------------------------------------------------ efuns */

void f_sprintf(svalue *argv, int argc, svalue *ret) {
    sv_set_str(ret, sprintf_format(argv[0].u.s->data, argv[0].u.s->len, argv + 1, argc - 1));
}

/* printf: the text goes where write() sends it. It waits in *ret while
 * write runs, so an error there leaks nothing. */
void f_printf(svalue *argv, int argc, svalue *ret) {
    svalue r = const0;
    sv_set_str(ret, sprintf_format(argv[0].u.s->data, argv[0].u.s->len, argv + 1, argc - 1));
    if (f_write) f_write(ret, 1, &r);
    sv_free(&r);
    sv_free(ret);
}
