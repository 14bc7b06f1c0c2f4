/*
 * value.h — the LPC value (`svalue`, 16 bytes) and the refcounted heap types
 * behind it: arrays, mappings, buffers, classes, function pointers.
 *
 * Invariants
 *  - sizeof(svalue) == 16: an 8-byte payload union + type, subtype, 32 bits
 *    of per-type extra.
 *  - T_INT with subtype ST_UNDEFINED is the "undefined" 0 (missing mapping
 *    key, unset varargs); it behaves as 0 everywhere except undefinedp().
 *  - T_OBJECT values hold a counted reference to the object. A destructed
 *    object reads as 0: code that loads an object value first checks
 *    obj_destructed() (see sv_check_object).
 *  - Every heap type starts with `uint32_t refs`. sv_free drops the value's
 *    reference; sv_copy adds one. Functions named *_new return a new
 *    reference owned by the caller.
 *  - T_LVALUE* values only live on the VM stack while an assignment, ++, sscanf
 *    argument or ref parameter is being evaluated; they are never stored.
 */
#ifndef HEARTH_VALUE_H
#define HEARTH_VALUE_H

#include <stdint.h>
#include <stddef.h>
#include "../base/str.h"

struct object;
struct program;

enum sv_type {                       /* ORDER TYPE: type_names[] in value.c */
    T_INT = 0, T_FLOAT, T_STRING, T_ARRAY, T_MAPPING, T_OBJECT,
    T_FUNCTION, T_BUFFER, T_CLASS,
    T_LVALUE,          /* u.lv points at an svalue */
    T_LVALUE_BYTE,     /* u.lvb: a char inside a string or buffer: see lvalue_byte */
    T_LVALUE_RANGE,    /* u.lvr: a range lvalue s[a..b] = x */
    T_FRAME_MARK,      /* internal: catch / call markers on the stack */
    T_NTYPES
};

enum sv_subtype { ST_NONE = 0, ST_UNDEFINED = 1 };

/* Type bit masks for type checking (efun argument specs, typeof checks). */
#define TM(t)       (1u << (t))
#define TM_INT      TM(T_INT)
#define TM_FLOAT    TM(T_FLOAT)
#define TM_STRING   TM(T_STRING)
#define TM_ARRAY    TM(T_ARRAY)
#define TM_MAPPING  TM(T_MAPPING)
#define TM_OBJECT   TM(T_OBJECT)
#define TM_FUNCTION TM(T_FUNCTION)
#define TM_BUFFER   TM(T_BUFFER)
#define TM_CLASS    TM(T_CLASS)
#define TM_ANY      0x1ffu

typedef struct array array;
typedef struct mapping mapping;
typedef struct buffer buffer;
typedef struct funcptr funcptr;
typedef struct lvalue_byte lvalue_byte;
typedef struct lvalue_range lvalue_range;

typedef struct svalue {
    union {
        int64_t n;
        double f;
        lstr *s;
        array *a;           /* T_ARRAY and T_CLASS */
        mapping *m;
        struct object *ob;
        funcptr *fp;
        buffer *b;
        struct svalue *lv;
        lvalue_byte *lvb;
        lvalue_range *lvr;
        void *p;
    } u;
    uint8_t type;
    uint8_t subtype;
    uint16_t x16;           /* per-type extra: class id for T_CLASS */
    uint32_t x32;           /* per-type extra; unused by most types */
} svalue;

_Static_assert(sizeof(svalue) == 16, "svalue must be 16 bytes");

/* ------------------------------------------------------------------ arrays */
struct array {
    uint32_t refs;
    uint32_t size;
    svalue item[];
};
/* A class instance is an array whose svalue has type T_CLASS; x16 holds the
 * class's index in the defining program (for typeof/diagnostics only). */

