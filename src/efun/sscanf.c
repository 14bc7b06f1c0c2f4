/*
 * sscanf.c — sscanf(str, fmt, lvalues...) with FluffOS 2.7's matching rules.
 *
 * The format is literal text and conversions: %d (decimal, strtol style:
 * leading blanks and a sign allowed), %x (hex, optional 0x), %f (digits
 * with at most one '.', no exponent), %s (a string), %(regexp) (text the
 * MudOS regexp matches right here), %% (a literal '%'), and %*X to match
 * without storing. Rules worth knowing:
 *  - %s followed by literal text takes the text up to the FIRST occurrence
 *    of that literal ("%s=%s" on "a=b=c" gives "a" and "b=c");
 *  - %s at the end of the format takes the rest;
 *  - %s followed by %d / %x / %f / %% / %(re) stops where that could
 *    start: the first digit, the first "0x" + hex digit, the first digit
 *    or '.' + digit, the first '%', the leftmost match;
 *  - when the format is used up and text remains, it goes into the next
 *    unused lvalue (if any) and counts as a match.
 * The result counts the conversions that matched, skipped ones included
 * (and, as in 2.7, "%s%%" counts two).
 *
 * Each value is pushed on the VM stack while lv_assign stores it, so an
 * error raised by the store (a bad char lvalue...) leaks nothing.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "../vm/lvalue.h"
#include "../vm/sscanf.h"
#include "../vm/vm.h"
#include "regexp.h"

typedef struct scan {
    const char *s, *f;              /* input and format */
    size_t slen, flen, si, fi;      /* lengths and read positions */
    svalue *lv;                     /* the lvalues */
    int n, next;                    /* how many, next unused */
    int64_t count;                  /* conversions matched so far */
} scan;

/* ------------------------------------------------------------- storing */

/* Stores v (whose reference is handed over) through the next lvalue. */
static void store(scan *sc, svalue v) {
    *++vm_sp = v;
    lv_assign(&sc->lv[sc->next++], vm_sp);
    vm_pop(1);
}

static void store_str(scan *sc, size_t from, size_t to) {
    svalue v;
    sv_set_str(&v, str_new(sc->s + from, to - from));
    store(sc, v);
}

static void store_int(scan *sc, int64_t n) {
    svalue v;
    sv_set_int(&v, n);
    store(sc, v);
}

static void store_float(scan *sc, double d) {
    svalue v;
    sv_set_float(&v, d);
    store(sc, v);
}

/* ------------------------------------------------------------- numbers */

/* An integer at s[si] in `base` (strtol rules); 0 when there is none. */
static int scan_int(scan *sc, int base, int skip) {
    const char *p = sc->s + sc->si;
    char *end;
    long long n = strtoll(p, &end, base);
    if (end == p) return 0;
    sc->si += (size_t)(end - p);
    if (!skip) store_int(sc, n);
    return 1;
}

/* A number at s[si] the way 2.7 reads %f: blanks, a sign, digits with at
 * most one '.', at least one digit; no exponent. 0 when there is none. */
static int scan_float(scan *sc, int skip) {
    size_t i = sc->si, start;
    while (i < sc->slen && isspace((unsigned char)sc->s[i])) i++;
    start = i;
    if (i < sc->slen && (sc->s[i] == '-' || sc->s[i] == '+')) i++;
    int digits = 0, dot = 0;
    for (; i < sc->slen; i++) {
        if (isdigit((unsigned char)sc->s[i])) digits = 1;
        else if (sc->s[i] == '.' && !dot) dot = 1;
        else break;
    }
    if (!digits) return 0;
    char small[64], *num = i - start < sizeof small ? small : xmalloc(i - start + 1);
    memcpy(num, sc->s + start, i - start);
    num[i - start] = '\0';
    double d = strtod(num, NULL);
    if (num != small) free(num);
    sc->si = i;
    if (!skip) store_float(sc, d);
    return 1;
}

/* ------------------------------------------------------------ %(regexp) */

