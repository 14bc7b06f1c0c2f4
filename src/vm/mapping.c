/*
 * mapping.c — LPC mappings: a hash table keyed by svalue.
 *
 * Layout (as CPython's compact dicts): the pairs live in one array of
 * 32-byte nodes, `nodes`, in the order they were added; the first `used`
 * of its `cap` slots have been handed out, and a deleted slot goes on a
 * free list (`free`) for the next insertion. The buckets are chains
 * through that array: `heads` has a word per bucket (a power of two of
 * them, `mask` = buckets - 1) and `slots` a link and the key's hash per
 * slot, each link a slot number + 1 (0 ends a chain). Both sit in one
 * block of 12 bytes a bucket, which for the smallest table (8 buckets) is
 * part of the mapping's own allocation. Walking a chain reads only the index
 * until a hash matches, and the index is rebuilt on growth without
 * touching a key. The bucket count doubles when the pairs would outnumber
 * it, so chains stay about one node long; the node array doubles up to
 * the bucket count. Slot numbers instead of pointers let the node array
 * move as it grows: a pointer into a mapping (map_find, map_insert,
 * map_first) is good only until the next insertion into that mapping.
 *
 * Int keys hash by an invertible xor-fold of their bits, so a run of ints
 * fills neighbouring buckets (good for the cache) while strides such as
 * multiples of 1024 still spread.
 *
 * Key equality is the MudOS rule: equal types, then ints and floats by
 * value, strings by content (pointer first, then cached hash, length,
 * bytes), everything else by identity; so 1 and 1.0 are two keys. Keys
 * are stored as given (a string key shares the caller's string).
 * Iteration walks the node array (insertion order, reused slots aside).
 * The only cap is limit_mapping_size.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "../base/mem.h"
#include "value.h"
#include "limits.h"
#include "vmint.h"

#define MAP_MIN_SIZE 8               /* buckets */
#define NODES_MIN 4                  /* first node array */
#define SLOT_FREE T_NTYPES           /* key type of a slot on the free list */

#define HUGE_PAGE ((size_t)2 << 20)

typedef struct mslot {
    uint32_t next;                   /* next slot + 1 in the chain, 0 at its end */
    uint32_t hash;                   /* of the slot's key */
} mslot;

/* ------------------------------------------------------------ the index */

/* A block of at least 2 MB in huge pages (fewer page faults and TLB
 * misses for a big mapping), or NULL to use malloc instead. */
