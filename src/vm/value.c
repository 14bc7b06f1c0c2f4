/*
 * value.c — svalue helpers: reference handling, truth, equality, ordering,
 * hashing, type names and deep copy; also the value size limits.
 *
 * Every refcounted payload is released through sv_free_heap, which
 * dispatches on the type to the owner module's *_free_ function. A dead
 * array, class, mapping or function pointer is freed from a work list, not
 * by recursion, so freeing a value nested a million levels deep (built by
 * `a = ({ a })` in a loop) cannot overflow the C stack. Objects
 * are counted references too; a destructed object reads as 0 wherever a
 * value is inspected (sv_truthy, sv_equal, sv_check_object).
 */
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "value.h"
#include "limits.h"
#include "vm.h"
#include "../runtime/object.h"

int64_t limit_array_size = 1 << 20;
int64_t limit_mapping_size = 1 << 20;
int64_t limit_string_length = 1 << 21;
int64_t limit_buffer_size = 1 << 22;

const svalue const0 = { .type = T_INT };
const svalue const_undef = { .type = T_INT, .subtype = ST_UNDEFINED };

static const char *const type_names[T_NTYPES] = {   /* ORDER TYPE */
    "int", "float", "string", "array", "mapping", "object",
    "function", "buffer", "class",
    "*lvalue*", "*lvalue_byte*", "*lvalue_range*", "*frame_mark*"
};

const char *type_name(int type) {
    return type >= 0 && type < T_NTYPES ? type_names[type] : "*unknown*";
}

/* ------------------------------------------------------------ references */

/* Containers whose count reached 0, still to free (a stack; heap-grown
 * past the static part and shrunk back when empty). */
static svalue dead_fixed[64];
static svalue *dead = dead_fixed;
static size_t dead_n, dead_cap = 64;
static int freeing;                 /* a release() loop is running */

/* Frees container v (count already 0) and, through the work list, every
 * container that dies with it. Only the outermost call loops. */
static void release(const svalue *v) {
    if (dead_n == dead_cap) {
        svalue *bigger = xmalloc(2 * dead_cap * sizeof *bigger);
        memcpy(bigger, dead, dead_n * sizeof *bigger);
        if (dead != dead_fixed) free(dead);
        dead = bigger;
        dead_cap *= 2;
    }
    dead[dead_n++] = *v;
    if (freeing) return;
    freeing = 1;
    while (dead_n) {
        svalue d = dead[--dead_n];
        if (d.type == T_MAPPING) map_free_(d.u.m);
        else if (d.type == T_FUNCTION) fp_free_(d.u.fp);
        else arr_free_(d.u.a);
    }
    freeing = 0;
    if (dead != dead_fixed) {
        free(dead);
        dead = dead_fixed;
        dead_cap = 64;
    }
}

void sv_free_heap(svalue *v) {
    switch (v->type) {
    case T_STRING:   str_free(v->u.s); break;
    case T_ARRAY:
    case T_CLASS:    if (--v->u.a->refs == 0) release(v); break;
    case T_MAPPING:  if (--v->u.m->refs == 0) release(v); break;
    case T_OBJECT:   obj_free(v->u.ob); break;
    case T_FUNCTION: if (--v->u.fp->refs == 0) release(v); break;
    case T_BUFFER:   buf_free(v->u.b); break;
    default: break;
    }
}

void sv_copy(svalue *dst, const svalue *src) {
    *dst = *src;
    switch (src->type) {
    case T_STRING:   src->u.s->refs++; break;
    case T_ARRAY:
    case T_CLASS:    src->u.a->refs++; break;
    case T_MAPPING:  src->u.m->refs++; break;
    case T_OBJECT:   src->u.ob->refs++; break;
    case T_FUNCTION: src->u.fp->refs++; break;
    case T_BUFFER:   src->u.b->refs++; break;
    default: break;
    }
}

/* Copies before freeing, so assigning a value to the slot holding its only
 * reference is safe. */
void sv_assign(svalue *dst, const svalue *src) {
    svalue old = *dst;
    sv_copy(dst, src);
    sv_free(&old);
}

void sv_set_obj(svalue *v, struct object *ob) {
    if (!ob || obj_destructed(ob)) {
        sv_set_int(v, 0);
        return;
    }
    v->type = T_OBJECT;
    v->subtype = 0;
    v->u.ob = obj_ref(ob);
}

void sv_set_cstr(svalue *v, const char *s) {
    sv_set_str(v, str_newz(s));
}

void sv_drop_dead_object(svalue *v) {
    uintptr_t p = (uintptr_t)v;
    int on_stack = p >= (uintptr_t)vm_stack && p <= (uintptr_t)vm_sp;
    sv_free(v);
    if (!on_stack) *v = const_undef;
}

svalue *sv_check_object(svalue *v) {
    if (v->type == T_OBJECT && obj_destructed(v->u.ob)) sv_drop_dead_object(v);
    return v;
}

/* ------------------------------------------------------------ comparison */

int sv_truthy(const svalue *v) {
    if (v->type == T_INT) return v->u.n != 0;
    if (v->type == T_OBJECT) return !obj_destructed(v->u.ob);
    return 1;
}

