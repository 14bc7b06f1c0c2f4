/*
 * mapping.c — LPC mappings: a chained hash table keyed by svalue.
 *
 * The table is a power-of-two array of node chains (`mask` = size - 1)
 * that doubles when the count passes the size, so chains stay ~1 long.
 * A key's chain is `hash & mask`. Int keys hash by an invertible
 * xor-fold of their bits, so a run of ints fills neighbouring buckets (good
 * for the cache) while strides such as multiples of 1024 still spread.
 * Each node caches its key's hash. Nodes come from a pool of blocks
 * (doubling up to a 2 MB huge page) with a free list (map_shutdown returns
 * it to the system).
 *
 * Key equality is the MudOS rule: equal types, then ints and floats by
 * value, strings by content (pointer first, then cached hash, length,
 * bytes), everything else by identity; so 1 and 1.0 are two keys. Keys
 * are stored as given (a string key shares the caller's string). The only
 * cap is limit_mapping_size.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "../base/mem.h"
#include "value.h"
#include "limits.h"
#include "vm.h"
#include "../runtime/object.h"

#define MAP_MIN_SIZE 8

#define HUGE_PAGE ((size_t)2 << 20)

/* A zeroed bucket array; from 2 MB up, in huge pages (see pool_grow). */
static mnode **table_new(size_t size) {
    size_t bytes = size * sizeof(mnode *);
    mnode **t = bytes >= HUGE_PAGE ? aligned_alloc(HUGE_PAGE, bytes) : NULL;
    if (!t) return xcalloc(size, sizeof(mnode *));
#ifdef MADV_HUGEPAGE
    madvise(t, bytes, MADV_HUGEPAGE);
#endif
    memset(t, 0, bytes);
    return t;
}

mapping *map_new(size_t hint) {
    size_t size = MAP_MIN_SIZE;
    if (hint > (size_t)limit_mapping_size) hint = (size_t)limit_mapping_size;
    while (size < hint) size <<= 1;
    mapping *m = xmalloc(sizeof *m);
    m->refs = 1;
    m->count = 0;
    m->mask = (uint32_t)(size - 1);
    m->table = table_new(size);
    return m;
}

/* ------------------------------------------------------------ node pool */

#define POOL_FIRST 256               /* nodes in the first chunk; then doubling */
#define POOL_HUGE HUGE_PAGE           /* chunk size cap: one huge page */

typedef struct node_chunk {
    struct node_chunk *next;
    mnode nodes[];
} node_chunk;

static mnode *free_nodes;        /* linked through ->next */
static node_chunk *chunks;
static size_t pool_next = POOL_FIRST;

/* Adds a chunk of nodes to the free list. Chunks double up to one 2 MB
 * huge page, asked for as such: a big mapping then costs few page faults
 * and TLB misses. */
static void pool_grow(void) {
    size_t bytes = sizeof(node_chunk) + pool_next * sizeof(mnode);
    node_chunk *c;
    if (bytes >= POOL_HUGE) {
        bytes = POOL_HUGE;
        c = aligned_alloc(POOL_HUGE, POOL_HUGE);
        if (!c) c = xmalloc(bytes);
#ifdef MADV_HUGEPAGE
        else madvise(c, POOL_HUGE, MADV_HUGEPAGE);
#endif
    } else {
        c = xmalloc(bytes);
        pool_next *= 2;
    }
    c->next = chunks;
    chunks = c;
    for (size_t i = (bytes - sizeof *c) / sizeof(mnode); i-- > 0;) {
        c->nodes[i].next = free_nodes;
        free_nodes = &c->nodes[i];
    }
}

static inline mnode *node_alloc(void) {
    if (!free_nodes) pool_grow();
    mnode *n = free_nodes;
    free_nodes = n->next;
    return n;
}

static inline void node_free(mnode *n) {
    sv_free(&n->key);
    sv_free(&n->val);
    n->next = free_nodes;
    free_nodes = n;
}

