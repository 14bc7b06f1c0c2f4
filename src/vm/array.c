/*
 * array.c — LPC arrays: allocation (with the configured size limit and one
 * shared empty array), slices, concatenation, search, and the set
 * operators `-`, `&`, `|` with MudOS semantics.
 *
 * "Same value" for search and the set operators is the MudOS rule: equal
 * types and then ints and floats by value, strings by content, everything
 * else by identity (1 and 1.0 differ). A destructed object counts as 0.
 * `&` and the part `|` adds are in a sorted order of their own (numbers
 * ascending), as in MudOS.
 */
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "value.h"
#include "limits.h"
#include "vm.h"
#include "../runtime/object.h"

/* Never freed: holds one permanent reference. */
static array empty_array = { .refs = 1, .size = 0 };

array *arr_new_empty(void) {
    return arr_ref(&empty_array);
}

array *arr_new(size_t n) {
    if (n > (size_t)limit_array_size) vm_error("Illegal array size.");
    if (n == 0) return arr_new_empty();
    array *a = xmalloc(sizeof(array) + n * sizeof(svalue));
    a->refs = 1;
    a->size = (uint32_t)n;
    memset(a->item, 0, n * sizeof(svalue));   /* all-zero bytes = int 0 */
    return a;
}

void arr_free_(array *a) {
    if (a == &empty_array) {        /* unbalanced free: keep it alive */
        a->refs = 1;
        return;
    }
    for (uint32_t i = 0; i < a->size; i++) sv_free(&a->item[i]);
    free(a);
}

array *arr_copy(array *a) {
    array *r = arr_new(a->size);
    for (uint32_t i = 0; i < a->size; i++) sv_copy(&r->item[i], &a->item[i]);
    return r;
}

array *arr_concat(array *a, array *b) {
    size_t n = (size_t)a->size + b->size;
    if (n > (size_t)limit_array_size)
        vm_error("result of array addition is greater than maximum array size.");
    array *r = arr_new(n);
    for (uint32_t i = 0; i < a->size; i++) sv_copy(&r->item[i], &a->item[i]);
    for (uint32_t i = 0; i < b->size; i++) sv_copy(&r->item[a->size + i], &b->item[i]);
    return r;
}

/* Elements from..to inclusive, clamped to the array; empty if from > to. */
array *arr_sub(array *a, int64_t from, int64_t to) {
    if (from < 0) from = 0;
    if (to >= (int64_t)a->size) to = (int64_t)a->size - 1;
    if (from > to) return arr_new_empty();
    array *r = arr_new((size_t)(to - from + 1));
    for (uint32_t i = 0; i < r->size; i++) sv_copy(&r->item[i], &a->item[from + i]);
    return r;
}

/* ----------------------------------------------------------- same value */

static inline const svalue *norm(const svalue *v) {
    return v->type == T_OBJECT && obj_destructed(v->u.ob) ? &const0 : v;
}

/* The MudOS identity rule described at the top; a and b normalised. */
static inline int same(const svalue *a, const svalue *b) {
    if (a->type != b->type) return 0;
    switch (a->type) {
    case T_INT:    return a->u.n == b->u.n;
    case T_FLOAT:  return a->u.f == b->u.f;
    case T_STRING: return str_eq(a->u.s, b->u.s);
    default:       return a->u.p == b->u.p;
    }
}

/* Index of the first element at or after `start` that is the same value
 * as v (member_array's rule), or -1. */
int64_t arr_find(array *a, const svalue *v, int64_t start) {
    const svalue *x = norm(v);
    for (int64_t i = start < 0 ? 0 : start; i < (int64_t)a->size; i++)
        if (same(x, norm(&a->item[i]))) return i;
    return -1;
}

/* A membership set over the elements of an array: linear scan for small
 * arrays, otherwise open addressing on sv_hash. Lives only inside one call
 * (no vm_error may happen while it is allocated). */
typedef struct vset {
    array *a;
    const svalue **slot;
    size_t mask;
} vset;

#define VSET_LINEAR 12