/* Numeric value of an int or float operand. */
static inline double sv_num(const svalue *v) {
    return v->type == T_INT ? (double)v->u.n : v->u.f;
}

static inline int is_dead_object(const svalue *v) {
    return v->type == T_OBJECT && obj_destructed(v->u.ob);
}

int sv_equal(const svalue *a, const svalue *b) {
    if (a->type != b->type) {
        if ((a->type == T_INT || a->type == T_FLOAT) &&
            (b->type == T_INT || b->type == T_FLOAT))
            return sv_num(a) == sv_num(b);
        if (a->type == T_INT && is_dead_object(b)) return a->u.n == 0;
        if (b->type == T_INT && is_dead_object(a)) return b->u.n == 0;
        return 0;
    }
    switch (a->type) {
    case T_INT:    return a->u.n == b->u.n;
    case T_FLOAT:  return a->u.f == b->u.f;
    case T_STRING: return str_eq(a->u.s, b->u.s);
    default:       return a->u.p == b->u.p;
    }
}

/* Rank of a type in sv_compare's order: numbers, strings, the rest. */
static inline int cmp_rank(int type) {
    return type == T_INT || type == T_FLOAT ? 0 : type == T_STRING ? 1 : 2 + type;
}

int sv_compare(const svalue *a, const svalue *b) {
    int ra = cmp_rank(a->type), rb = cmp_rank(b->type);
    if (ra != rb) return ra < rb ? -1 : 1;
    if (ra == 0) {
        if (a->type == T_INT && b->type == T_INT)
            return (a->u.n > b->u.n) - (a->u.n < b->u.n);
        double x = sv_num(a), y = sv_num(b);
        return (x > y) - (x < y);
    }
    if (ra == 1) return str_cmp(a->u.s, b->u.s);
    uintptr_t x = (uintptr_t)a->u.p, y = (uintptr_t)b->u.p;
    return (x > y) - (x < y);
}

/* 64-bit finaliser (splitmix64): every input bit reaches the low bits. */
static inline uint32_t mix_u64(uint64_t x) {
    x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27; x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return (uint32_t)x;
}

uint32_t sv_hash(const svalue *v) {
    switch (v->type) {
    case T_INT:    return mix_u64((uint64_t)v->u.n);
    case T_STRING: return str_hash(v->u.s);
    case T_FLOAT: {
        double f = v->u.f == 0.0 ? 0.0 : v->u.f;   /* -0.0 hashes as 0.0 */
        uint64_t bits;
        memcpy(&bits, &f, sizeof bits);
        return mix_u64(bits ^ 0x5bd1e995u);
    }
    default:       return mix_u64((uint64_t)(uintptr_t)v->u.p + v->type);
    }
}

/* ------------------------------------------------------------- deep copy */

#define COPY_MAX_DEPTH 100

static int copy_depth, copy_too_deep;

static void deep_copy(svalue *dst, const svalue *src);

static array *deep_copy_array(array *a) {
    array *r = arr_new(a->size);
    for (uint32_t i = 0; i < a->size; i++) deep_copy(&r->item[i], &a->item[i]);
    return r;
}

/* Keys are shared, values copied. */
static mapping *deep_copy_mapping(mapping *m) {
    mapping *r = map_new(m->count);
    uint32_t b;
    for (mnode *n = map_first(m, &b); n; n = map_next(m, n, &b))
        deep_copy(map_insert(r, &n->key), &n->val);
    return r;
}

/* On excessive nesting the copy stops descending (storing 0) and sets
 * copy_too_deep; sv_deep_copy then discards the result and raises, so no
 * partial structure is leaked by the longjmp. */
static void deep_copy(svalue *dst, const svalue *src) {
    switch (src->type) {
    case T_ARRAY: case T_CLASS: case T_MAPPING:
        if (++copy_depth > COPY_MAX_DEPTH || copy_too_deep) {
            copy_too_deep = 1;
            sv_set_int(dst, 0);
        } else {
            *dst = *src;
            if (src->type == T_MAPPING) dst->u.m = deep_copy_mapping(src->u.m);
            else dst->u.a = deep_copy_array(src->u.a);
        }
        copy_depth--;
        break;
    case T_BUFFER: {
        buffer *b = buf_new(src->u.b->size);
        memcpy(b->data, src->u.b->data, src->u.b->size);
        sv_set_buf(dst, b);
        break;
    }
    case T_OBJECT:                      /* a destructed one: undefined 0 */
        if (obj_destructed(src->u.ob)) *dst = const_undef;
        else sv_copy(dst, src);
        break;
    default:
        sv_copy(dst, src);
    }
}

void sv_deep_copy(svalue *dst, const svalue *src) {
    copy_depth = 0;
    copy_too_deep = 0;
    deep_copy(dst, src);
    if (copy_too_deep) {
        sv_free(dst);
        copy_too_deep = 0;
        vm_error("Mappings, arrays and/or classes nested too deep (%d) for copy()",
                 COPY_MAX_DEPTH);
    }
}
