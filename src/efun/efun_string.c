/*
 * efun_string.c — the string efuns: explode, implode, replace_string,
 * strsrch, strcmp, case changes, bit strings, crc32.
 *
 * Behaviour is FluffOS 2.7's (TMI-2's options), including its edge rules:
 * explode drops leading delimiters and one trailing one (dialect
 * `explode`: classic | sane | reversible), implode keeps only the strings,
 * strsrch searches from the end for any non-zero third argument. Where 2.7
 * is plainly broken Hearth is sane (conform/README.md): crc32 applies the
 * final inversion of CRC-32, next_bit(s, n) always looks after bit n.
 *
 * Bit strings pack 6 bits per byte as printable characters: byte i holds
 * bits 6i..6i+5 as ' ' + value; a missing byte reads as all clear.
 */
#include <string.h>
#include "../runtime/config.h"
#include "../vm/limits.h"
#include "../vm/vm.h"
#include "efun.h"

/* ---------------------------------------------------------------- explode */

static array *explode_chars(const lstr *s) {
    size_t n = s->len < (size_t)limit_array_size ? s->len : (size_t)limit_array_size;
    array *a = arr_new(n);
    for (size_t i = 0; i < n; i++) sv_set_str(&a->item[i], str_new(s->data + i, 1));
    return a;
}

/* Next delimiter at or after p (non-overlapping scan), or NULL. */
static const char *next_delim(const char *p, const char *end, const lstr *d) {
    return end - p < (long)d->len ? NULL : memmem(p, (size_t)(end - p), d->data, d->len);
}

/* s split at every d. Leading delimiters: all dropped (classic), one
 * (sane) or none (reversible); a delimiter at the very end adds no empty
 * last piece except in reversible mode. At most the array size limit. */
static array *explode(const lstr *s, const lstr *d, int mode) {
    if (!s->len) return arr_new_empty();
    if (!d->len) return explode_chars(s);
    const char *p = s->data, *end = s->data + s->len, *q;
    if (mode != EXPLODE_REVERSIBLE) {
        while (end - p >= (long)d->len && memcmp(p, d->data, d->len) == 0) {
            p += d->len;
            if (p == end) return arr_new_empty();
            if (mode == EXPLODE_SANE) break;
        }
    }
    size_t n = 0;
    const char *last = NULL;
    for (q = p; (q = next_delim(q, end, d)); q += d->len) { n++; last = q; }
    int tail = mode == EXPLODE_REVERSIBLE || last != end - d->len;
    n += (size_t)tail;
    if (n > (size_t)limit_array_size) n = (size_t)limit_array_size;
    array *a = arr_new(n);
    size_t k = 0;
    for (; k < n && (q = next_delim(p, end, d)); p = q + d->len)
        sv_set_str(&a->item[k++], str_new(p, (size_t)(q - p)));
    if (k < n) sv_set_str(&a->item[k], str_new(p, (size_t)(end - p)));
    return a;
}

void f_explode(svalue *argv, int argc, svalue *ret) {
    sv_set_arr(ret, explode(argv[0].u.s, argv[1].u.s, dialect_opts.explode));
}

/* ---------------------------------------------------------------- implode */

static lstr *implode_strings(const array *a, const lstr *glue) {
    size_t len = 0, count = 0;
    for (uint32_t i = 0; i < a->size; i++)
        if (a->item[i].type == T_STRING) { len += a->item[i].u.s->len; count++; }
    if (!count) return str_ref(str_empty);
    lstr *r = str_alloc(len + (count - 1) * glue->len);
    char *o = r->data;
    count = 0;
    for (uint32_t i = 0; i < a->size; i++) {
        const lstr *s = a->item[i].u.s;
        if (a->item[i].type != T_STRING) continue;
        if (count++) { memcpy(o, glue->data, glue->len); o += glue->len; }
        memcpy(o, s->data, s->len);
        o += s->len;
    }
    return r;
}

/* implode(arr, f [, start]): f(f(start, a0), a1)...; without start the
 * first element is the start value. The running value lives in *ret. */
static void implode_fold(array *a, funcptr *f, const svalue *start, svalue *ret) {
    uint32_t i = 0;
    if (start) sv_copy(ret, start);
    else if (a->size) sv_copy(ret, &a->item[i++]);
    for (; i < a->size; i++) {
        push_svalue(ret);
        push_svalue(&a->item[i]);
        svalue *v = vm_call_fp(f, 2);
        if (!v) { sv_free(ret); return; }
        sv_assign(ret, v);
    }
}