/* The pattern of a %( conversion starting at f[fi] (just after the '('):
 * up to the matching ')', nesting and \-escapes honoured. Sets *end to the
 * position of that ')'. */
static void regexp_extent(const scan *sc, size_t *end) {
    int depth = 1;
    for (size_t i = sc->fi; i < sc->flen; i++) {
        char c = sc->f[i];
        if (c == '\\') { if (++i < sc->flen) continue; break; }
        if (c == '(') depth++;
        if (c == ')' && --depth == 0) { *end = i; return; }
    }
    vm_error("Bad regexp format: '%%%.*s' in sscanf format string",
             (int)(sc->flen - sc->fi), sc->f + sc->fi);
}

/* Leftmost match of the %( pattern at f[fi] in s[si..] (anchored: must
 * start at si), relative to si. Advances fi past the ')'. Returns 1 when
 * found. */
static int regexp_find(scan *sc, int anchored, size_t *ms, size_t *me) {
    size_t end;
    regexp_extent(sc, &end);
    rx *r = rx_get_or_error(sc->f + sc->fi, end - sc->fi);
    int m = rx_exec(r, sc->s + sc->si, sc->slen - sc->si, anchored, ms, me);
    rx_release(r);
    if (m < 0) vm_error("sscanf: regexp match limit exceeded");
    sc->fi = end + 1;
    return m;
}

static int scan_regexp(scan *sc, int skip) {
    size_t ms, me;
    if (!regexp_find(sc, 1, &ms, &me)) return 0;
    if (!skip) store_str(sc, sc->si, sc->si + me);
    sc->si += me;
    return 1;
}

/* ------------------------------------------------------------ %s forms */

/* %s then literal text f[fi..next '%'): the text before the literal's
 * first occurrence. Returns 0 when the literal does not occur. */
static int string_then_literal(scan *sc, int skip) {
    const char *lit = sc->f + sc->fi;
    const char *pct = memchr(lit, '%', sc->flen - sc->fi);
    size_t litlen = pct ? (size_t)(pct - lit) : sc->flen - sc->fi;
    const char *at = memmem(sc->s + sc->si, sc->slen - sc->si, lit, litlen);
    if (!at) return 0;
    size_t pos = (size_t)(at - sc->s);
    if (!skip) store_str(sc, sc->si, pos);
    sc->si = pos + litlen;
    sc->fi += litlen;
    return 1;
}

/* Where a %x after a %s may start: the first "0x"/"0X" followed by a hex
 * digit (2.7 steps two bytes past any other '0'). */
static size_t hex_start(const scan *sc) {
    size_t t = sc->si;
    while (t < sc->slen) {
        if (sc->s[t] != '0') { t++; continue; }
        if (t + 2 < sc->slen && (sc->s[t + 1] == 'x' || sc->s[t + 1] == 'X')
            && isxdigit((unsigned char)sc->s[t + 2]))
            return t;
        t += 2;
    }
    return sc->slen;
}

static size_t number_start(const scan *sc, int conv) {
    size_t t = sc->si;
    for (; t < sc->slen; t++) {
        unsigned char c = (unsigned char)sc->s[t];
        if (isdigit(c)) break;
        if (conv == 'f' && c == '.' && t + 1 < sc->slen && isdigit((unsigned char)sc->s[t + 1])) break;
    }
    return t;
}

/* %s%(re): the text before the leftmost match, then the match. */
static int string_then_regexp(scan *sc, int skip, int skip2) {
    size_t ms, me;
    if (!regexp_find(sc, 0, &ms, &me)) {
        if (!skip) store_str(sc, sc->si, sc->slen);
        return 0;
    }
    size_t at = sc->si;
    if (!skip) store_str(sc, at, at + ms);
    sc->si = at + me;
    if (!skip2) store_str(sc, at + ms, at + me);
    return 1;
}

/* %s followed by another conversion (fi is just after its '%'). The %s is
 * counted here; returns 1 when the second conversion matched too (the
 * caller counts it), 0 to stop. */