/* Frees the node pool; every mapping must be gone already. */
void map_shutdown(void) {
    while (chunks) {
        node_chunk *c = chunks;
        chunks = c->next;
        free(c);
    }
    free_nodes = NULL;
    pool_next = POOL_FIRST;
}

void map_free_(mapping *m) {
    for (uint32_t i = 0; i <= m->mask; i++) {
        mnode *n = m->table[i];
        while (n) {
            mnode *next = n->next;
            node_free(n);
            n = next;
        }
    }
    free(m->table);
    free(m);
}

/* Doubles the table, relinking nodes by their cached hashes. Old chain i
 * splits into new chains i and i + old size, so the writes are sequential;
 * the nodes are read a few buckets ahead to hide their cache misses. */
static void map_grow(mapping *m) {
    uint32_t size = (m->mask + 1) * 2;
    mnode **t = table_new(size);
    for (uint32_t i = 0; i <= m->mask; i++) {
        if (i + 8 <= m->mask && m->table[i + 8]) __builtin_prefetch(m->table[i + 8]);
        mnode *n = m->table[i];
        while (n) {
            mnode *next = n->next;
            n->next = t[n->hash & (size - 1)];
            t[n->hash & (size - 1)] = n;
            n = next;
        }
    }
    free(m->table);
    m->table = t;
    m->mask = size - 1;
}

/* ---------------------------------------------------------------- lookup */

static inline uint32_t key_hash(const svalue *k) {
    if (k->type != T_INT) return sv_hash(k);
    uint64_t x = (uint64_t)k->u.n;
    uint32_t h = (uint32_t)(x ^ (x >> 32));
    return h ^ (h >> 7) ^ (h >> 17);
}

static inline uint32_t bucket(const mapping *m, uint32_t h) {
    return h & m->mask;
}

static inline int key_eq(const svalue *a, const svalue *b) {
    if (a->type != b->type) return 0;
    switch (a->type) {
    case T_INT:    return a->u.n == b->u.n;
    case T_STRING: return str_eq(a->u.s, b->u.s);
    case T_FLOAT:  return a->u.f == b->u.f;
    default:       return a->u.p == b->u.p;
    }
}

static inline mnode *find_node(mapping *m, const svalue *key, uint32_t h) {
    for (mnode *n = m->table[bucket(m, h)]; n; n = n->next)
        if (n->hash == h && key_eq(&n->key, key)) return n;
    return NULL;
}

svalue *map_find(mapping *m, const svalue *key) {
    mnode *n = find_node(m, key, key_hash(key));
    return n ? &n->val : NULL;
}

svalue *map_find_str(mapping *m, const char *key) {
    size_t len = strlen(key);
    uint32_t h = hash_bytes(key, len);
    for (mnode *n = m->table[bucket(m, h)]; n; n = n->next)
        if (n->hash == h && n->key.type == T_STRING && n->key.u.s->len == len &&
            memcmp(n->key.u.s->data, key, len) == 0)
            return &n->val;
    return NULL;
}

/* ---------------------------------------------------------------- update */

/* Links a new node for key (copied) with value 0. */
static mnode *add_node(mapping *m, const svalue *key, uint32_t h) {
    if ((int64_t)m->count >= limit_mapping_size)
        vm_error("Mapping exceeded maximum allowed size of %lld.",
                 (long long)limit_mapping_size);
    if (m->count > m->mask) map_grow(m);
    mnode *n = node_alloc();
    if (key->type == T_INT) n->key = *key;
    else sv_copy(&n->key, key);
    n->val = const0;
    n->hash = h;
    n->next = m->table[bucket(m, h)];
    m->table[bucket(m, h)] = n;
    m->count++;
    return n;
}

svalue *map_insert(mapping *m, const svalue *key) {
    uint32_t h = key_hash(key);
    mnode *n = find_node(m, key, h);
    return n ? &n->val : &add_node(m, key, h)->val;
}

