/*
 * str.h — immutable, refcounted byte strings with cached length and hash.
 *
 * Every LPC string value is an `lstr`. Header and bytes live in one block,
 * the bytes are NUL-terminated but may contain NULs (length is authoritative).
 * A string may be *interned*: then there is exactly one lstr with those bytes
 * in the intern table, so interned strings compare by pointer. Identifiers,
 * function names, mapping keys and constants are interned; results of string
 * operations are not, unless a caller asks (str_intern).
 *
 * Ownership: every function returning `lstr *` returns a new reference the
 * caller owns; release it with str_free. str_ref adds a reference.
 * An lstr with refs == 1 may be modified in place by str_append (the `s += x`
 * fast path); it returns the (possibly moved) string.
 */
#ifndef HEARTH_STR_H
#define HEARTH_STR_H

#include <stddef.h>
#include <stdint.h>

typedef struct lstr {
    uint32_t refs;
    uint32_t hash;       /* 0 = not computed yet */
    size_t len;
    size_t cap;          /* bytes available for data (excluding NUL) */
    uint8_t interned;
    char data[];         /* len bytes + NUL */
} lstr;

lstr *str_new(const char *s, size_t len);       /* copy of len bytes */
lstr *str_newz(const char *s);                  /* copy of a C string */
lstr *str_alloc(size_t len);                    /* uninitialised data, len set, NUL placed */
lstr *str_intern(const char *s, size_t len);    /* the interned copy (new ref) */
lstr *str_internz(const char *s);
lstr *str_intern_str(lstr *s);                  /* consumes s, returns interned (new ref) */
lstr *str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
lstr *str_concat(const lstr *a, const lstr *b);
/* s += (p, n): in place when s is unshared and not interned, else a copy.
 * Consumes the caller's reference to s, returns the result's. */
lstr *str_append(lstr *s, const char *p, size_t n);
lstr *str_sub(const lstr *s, size_t start, size_t len);
int str_cmp(const lstr *a, const lstr *b);      /* memcmp order, shorter first */
int str_eq(const lstr *a, const lstr *b);
uint32_t str_hash(lstr *s);                     /* cached */
uint32_t hash_bytes(const void *p, size_t n);
void str_free_(lstr *s);
void str_init(void);
void str_shutdown(void);                        /* frees the intern table (for leak checks) */
size_t str_interned_count(void);

static inline lstr *str_ref(lstr *s) { s->refs++; return s; }
static inline void str_free(lstr *s) { if (s && --s->refs == 0) str_free_(s); }

/* The empty string, preallocated and interned. */
extern lstr *str_empty;

#endif