static int string_then_conversion(scan *sc, int skip) {
    int skip2 = sc->fi < sc->flen && sc->f[sc->fi] == '*';
    if (skip2) sc->fi++;
    int c = sc->fi < sc->flen ? (unsigned char)sc->f[sc->fi] : 0;
    if (sc->n - sc->next < !skip + !skip2 && c != '%') vm_error("Too few arguments to sscanf().");
    sc->count++;
    sc->fi++;
    size_t t;
    switch (c) {
    case 's': vm_error("Illegal to have 2 adjacent %%s's in format string in sscanf()");
    case 'x': t = hex_start(sc); break;
    case 'd': case 'f': t = number_start(sc, c); break;
    case '%': t = sc->si; while (t < sc->slen && sc->s[t] != '%') t++; break;
    case '(': return string_then_regexp(sc, skip, skip2);
    case 0: vm_error("Format string can't end in '%%'.");
    default: vm_error("Bad type : '%%%c' in sscanf() format string", c);
    }
    if (!skip) store_str(sc, sc->si, t);
    sc->si = t;
    if (t >= sc->slen) return 0;
    switch (c) {
    case 'x': return scan_int(sc, 16, skip2);
    case 'd': return scan_int(sc, 10, skip2);
    case 'f': return scan_float(sc, skip2);
    default: sc->si++; return 1;            /* the '%' */
    }
}

/* ---------------------------------------------------------------- driver */

/* Matches literal format text (and %%) up to the next conversion. Returns
 * 0 on a mismatch; else fi is at the end of the format or just after the
 * '%' of a conversion. */
static int match_literal(scan *sc) {
    while (sc->fi < sc->flen) {
        char c = sc->f[sc->fi];
        if (c == '%') {
            if (++sc->fi >= sc->flen) vm_error("Format string cannot end in '%%' in sscanf()");
            if (sc->f[sc->fi] != '%') return 1;
        }
        if (sc->si >= sc->slen || sc->s[sc->si] != c) return 0;
        sc->si++;
        sc->fi++;
    }
    return 1;
}

/* One conversion (fi just after its '%'). Returns 1 when it matched and
 * scanning goes on, 0 to stop. */
static int conversion(scan *sc) {
    int skip = sc->f[sc->fi] == '*';
    if (skip) sc->fi++;
    else if (sc->next >= sc->n) vm_error("Too few arguments to sscanf()");
    int c = sc->fi < sc->flen ? (unsigned char)sc->f[sc->fi++] : 0;
    switch (c) {
    case 'd': return scan_int(sc, 10, skip);
    case 'x': return scan_int(sc, 16, skip);
    case 'f': return scan_float(sc, skip);
    case '(': return scan_regexp(sc, skip);
    case 's': break;
    default: vm_error("Bad type : '%%%c' in sscanf() format string", c);
    }
    if (sc->fi >= sc->flen) {               /* %s at the end: the rest */
        if (!skip) store_str(sc, sc->si, sc->slen);
        return -1;
    }
    if (sc->f[sc->fi] == '%') {
        sc->fi++;
        return string_then_conversion(sc, skip);
    }
    return string_then_literal(sc, skip);
}

int64_t vm_sscanf(svalue *str, svalue *fmt, svalue *lvalues, int n) {
    if (str->type != T_STRING) vm_bad_operand(1, "sscanf", "string", str);
    if (fmt->type != T_STRING) vm_bad_operand(2, "sscanf", "string", fmt);
    scan sc = { str->u.s->data, fmt->u.s->data, str->u.s->len, fmt->u.s->len, 0, 0,
                lvalues, n, 0, 0 };
    for (;;) {
        if (!match_literal(&sc)) break;
        if (sc.fi >= sc.flen) {             /* format used up */
            if (sc.si < sc.slen && sc.next < sc.n) {
                sc.count++;
                store_str(&sc, sc.si, sc.slen);
            }
            break;
        }
        int r = conversion(&sc);
        if (r == 0) break;
        sc.count++;
        if (r < 0) break;
    }
    return sc.count;
}