void map_set(mapping *m, const svalue *key, const svalue *val) {
    sv_assign(map_insert(m, key), val);
}

void map_set_str(mapping *m, const char *key, const svalue *val) {
    svalue k;
    sv_set_str(&k, str_internz(key));
    map_set(m, &k, val);
    sv_free(&k);
}

void map_delete(mapping *m, const svalue *key) {
    uint32_t h = key_hash(key);
    for (mnode **p = &m->table[bucket(m, h)]; *p; p = &(*p)->next) {
        mnode *n = *p;
        if (n->hash == h && key_eq(&n->key, key)) {
            *p = n->next;
            m->count--;
            node_free(n);
            return;
        }
    }
}

/* Drops entries whose key is a destructed object and turns destructed
 * object values into 0 (as reading them would). */
void map_clean(mapping *m) {
    for (uint32_t i = 0; i <= m->mask; i++) {
        for (mnode **p = &m->table[i]; *p; ) {
            mnode *n = *p;
            if (n->key.type == T_OBJECT && obj_destructed(n->key.u.ob)) {
                *p = n->next;
                m->count--;
                node_free(n);
                continue;
            }
            sv_check_object(&n->val);
            p = &n->next;
        }
    }
}

/* ------------------------------------------------------- whole mappings */

mapping *map_copy(mapping *m) {
    mapping *r = xmalloc(sizeof *r);
    r->refs = 1;
    r->count = m->count;
    r->mask = m->mask;
    r->table = table_new((size_t)m->mask + 1);
    for (uint32_t i = 0; i <= m->mask; i++) {
        mnode **tail = &r->table[i];
        for (mnode *n = m->table[i]; n; n = n->next) {
            mnode *c = node_alloc();
            sv_copy(&c->key, &n->key);
            sv_copy(&c->val, &n->val);
            c->hash = n->hash;
            *tail = c;
            tail = &c->next;
        }
        *tail = NULL;
    }
    return r;
}

/* a + b: a's entries, then b's (b wins on equal keys). */
mapping *map_add(mapping *a, mapping *b) {
    mapping *r = map_copy(a);
    uint32_t i;
    for (mnode *n = map_first(b, &i); n; n = map_next(b, n, &i)) {
        if ((int64_t)r->count >= limit_mapping_size && !find_node(r, &n->key, n->hash)) {
            map_free(r);
            vm_error("Mapping exceeded maximum allowed size of %lld.",
                     (long long)limit_mapping_size);
        }
        sv_assign(map_insert(r, &n->key), &n->val);
    }
    return r;
}

/* Keys and values come out in the same (table) order, so keys(m)[i]
 * belongs to values(m)[i]. */
array *map_keys(mapping *m) {
    array *a = arr_new(m->count);
    uint32_t i, k = 0;
    for (mnode *n = map_first(m, &i); n; n = map_next(m, n, &i))
        sv_copy(&a->item[k++], &n->key);
    return a;
}

array *map_values(mapping *m) {
    array *a = arr_new(m->count);
    uint32_t i, k = 0;
    for (mnode *n = map_first(m, &i); n; n = map_next(m, n, &i))
        sv_copy(&a->item[k++], &n->val);
    return a;
}

/* ------------------------------------------------------------- iteration */

mnode *map_first(mapping *m, uint32_t *bucket) {
    for (uint32_t i = 0; i <= m->mask; i++)
        if (m->table[i]) {
            *bucket = i;
            return m->table[i];
        }
    return NULL;
}

mnode *map_next(mapping *m, mnode *n, uint32_t *bucket) {
    if (n->next) return n->next;
    for (uint32_t i = *bucket + 1; i <= m->mask; i++)
        if (m->table[i]) {
            *bucket = i;
            return m->table[i];
        }
    return NULL;
}