static void vset_init(vset *s, array *a) {
    s->a = a;
    s->slot = NULL;
    if (a->size <= VSET_LINEAR) return;
    size_t n = 16;
    while (n < (size_t)a->size * 2) n <<= 1;
    s->slot = xcalloc(n, sizeof *s->slot);
    s->mask = n - 1;
    for (uint32_t i = 0; i < a->size; i++) {
        const svalue *v = norm(&a->item[i]);
        size_t k = sv_hash(v) & s->mask;
        while (s->slot[k] && !same(s->slot[k], v)) k = (k + 1) & s->mask;
        s->slot[k] = v;
    }
}

static int vset_has(const vset *s, const svalue *v) {
    v = norm(v);
    if (!s->slot) {
        for (uint32_t i = 0; i < s->a->size; i++)
            if (same(v, norm(&s->a->item[i]))) return 1;
        return 0;
    }
    for (size_t k = sv_hash(v) & s->mask; s->slot[k]; k = (k + 1) & s->mask)
        if (same(s->slot[k], v)) return 1;
    return 0;
}

static void vset_done(vset *s) {
    free(s->slot);
}

/* Order of `&` results and of what `|` appends: sv_compare, ties by type. */
static int order_cmp(const void *x, const void *y) {
    const svalue *a = x, *b = y;
    int c = sv_compare(a, b);
    return c ? c : (a->type > b->type) - (a->type < b->type);
}

/* Copies src into dst, reading a destructed object as 0. */
static inline void copy_norm(svalue *dst, const svalue *src) {
    sv_copy(dst, norm(src));
}

/* Shrinks r to its first n elements (n <= size; nothing to free beyond). */
static array *arr_truncate(array *r, size_t n) {
    if (n == r->size) return r;
    if (n == 0) {
        free(r);
        return arr_new_empty();
    }
    r->size = (uint32_t)n;
    return xrealloc(r, sizeof(array) + n * sizeof(svalue));
}

/* ------------------------------------------------------- set operators */

/* a - b: the elements of a (in order, duplicates kept) not in b. */
array *arr_subtract(array *a, array *b) {
    if (a->size == 0) return arr_new_empty();
    array *r = arr_new(a->size);
    vset s;
    vset_init(&s, b);
    size_t n = 0;
    for (uint32_t i = 0; i < a->size; i++)
        if (!vset_has(&s, &a->item[i])) copy_norm(&r->item[n++], &a->item[i]);
    vset_done(&s);
    return arr_truncate(r, n);
}

/* a & b: the elements of a (duplicates kept) that are in b, sorted.
 * When neither is empty the result is an array of its own even if it is
 * empty, as in 2.7, so `(a & b) == ({ })` is false there. */
array *arr_intersect(array *a, array *b) {
    if (a->size == 0 || b->size == 0) return arr_new_empty();
    array *r = arr_new(a->size);
    vset s;
    vset_init(&s, b);
    size_t n = 0;
    for (uint32_t i = 0; i < a->size; i++)
        if (vset_has(&s, &a->item[i])) copy_norm(&r->item[n++], &a->item[i]);
    vset_done(&s);
    qsort(r->item, n, sizeof(svalue), order_cmp);
    if (n == 0) {
        r->size = 0;
        return xrealloc(r, sizeof(array));
    }
    return arr_truncate(r, n);
}

/* a | b: all of a, then the elements of b (duplicates kept) not in a,
 * sorted. With an empty side the other is copied unchanged. */
array *arr_union(array *a, array *b) {
    if (a->size == 0) return arr_copy(b);
    if (b->size == 0 || a == b) return arr_copy(a);
    if ((size_t)a->size + b->size > (size_t)limit_array_size)
        vm_error("result of array union could be greater than maximum array size.");
    array *r = arr_new((size_t)a->size + b->size);
    for (uint32_t i = 0; i < a->size; i++) sv_copy(&r->item[i], &a->item[i]);
    vset s;
    vset_init(&s, a);
    size_t n = a->size;
    for (uint32_t i = 0; i < b->size; i++)
        if (!vset_has(&s, &b->item[i])) copy_norm(&r->item[n++], &b->item[i]);
    vset_done(&s);
    qsort(r->item + a->size, n - a->size, sizeof(svalue), order_cmp);
    return arr_truncate(r, n);
}