array *arr_new(size_t n);             /* n zeroed ints; error if over the limit */
array *arr_new_empty(void);           /* shared empty array, new ref */
array *arr_copy(array *a);            /* shallow copy */
array *arr_concat(array *a, array *b);
array *arr_sub(array *a, int64_t from, int64_t to);   /* inclusive, clamped */
array *arr_subtract(array *a, array *b);              /* a - b */
array *arr_intersect(array *a, array *b);             /* a & b */
array *arr_union(array *a, array *b);                 /* a | b */
int64_t arr_find(array *a, const svalue *v, int64_t start);   /* -1 if absent */
void arr_free_(array *a);
static inline array *arr_ref(array *a) { a->refs++; return a; }
static inline void arr_free(array *a) { if (--a->refs == 0) arr_free_(a); }

/* ---------------------------------------------------------------- mappings */
/* Hash table keyed by svalue (strings by content, ints, floats,
 * objects/arrays/etc. by identity); see mapping.c for the layout. Pointers
 * to nodes and values are good until the next insertion into the same
 * mapping; iteration order is the node array's (insertion order, deleted
 * slots being reused). */
typedef struct mnode {
    svalue key;
    svalue val;
} mnode;

struct mapping {
    uint32_t refs;
    uint32_t count;         /* pairs */
    uint32_t mask;          /* buckets - 1 (power of two) */
    uint32_t used;          /* node slots handed out, free ones included */
    uint32_t cap;           /* node slots allocated */
    uint32_t free;          /* first free slot + 1, 0 if none */
    uint32_t *heads;        /* per bucket: its first slot + 1, 0 if empty */
    struct mslot *slots;    /* per slot: chain link and key hash (mapping.c) */
    mnode *nodes;
};

mapping *map_new(size_t hint);
mapping *map_copy(mapping *m);                 /* shallow */
svalue *map_find(mapping *m, const svalue *key);      /* NULL if absent */
svalue *map_find_str(mapping *m, const char *key);    /* convenience lookup */
/* Slot for key, inserting 0 if absent (error past the mapping size limit). */
svalue *map_insert(mapping *m, const svalue *key);
void map_set(mapping *m, const svalue *key, const svalue *val);   /* copies both */
void map_set_str(mapping *m, const char *key, const svalue *val);
void map_delete(mapping *m, const svalue *key);
mapping *map_add(mapping *a, mapping *b);      /* a + b, new mapping */
array *map_keys(mapping *m);
array *map_values(mapping *m);
void map_free_(mapping *m);
/* Drops entries whose key or value is a destructed object (called lazily). */
void map_clean(mapping *m);
static inline mapping *map_ref(mapping *m) { m->refs++; return m; }
static inline void map_free(mapping *m) { if (--m->refs == 0) map_free_(m); }
/* Iteration: for (mnode *n = map_first(m, &i); n; n = map_next(m, n, &i));
 * deleting the current pair is allowed, inserting is not. */
mnode *map_first(mapping *m, uint32_t *cursor);
mnode *map_next(mapping *m, mnode *n, uint32_t *cursor);

/* ----------------------------------------------------------------- buffers */
struct buffer {
    uint32_t refs;
    uint32_t size;
    uint8_t data[];
};
buffer *buf_new(size_t n);                     /* zero filled */
void buf_free_(buffer *b);
static inline void buf_free(buffer *b) { if (--b->refs == 0) buf_free_(b); }

/* -------------------------------------------------------- function pointers */
enum fp_kind {
    FP_LOCAL,       /* (: f :) / (: f, args :): a function of `owner`'s program */
    FP_EFUN,        /* (: write :), (: efun::f, args :) */
    FP_SIMUL,       /* a simul_efun */
    FP_FUNCTIONAL,  /* (: $1 + $2 :) and function(...) { ... }: compiled code */
    FP_CALL_OTHER   /* (: obj, "fn", args :) */
};