void f_implode(svalue *argv, int argc, svalue *ret) {
    if (argv[1].type == T_STRING) {
        if (argc > 2) vm_error("Third argument to implode() is illegal with implode(array, string)");
        sv_set_str(ret, implode_strings(argv[0].u.a, argv[1].u.s));
        return;
    }
    implode_fold(argv[0].u.a, argv[1].u.fp, argc > 2 ? &argv[2] : NULL, ret);
}

/* --------------------------------------------------------- replace_string */

/* s with matches first..last (1-based, non-overlapping, left to right) of
 * pat replaced by rep; NULL when the result would be too long. */
static lstr *replace(lstr *s, const lstr *pat, const lstr *rep, int64_t first, int64_t last) {
    const char *end = s->data + s->len, *p, *q;
    size_t k = 0;
    int64_t cur = 0;
    for (p = s->data; cur < last && (q = next_delim(p, end, pat)); p = q + pat->len)
        if (++cur >= first) k++;
    if (!k) return str_ref(s);
    size_t len = s->len - k * pat->len + k * rep->len;
    if (len > (size_t)limit_string_length) return NULL;
    lstr *r = str_alloc(len);
    char *o = r->data;
    cur = 0;
    for (p = s->data; cur < last && (q = next_delim(p, end, pat)); p = q + pat->len) {
        int hit = ++cur >= first;
        size_t n = (size_t)(q - p) + (hit ? 0 : pat->len);
        memcpy(o, p, n);
        o += n;
        if (hit) { memcpy(o, rep->data, rep->len); o += rep->len; }
    }
    memcpy(o, p, (size_t)(end - p));
    return r;
}

/* replace_string(s, pat, rep [, max]) / (s, pat, rep, first, last):
 * max or last 0 = no limit; first > last leaves s alone. */
void f_replace_string(svalue *argv, int argc, svalue *ret) {
    int64_t first = 0, last = 0;
    if (argc > 5) vm_error("Too many args to replace_string.");
    for (int i = 3; i < argc; i++)
        if (argv[i].type != T_INT) efun_bad_arg(efun_lookup("replace_string"), i + 1, &argv[i]);
    if (argc == 4) last = argv[3].u.n;
    if (argc == 5) { first = argv[3].u.n; last = argv[4].u.n; }
    if (!last) last = INT64_MAX;
    lstr *s = argv[0].u.s;
    lstr *r = first > last || !argv[1].u.s->len ? str_ref(s) : replace(s, argv[1].u.s, argv[2].u.s, first, last);
    if (r) sv_set_str(ret, r);
    else *ret = const_undef;
}

/* ------------------------------------------------------------- searching */

static const char *last_occurrence(const lstr *s, const char *p, size_t n) {
    for (const char *q = s->data + s->len - n;; q--) {
        if (memcmp(q, p, n) == 0) return q;
        if (q == s->data) return NULL;
    }
}

/* strsrch(s, pat | char, from_end): offset of the first (last, when the
 * third argument is non-zero) occurrence, or -1. */
void f_strsrch(svalue *argv, int argc, svalue *ret) {
    const lstr *s = argv[0].u.s;
    char ch;
    const char *p;
    size_t n;
    if (argv[1].type == T_INT) {
        ch = (char)argv[1].u.n;
        p = &ch;
        n = ch != 0;
    } else {
        p = argv[1].u.s->data;
        n = argv[1].u.s->len;
    }
    const char *at = NULL;
    if (n && n <= s->len)
        at = argc > 2 && argv[2].u.n ? last_occurrence(s, p, n) : memmem(s->data, s->len, p, n);
    sv_set_int(ret, at ? at - s->data : -1);
}

/* As C's strcmp on the bytes: the difference of the first differing bytes
 * (a missing byte counting as 0). */
void f_strcmp(svalue *argv, int argc, svalue *ret) {
    const lstr *a = argv[0].u.s, *b = argv[1].u.s;
    size_t n = a->len < b->len ? a->len : b->len, i = 0;
    while (i < n && a->data[i] == b->data[i]) i++;
    int ca = i < a->len ? (unsigned char)a->data[i] : 0;
    int cb = i < b->len ? (unsigned char)b->data[i] : 0;
    sv_set_int(ret, ca - cb);
}

/* ------------------------------------------------------------------ case */

/* s with every byte in [lo, hi] moved by `shift`, starting at `from`; s
 * itself when nothing changes. */
static lstr *shift_range(lstr *s, size_t from, size_t to, char lo, char hi, int shift) {
    size_t i = from;
    while (i < to && (s->data[i] < lo || s->data[i] > hi)) i++;
    if (i == to) return str_ref(s);
    lstr *r = str_new(s->data, s->len);
    for (; i < to; i++)
        if (r->data[i] >= lo && r->data[i] <= hi) r->data[i] = (char)(r->data[i] + shift);
    return r;
}

