/*
 * str.c — refcounted byte strings with cached hash, and the intern table.
 *
 * Layout: one block holds the header, `cap` data bytes and a NUL; `len`
 * bytes are in use and data[len] is always NUL.
 *
 * Intern table: open addressing with linear probing over `lstr *` slots,
 * power-of-two sized, at most half full (it doubles beyond that). Deleting
 * shifts the following run back so no tombstones are needed. An interned
 * string whose refcount drops to 0 removes itself from the table.
 * str_empty holds a permanent extra reference and is never freed before
 * str_shutdown.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "str.h"

lstr *str_empty;

static lstr **itab;          /* intern slots, NULL = empty */
static size_t itab_mask;     /* slots - 1 */
static size_t itab_count;

/* ------------------------------------------------------------------ hash */

static inline uint64_t load64(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t mix64(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

/* A wyhash-style hash: 8 bytes per step folded through a 64x64->128
 * multiply. Never returns 0 (0 marks "not computed" in lstr). */
uint32_t hash_bytes(const void *data, size_t n) {
    const uint8_t *p = data;
    const uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull;
    uint64_t h = k0 ^ (n * k1);
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        h = mix64(h ^ load64(p + i), k1);
    if (i < n) {
        uint64_t t = 0;
        memcpy(&t, p + i, n - i);
        h = mix64(h ^ t ^ k0, k1);
    }
    h = mix64(h ^ (h >> 29), k0);
    uint32_t r = (uint32_t)(h ^ (h >> 32));
    return r ? r : 1;
}

uint32_t str_hash(lstr *s) {
    if (!s->hash) s->hash = hash_bytes(s->data, s->len);
    return s->hash;
}

/* ------------------------------------------------------------ allocation */

/* A fresh unshared string with room for `cap` bytes, `len` in use. */
static lstr *str_make(size_t len, size_t cap) {
    lstr *s = xmalloc(sizeof(lstr) + cap + 1);
    s->refs = 1;
    s->hash = 0;
    s->len = len;
    s->cap = cap;
    s->interned = 0;
    s->data[len] = '\0';
    return s;
}

lstr *str_alloc(size_t len) {
    return str_make(len, len);
}

lstr *str_new(const char *p, size_t len) {
    if (len == 0 && str_empty) return str_ref(str_empty);
    lstr *s = str_make(len, len);
    memcpy(s->data, p, len);
    return s;
}

lstr *str_newz(const char *p) {
    return str_new(p, strlen(p));
}

void str_free_(lstr *s) {
    if (s->interned) {
        size_t i = s->hash & itab_mask;
        while (itab[i] != s) i = (i + 1) & itab_mask;
        /* backward-shift deletion keeps every probe run unbroken */
        size_t j = i;
        for (;;) {
            j = (j + 1) & itab_mask;
            if (!itab[j]) break;
            size_t home = itab[j]->hash & itab_mask;
            if (((j - home) & itab_mask) >= ((j - i) & itab_mask)) {
                itab[i] = itab[j];
                i = j;
            }
        }
        itab[i] = NULL;
        itab_count--;
    }
    free(s);
}

/* ---------------------------------------------------------------- intern */

static void itab_grow(void) {
    size_t old_size = itab_mask + 1, size = old_size * 2;
    lstr **old = itab;
    itab = xcalloc(size, sizeof(lstr *));
    itab_mask = size - 1;
    for (size_t k = 0; k < old_size; k++) {
        if (!old[k]) continue;
        size_t i = old[k]->hash & itab_mask;
        while (itab[i]) i = (i + 1) & itab_mask;
        itab[i] = old[k];
    }
    free(old);
}

/* Slot index holding bytes (p, len) with hash h, or of the empty slot
 * where they belong. */
static size_t itab_slot(const char *p, size_t len, uint32_t h) {
    size_t i = h & itab_mask;
    for (lstr *e; (e = itab[i]) != NULL; i = (i + 1) & itab_mask)
        if (e->hash == h && e->len == len && memcmp(e->data, p, len) == 0)
            break;
    return i;
}

/* Stores unshared, not yet interned s into empty slot i. */
static lstr *itab_put(size_t i, lstr *s) {
    s->interned = 1;
    itab[i] = s;
    if (++itab_count * 2 > itab_mask + 1) itab_grow();
    return s;
}

lstr *str_intern(const char *p, size_t len) {
    uint32_t h = hash_bytes(p, len);
    size_t i = itab_slot(p, len, h);
    if (itab[i]) return str_ref(itab[i]);
    lstr *s = str_make(len, len);
    memcpy(s->data, p, len);
    s->hash = h;
    return itab_put(i, s);
}

lstr *str_internz(const char *p) {
    return str_intern(p, strlen(p));
}

lstr *str_intern_str(lstr *s) {
    if (s->interned) return s;
    size_t i = itab_slot(s->data, s->len, str_hash(s));
    if (itab[i]) {
        lstr *e = str_ref(itab[i]);
        str_free(s);
        return e;
    }
    if (s->refs == 1) return itab_put(i, s);
    lstr *c = str_make(s->len, s->len);
    memcpy(c->data, s->data, s->len);
    c->hash = s->hash;
    str_free(s);
    return itab_put(i, c);
}

size_t str_interned_count(void) {
    return itab_count;
}

/* ------------------------------------------------------------ operations */

lstr *str_printf(const char *fmt, ...) {
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof buf) return str_new(buf, (size_t)n);
    lstr *s = str_alloc((size_t)n);
    va_start(ap, fmt);
    vsnprintf(s->data, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

lstr *str_concat(const lstr *a, const lstr *b) {
    if (b->len == 0) return str_ref((lstr *)a);
    if (a->len == 0) return str_ref((lstr *)b);
    lstr *s = str_alloc(a->len + b->len);
    memcpy(s->data, a->data, a->len);
    memcpy(s->data + a->len, b->data, b->len);
    return s;
}

/* Capacity grows geometrically (x2, then +25% past 64 MB) so a loop of
 * appends costs amortised O(total length). (p, n) may point into s. */
lstr *str_append(lstr *s, const char *p, size_t n) {
    if (n == 0) return s;
    size_t need = s->len + n;
    if (s->refs == 1 && !s->interned) {
        if (need > s->cap) {
            size_t cap = s->cap < 64 ? 64 : s->cap;
            while (cap < need) cap += cap < (64u << 20) ? cap : cap / 4;
            int inside = p >= s->data && p < s->data + s->len;
            size_t off = inside ? (size_t)(p - s->data) : 0;
            s = xrealloc(s, sizeof(lstr) + cap + 1);
            s->cap = cap;
            if (inside) p = s->data + off;
        }
        memmove(s->data + s->len, p, n);
        s->len = need;
        s->data[need] = '\0';
        s->hash = 0;
        return s;
    }
    lstr *c = str_make(need, need + (need >> 1));
    memcpy(c->data, s->data, s->len);
    memcpy(c->data + s->len, p, n);
    str_free(s);
    return c;
}

/* Bytes [start, start+len) clamped to s; the whole string is shared. */
lstr *str_sub(const lstr *s, size_t start, size_t len) {
    if (start >= s->len) return str_ref(str_empty);
    if (len > s->len - start) len = s->len - start;
    if (start == 0 && len == s->len) return str_ref((lstr *)s);
    return str_new(s->data + start, len);
}

int str_cmp(const lstr *a, const lstr *b) {
    if (a == b) return 0;
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c) return c < 0 ? -1 : 1;
    return a->len < b->len ? -1 : a->len > b->len;
}

int str_eq(const lstr *a, const lstr *b) {
    if (a == b) return 1;
    if (a->len != b->len || (a->interned && b->interned)) return 0;
    if (a->hash && b->hash && a->hash != b->hash) return 0;
    return memcmp(a->data, b->data, a->len) == 0;
}

/* ------------------------------------------------------------- lifetime */

void str_init(void) {
    if (itab) return;
    itab_mask = 1023;
    itab = xcalloc(itab_mask + 1, sizeof(lstr *));
    itab_count = 0;
    str_empty = str_intern("", 0);   /* this reference is never dropped */
}

/* Frees the table and str_empty. Strings still referenced elsewhere are
 * detached (no longer interned) so their later release is harmless; they
 * remain as leaks for the checker to report. */
void str_shutdown(void) {
    if (!itab) return;
    lstr *e = str_empty;
    str_empty = NULL;
    str_free(e);
    for (size_t i = 0; i <= itab_mask; i++)
        if (itab[i]) itab[i]->interned = 0;
    free(itab);
    itab = NULL;
    itab_mask = 0;
    itab_count = 0;
}