struct funcptr {
    uint32_t refs;
    uint8_t kind;
    uint8_t num_args;            /* FP_FUNCTIONAL: declared parameters */
    uint16_t index;              /* FP_LOCAL / FP_FUNCTIONAL: function index in
                                    owner's *object program* (already offset by
                                    the creating frame's function offset);
                                    FP_EFUN / FP_SIMUL: table index */
    uint16_t var_offset;         /* FP_FUNCTIONAL: variable offset of the
                                    creating program inside owner */
    uint16_t fn_offset;          /* FP_FUNCTIONAL: function offset of the
                                    creating program inside owner */
    struct object *owner;        /* counted ref; the object it runs in */
    svalue target;               /* FP_CALL_OTHER: object or string */
    lstr *name;                  /* FP_CALL_OTHER: function name */
    array *args;                 /* bound leading args, or NULL */
    array *captured;             /* FP_FUNCTIONAL: $(expr) values, or NULL */
};
funcptr *fp_new(int kind);
void fp_free_(funcptr *f);
static inline void fp_free(funcptr *f) { if (--f->refs == 0) fp_free_(f); }

/* ------------------------------------------------------------- lvalue bits */
struct lvalue_byte {            /* a char of a string/buffer held by `owner` */
    svalue *owner;              /* the string or buffer slot */
    size_t index;
};
struct lvalue_range {           /* owner[from..to] as an assignment target */
    svalue *owner;
    int64_t from, to;
};

/* ------------------------------------------------------------ value helpers */
extern const svalue const0;          /* plain 0 */
extern const svalue const_undef;     /* undefined 0 */

void sv_free_heap(svalue *v);        /* slow path of sv_free */

static inline void sv_free(svalue *v) {
    if (v->type >= T_STRING && v->type <= T_CLASS) sv_free_heap(v);
    v->type = T_INT; v->subtype = 0; v->u.n = 0;
}
/* *dst = *src with a new reference; dst must not hold a reference. */
void sv_copy(svalue *dst, const svalue *src);
/* dst = src, freeing dst's old value first. */
void sv_assign(svalue *dst, const svalue *src);

static inline void sv_set_int(svalue *v, int64_t n) { v->type = T_INT; v->subtype = 0; v->u.n = n; }
static inline void sv_set_float(svalue *v, double f) { v->type = T_FLOAT; v->subtype = 0; v->u.f = f; }
/* The set_* for refcounted types take over the caller's reference. */
static inline void sv_set_str(svalue *v, lstr *s) { v->type = T_STRING; v->subtype = 0; v->u.s = s; }
static inline void sv_set_arr(svalue *v, array *a) { v->type = T_ARRAY; v->subtype = 0; v->u.a = a; }
static inline void sv_set_map(svalue *v, mapping *m) { v->type = T_MAPPING; v->subtype = 0; v->u.m = m; }
static inline void sv_set_buf(svalue *v, buffer *b) { v->type = T_BUFFER; v->subtype = 0; v->u.b = b; }
static inline void sv_set_fp(svalue *v, funcptr *f) { v->type = T_FUNCTION; v->subtype = 0; v->u.fp = f; }
void sv_set_obj(svalue *v, struct object *ob);   /* adds a reference; ob may be NULL -> 0 */
void sv_set_cstr(svalue *v, const char *s);      /* new unshared string */

/* True (nonzero) in LPC's sense: anything but int 0 and destructed objects. */
int sv_truthy(const svalue *v);
/* Equality as `==`: ints/floats by value (int == float compares numerically),
 * strings by content, everything else by identity. */
int sv_equal(const svalue *a, const svalue *b);
/* Total order used by sort_array and mapping-free comparisons: numbers,
 * then strings, then others by address. */
int sv_compare(const svalue *a, const svalue *b);
uint32_t sv_hash(const svalue *v);
/* If v holds a destructed object, replace it by 0; returns v. As in 2.7,
 * the 0 is a plain one in a VM stack slot (2.7 zeroes the stack's
 * references when the object goes) and undefined anywhere else (a global,
 * an element, a mapping value: what 2.7 reads there later). */
svalue *sv_check_object(svalue *v);
/* The replacement itself, for v holding a destructed object. */
void sv_drop_dead_object(svalue *v);
const char *type_name(int type);     /* "int", "string", ... as typeof() */
/* Deep copy as the copy() efun: arrays, mappings, classes recursively. */
void sv_deep_copy(svalue *dst, const svalue *src);

#endif