static void *huge_alloc(size_t bytes) {
    if (bytes < HUGE_PAGE) return NULL;
    bytes = (bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    void *p = aligned_alloc(HUGE_PAGE, bytes);
#ifdef MADV_HUGEPAGE
    if (p) madvise(p, bytes, MADV_HUGEPAGE);
#endif
    return p;
}

/* Every mapping is allocated with room for the smallest index right after
 * it (one allocation for a small mapping); a bigger index has its own. */
#define INDEX_BYTES(size) ((size) * (sizeof(uint32_t) + sizeof(mslot)))

static mapping *map_alloc(void) {
    return xmalloc(sizeof(mapping) + INDEX_BYTES(MAP_MIN_SIZE));
}

/* Frees an index block of m's (not the room inside m). */
static void index_free(mapping *m, uint32_t *heads) {
    if (heads != (uint32_t *)(m + 1)) free(heads);
}

/* A new index of `size` buckets for m (heads, then slots): empty when
 * `zero`, else to be filled by the caller. The old one is left alone. */
static void index_new(mapping *m, size_t size, int zero) {
    size_t bytes = INDEX_BYTES(size);
    uint32_t *t = size == MAP_MIN_SIZE ? (uint32_t *)(m + 1) : huge_alloc(bytes);
    if (!t) t = zero ? xcalloc(1, bytes) : xmalloc(bytes);
    else if (zero) memset(t, 0, bytes);
    m->heads = t;
    m->slots = (mslot *)(t + size);
    m->mask = (uint32_t)(size - 1);
}

/* Pushes slot i on the chain or free list whose head is *head. */
static inline void link_slot(mapping *m, uint32_t *head, uint32_t i) {
    m->slots[i].next = *head;
    *head = i + 1;
}

mapping *map_new(size_t hint) {
    size_t size = MAP_MIN_SIZE;
    if (hint > (size_t)limit_mapping_size) hint = (size_t)limit_mapping_size;
    while (size < hint) size <<= 1;
    size_t cap = hint ? NODES_MIN : 0;
    while (cap < hint) cap <<= 1;
    mapping *m = map_alloc();
    m->refs = 1;
    m->count = 0;
    m->used = 0;
    m->free = 0;
    m->cap = (uint32_t)cap;
    m->nodes = cap ? xmalloc(cap * sizeof(mnode)) : NULL;
    index_new(m, size, 1);
    return m;
}

/* Releases a value whose slot is abandoned. */
static inline void drop(svalue *v) {
    if (sv_is_heap(v)) sv_free_heap(v);
}

void map_free_(mapping *m) {
    for (uint32_t i = 0; i < m->used; i++) {
        drop(&m->nodes[i].key);
        drop(&m->nodes[i].val);
    }
    free(m->nodes);
    index_free(m, m->heads);
    free(m);
}

/* Doubles the bucket count and rechains every slot by its hash. Only a
 * full table grows (count == used == buckets), so no slot is free. */
static void map_grow(mapping *m) {
    uint32_t *old = m->heads;
    const mslot *slots = m->slots;
    index_new(m, ((size_t)m->mask + 1) * 2, 1);
    for (uint32_t i = 0; i < m->used; i++) {
        uint32_t h = slots[i].hash;
        m->slots[i].hash = h;
        link_slot(m, &m->heads[h & m->mask], i);
    }
    index_free(m, old);
}

/* The node array grown to cap slots, the first `used` kept. */
static mnode *nodes_grow(mnode *old, uint32_t used, size_t cap) {
    mnode *t = huge_alloc(cap * sizeof(mnode));
    if (!t) return xrealloc(old, cap * sizeof(mnode));
    memcpy(t, old, (size_t)used * sizeof(mnode));
    free(old);
    return t;
}

/* A slot for a new pair: a free one, else the next of the node array,
 * which doubles (up to the bucket count) when full. */
static uint32_t slot_new(mapping *m) {
    if (m->free) {
        uint32_t i = m->free - 1;
        m->free = m->slots[i].next;
        return i;
    }
    if (m->used == m->cap) {
        size_t cap = m->cap ? (size_t)m->cap * 2 : NODES_MIN;
        if (cap > (size_t)m->mask + 1) cap = (size_t)m->mask + 1;
        m->nodes = nodes_grow(m->nodes, m->used, cap);
        m->cap = (uint32_t)cap;
    }
    return m->used++;
}

/* ---------------------------------------------------------------- lookup */

static inline uint32_t int_hash(int64_t n) {
    uint64_t x = (uint64_t)n;
    uint32_t h = (uint32_t)(x ^ (x >> 32));
    return h ^ (h >> 7) ^ (h >> 17);
}

static inline uint32_t key_hash(const svalue *k) {
    return k->type == T_INT ? int_hash(k->u.n) : sv_hash(k);
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

/* The slot + 1 holding int key n (of hash h), 0 if absent. */
static inline uint32_t find_int(const mapping *m, int64_t n, uint32_t h) {
    uint32_t i = m->heads[h & m->mask];
    while (i && !(m->slots[i - 1].hash == h && m->nodes[i - 1].key.u.n == n &&
                  m->nodes[i - 1].key.type == T_INT))
        i = m->slots[i - 1].next;
    return i;
}

/* find_int for any other key (kept out of line: it calls out). */
static __attribute__((noinline)) uint32_t find_other(const mapping *m, const svalue *key,
                                                     uint32_t h) {
    uint32_t i = m->heads[h & m->mask];
    while (i && !(m->slots[i - 1].hash == h && key_eq(&m->nodes[i - 1].key, key)))
        i = m->slots[i - 1].next;
    return i;
}

static inline uint32_t find_slot(const mapping *m, const svalue *key, uint32_t h) {
    return key->type == T_INT ? find_int(m, key->u.n, h) : find_other(m, key, h);
}

/* The link word (in heads or slots) that points at key's slot, or at the
 * 0 ending its chain when the key is absent. */
static uint32_t *find_link(mapping *m, const svalue *key, uint32_t h) {
    uint32_t *p = &m->heads[h & m->mask];
    while (*p && !(m->slots[*p - 1].hash == h && key_eq(&m->nodes[*p - 1].key, key)))
        p = &m->slots[*p - 1].next;
    return p;
}

svalue *map_find(mapping *m, const svalue *key) {
    uint32_t i = key->type == T_INT ? find_int(m, key->u.n, int_hash(key->u.n))
                                    : find_other(m, key, sv_hash(key));
    return i ? &m->nodes[i - 1].val : NULL;
}

svalue *map_find_str(mapping *m, const char *key) {
    size_t len = strlen(key);
    uint32_t h = hash_bytes(key, len);
    for (uint32_t i = m->heads[h & m->mask]; i; i = m->slots[i - 1].next) {
        const svalue *k = &m->nodes[i - 1].key;
        if (m->slots[i - 1].hash == h && k->type == T_STRING && k->u.s->len == len &&
            memcmp(k->u.s->data, key, len) == 0)
            return &m->nodes[i - 1].val;
    }
    return NULL;
}

/* ---------------------------------------------------------------- update */

/* A new pair for key (copied) with value 0. */
static mnode *add_node(mapping *m, const svalue *key, uint32_t h) {
    if ((int64_t)m->count >= limit_mapping_size)
        vm_error("Mapping exceeded maximum allowed size of %lld.",
                 (long long)limit_mapping_size);
    if (m->count > m->mask) map_grow(m);
    uint32_t i = slot_new(m);
    mnode *n = &m->nodes[i];
    sv_dup(&n->key, key);
    n->val = const0;
    m->slots[i].hash = h;
    link_slot(m, &m->heads[h & m->mask], i);
    m->count++;
    return n;
}

svalue *map_insert(mapping *m, const svalue *key) {
    uint32_t h = key_hash(key), i = find_slot(m, key, h);
    return i ? &m->nodes[i - 1].val : &add_node(m, key, h)->val;
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

/* Unlinks the slot *link points at and puts it on the free list. */
static void slot_free(mapping *m, uint32_t *link) {
    uint32_t i = *link - 1;
    mnode *n = &m->nodes[i];
    *link = m->slots[i].next;
    link_slot(m, &m->free, i);
    m->count--;
    sv_free(&n->key);
    sv_free(&n->val);
    n->key.type = SLOT_FREE;
}

void map_delete(mapping *m, const svalue *key) {
    uint32_t *p = find_link(m, key, key_hash(key));
    if (*p) slot_free(m, p);
}

/* Drops entries whose key is a destructed object and turns destructed
 * object values into 0 (as reading them would). */
void map_clean(mapping *m) {
    for (uint32_t i = 0; i < m->used; i++) {
        mnode *n = &m->nodes[i];
        if (n->key.type == T_OBJECT && obj_destructed(n->key.u.ob)) {
            uint32_t *p = &m->heads[m->slots[i].hash & m->mask];
            while (*p != i + 1) p = &m->slots[*p - 1].next;
            slot_free(m, p);
        } else {
            sv_check_object(&n->val);
        }
    }
}

/* ------------------------------------------------------- whole mappings */

/* Adds a reference for a value just copied bit for bit. */
static inline void ref(const svalue *v) {
    if (sv_is_heap(v)) ++*(uint32_t *)v->u.p;
}

/* Same buckets, chains and slots: the index and the nodes copied whole. */
mapping *map_copy(mapping *m) {
    mapping *r = map_alloc();
    size_t size = (size_t)m->mask + 1;
    *r = *m;
    r->refs = 1;
    index_new(r, size, 0);
    memcpy(r->heads, m->heads, INDEX_BYTES(size));
    r->cap = m->used;
    r->nodes = m->used ? xmalloc(m->used * sizeof(mnode)) : NULL;
    if (m->used) memcpy(r->nodes, m->nodes, m->used * sizeof(mnode));
    for (uint32_t i = 0; i < r->used; i++) {
        ref(&r->nodes[i].key);
        ref(&r->nodes[i].val);
    }
    return r;
}

/* a + b: a's entries, then b's (b wins on equal keys). */
mapping *map_add(mapping *a, mapping *b) {
    mapping *r = map_copy(a);
    uint32_t i;
    for (mnode *n = map_first(b, &i); n; n = map_next(b, n, &i)) {
        if ((int64_t)r->count >= limit_mapping_size && !find_slot(r, &n->key, b->slots[i].hash)) {
            map_free(r);
            vm_error("Mapping exceeded maximum allowed size of %lld.",
                     (long long)limit_mapping_size);
        }
        sv_assign(map_insert(r, &n->key), &n->val);
    }
    return r;
}

/* Keys and values come out in the same (node) order, so keys(m)[i]
 * belongs to values(m)[i]. */
array *map_keys(mapping *m) {
    array *a = arr_new(m->count);
    uint32_t i, k = 0;
    for (mnode *n = map_first(m, &i); n; n = map_next(m, n, &i))
        sv_dup(&a->item[k++], &n->key);
    return a;
}

array *map_values(mapping *m) {
    array *a = arr_new(m->count);
    uint32_t i, k = 0;
    for (mnode *n = map_first(m, &i); n; n = map_next(m, n, &i))
        sv_dup(&a->item[k++], &n->val);
    return a;
}

/* ------------------------------------------------------------- iteration */

mnode *map_first(mapping *m, uint32_t *cursor) {
    *cursor = UINT32_MAX;
    return map_next(m, NULL, cursor);
}

/* The cursor is the slot of the node last returned, so `n` is not needed. */
mnode *map_next(mapping *m, mnode *n, uint32_t *cursor) {
    for (uint32_t i = *cursor + 1; i < m->used; i++)
        if (m->nodes[i].key.type != SLOT_FREE) {
            *cursor = i;
            return &m->nodes[i];
        }
    return NULL;
}