void f_capitalize(svalue *argv, int argc, svalue *ret) {
    lstr *s = argv[0].u.s;
    sv_set_str(ret, shift_range(s, 0, s->len ? 1 : 0, 'a', 'z', 'A' - 'a'));
}

void f_lower_case(svalue *argv, int argc, svalue *ret) {
    lstr *s = argv[0].u.s;
    sv_set_str(ret, shift_range(s, 0, s->len, 'A', 'Z', 'a' - 'A'));
}

void f_upper_case(svalue *argv, int argc, svalue *ret) {
    lstr *s = argv[0].u.s;
    sv_set_str(ret, shift_range(s, 0, s->len, 'a', 'z', 'A' - 'a'));
}

/* ----------------------------------------------------------- bit strings */

/* The bit number argument of set_bit/clear_bit, checked as 2.7 does. */
static int64_t bit_arg(const svalue *n, const char *efun) {
    if (n->u.n > cfg.max_bitfield_bits)
        vm_error("%s() bit requested: %lld > maximum bits: %lld", efun,
                 (long long)n->u.n, (long long)cfg.max_bitfield_bits);
    if (n->u.n < 0) vm_error("Bad argument 2 (negative) to %s().", efun);
    return n->u.n;
}

/* A copy of s at least `len` bytes long (blank-padded) whose byte i is
 * checked to be a valid bit-string character. */
static lstr *bit_copy(const lstr *s, size_t len, size_t i, const char *efun) {
    lstr *r = str_alloc(len > s->len ? len : s->len);
    memcpy(r->data, s->data, s->len);
    memset(r->data + s->len, ' ', r->len - s->len);
    unsigned char c = (unsigned char)r->data[i];
    if (c < ' ' || c > ' ' + 0x3f) {
        str_free(r);
        vm_error("Illegal bit pattern in %s character %zu", efun, i);
    }
    return r;
}

void f_set_bit(svalue *argv, int argc, svalue *ret) {
    int64_t bit = bit_arg(&argv[1], "set_bit");
    size_t i = (size_t)bit / 6;
    lstr *r = bit_copy(argv[0].u.s, i + 1, i, "set_bit");
    r->data[i] = (char)((((unsigned char)r->data[i] - ' ') | (1 << (bit % 6))) + ' ');
    sv_set_str(ret, r);
}

void f_clear_bit(svalue *argv, int argc, svalue *ret) {
    int64_t bit = bit_arg(&argv[1], "clear_bit");
    size_t i = (size_t)bit / 6;
    lstr *s = argv[0].u.s;
    if (i >= s->len) { sv_set_str(ret, str_ref(s)); return; }
    lstr *r = bit_copy(s, 0, i, "clear_bit");
    r->data[i] = (char)((((unsigned char)r->data[i] - ' ') & ~(1 << (bit % 6))) + ' ');
    sv_set_str(ret, r);
}

static int bit_is_set(const lstr *s, int64_t bit) {
    return (((unsigned char)s->data[bit / 6] - ' ') >> (bit % 6)) & 1;
}

void f_test_bit(svalue *argv, int argc, svalue *ret) {
    int64_t bit = argv[1].u.n;
    const lstr *s = argv[0].u.s;
    if (bit / 6 >= (int64_t)s->len) { sv_set_int(ret, 0); return; }
    if (bit < 0) vm_error("Bad argument 2 (negative) to test_bit().");
    sv_set_int(ret, bit_is_set(s, bit));
}

/* next_bit(s, n): the first set bit after bit n (from bit 0 when n < 0),
 * or -1. */
void f_next_bit(svalue *argv, int argc, svalue *ret) {
    const lstr *s = argv[0].u.s;
    int64_t end = (int64_t)s->len * 6;
    if (argv[1].u.n >= end) { sv_set_int(ret, -1); return; }
    int64_t bit = argv[1].u.n < 0 ? 0 : argv[1].u.n + 1;
    while (bit < end && !bit_is_set(s, bit)) {
        if (bit % 6 == 0 && s->data[bit / 6] == ' ') bit += 6;
        else bit++;
    }
    sv_set_int(ret, bit < end ? bit : -1);
}

/* ------------------------------------------------------------------ crc32 */

/* CRC-32 (IEEE 802.3, reflected, with the final inversion). */
static uint32_t crc32_of(const uint8_t *p, size_t n) {
    static uint32_t table[256];
    if (!table[1]) {
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
    }
    uint32_t crc = 0xFFFFFFFFu;
    while (n--) crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void f_crc32(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type == T_STRING)
        sv_set_int(ret, crc32_of((const uint8_t *)argv[0].u.s->data, argv[0].u.s->len));
    else
        sv_set_int(ret, crc32_of(argv[0].u.b->data, argv[0].u.b->size));
}
