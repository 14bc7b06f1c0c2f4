/*
 * lvalue.c — making, reading, storing through and releasing lvalues (see
 * lvalue.h for the representation), plus the compound assignments and
 * ++/-- that work through them.
 *
 * Boxes (mapping key, string char, range) come from a free list, so an
 * assignment to m[k] or s[i] allocates nothing in the steady state.
 */
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "limits.h"
#include "lvalue.h"
#include "opcodes.h"
#include "vmint.h"

typedef struct lvbox {
    struct lvbox *next;          /* free list link */
    svalue base;                 /* the mapping, or the container's lvalue */
    svalue key;                  /* LV_MAPKEY: the key */
    int64_t from, to;            /* char index; range bounds */
} lvbox;

static lvbox *free_boxes;

static lvbox *box_new(void) {
    lvbox *b = free_boxes;
    if (b) free_boxes = b->next;
    else b = xmalloc(sizeof *b);
    b->base = const0;
    b->key = const0;
    b->from = b->to = 0;
    return b;
}

static void box_free(lvbox *b) {
    vm_free(&b->base);
    vm_free(&b->key);
    b->next = free_boxes;
    free_boxes = b;
}

void lv_shutdown(void) {
    while (free_boxes) {
        lvbox *b = free_boxes;
        free_boxes = b->next;
        free(b);
    }
}

static inline lvbox *box_of(const svalue *lv) { return (lvbox *)lv->u.p; }

static void set_lv(svalue *v, int type, int kind, void *p, uint32_t x) {
    v->type = (uint8_t)type;
    v->subtype = (uint8_t)kind;
    v->x16 = 0;
    v->x32 = x;
    v->u.p = p;
}

/* ------------------------------------------------------------ life cycle */

void lv_release(svalue *lv) {
    switch (lv->type) {
    case T_LVALUE:
        if (lv->subtype == LV_ELEM) arr_free(lv->u.a);
        else if (lv->subtype == LV_MAPKEY) box_free(box_of(lv));
        break;
    case T_LVALUE_BYTE:
        if (lv->subtype == LVB_BUF) buf_free(lv->u.b);
        else box_free(box_of(lv));
        break;
    case T_LVALUE_RANGE:
        box_free(box_of(lv));
        break;
    default:
        if (sv_is_heap(lv)) sv_free_heap(lv);
        break;
    }
    sv_set_int(lv, 0);
}

void lv_dup(svalue *dst, const svalue *src) {
    *dst = *src;
    switch (src->type) {
    case T_LVALUE:
        if (src->subtype == LV_ELEM) arr_ref(src->u.a);
        else if (src->subtype == LV_MAPKEY) {
            lvbox *b = box_new(), *o = box_of(src);
            sv_dup(&b->base, &o->base);
            sv_dup(&b->key, &o->key);
            dst->u.p = b;
        }
        break;
    case T_LVALUE_BYTE:
    case T_LVALUE_RANGE:
        if (src->type == T_LVALUE_BYTE && src->subtype == LVB_BUF) {
            src->u.b->refs++;
        } else {
            lvbox *b = box_new(), *o = box_of(src);
            lv_dup(&b->base, &o->base);
            b->from = o->from;
            b->to = o->to;
            dst->u.p = b;
        }
        break;
    default:
        sv_dup(dst, src);
        break;
    }
}

/* ----------------------------------------------------------------- reading */

/* The value a T_LVALUE names, without inserting: NULL for a missing key. */
static svalue *lv_peek(svalue *lv) {
    switch (lv->subtype) {
    case LV_SLOT: return lv->u.lv;
    case LV_ELEM: return lv->x32 < lv->u.a->size ? &lv->u.a->item[lv->x32] : NULL;
    default:      return map_find(box_of(lv)->base.u.m, &box_of(lv)->key);
    }
}

svalue *lv_target(svalue *lv) {
    switch (lv->subtype) {
    case LV_SLOT: return lv->u.lv;
    case LV_ELEM:
        if (lv->x32 >= lv->u.a->size) vm_error("Array index out of bounds.");
        return &lv->u.a->item[lv->x32];
    default:
        return map_insert(box_of(lv)->base.u.m, &box_of(lv)->key);
    }
}

/* The string or buffer slot under a char/range lvalue's box. */
static svalue *container_slot(lvbox *b) {
    if (b->base.type != T_LVALUE) vm_error("Illegal lvalue.");
    return lv_target(&b->base);
}

void lv_get(svalue *dst, svalue *lv) {
    switch (lv->type) {
    case T_LVALUE: {
        svalue *v = lv_peek(lv);
        if (!v) { *dst = const_undef; return; }
        sv_fix_object(v);
        sv_dup(dst, v);
        return;
    }
    case T_LVALUE_BYTE:
        if (lv->subtype == LVB_BUF) {
            sv_set_int(dst, lv->x32 < lv->u.b->size ? lv->u.b->data[lv->x32] : 0);
        } else {
            svalue *s = container_slot(box_of(lv));
            int64_t i = box_of(lv)->from;
            if (s->type != T_STRING || i >= (int64_t)s->u.s->len)
                vm_error("Index out of bounds in string index lvalue.");
            sv_set_int(dst, (unsigned char)s->u.s->data[i]);
        }
        return;
    case T_LVALUE_RANGE: {
        svalue *c = container_slot(box_of(lv));
        svalue tmp[3];
        sv_dup(&tmp[0], c);
        sv_set_int(&tmp[1], box_of(lv)->from);
        sv_set_int(&tmp[2], box_of(lv)->to);
        /* vm_range works on stack-like slots; tmp has no references to lose */
        vm_range(tmp, 0);
        *dst = tmp[0];
        return;
    }
    default:
        sv_dup(dst, lv);
        return;
    }
}

/* ----------------------------------------------------------------- storing */

/* An unshared, writable copy of the string in slot s. */
static lstr *own_string(svalue *s) {
    lstr *str = s->u.s;
    if (str->refs > 1 || str->interned) {
        lstr *c = str_new(str->data, str->len);
        str_free(str);
        s->u.s = str = c;
    }
    str->hash = 0;
    return str;
}

static void assign_char(svalue *lv, const svalue *v) {
    if (v->type != T_INT) vm_error("Illegal rhs to char lvalue");
    if (lv->subtype == LVB_BUF) {
        if (lv->x32 >= lv->u.b->size) vm_error("Buffer index out of bounds.");
        lv->u.b->data[lv->x32] = (uint8_t)v->u.n;
        return;
    }
    lvbox *b = box_of(lv);
    svalue *s = container_slot(b);
    if (s->type != T_STRING || b->from >= (int64_t)s->u.s->len)
        vm_error("Index out of bounds in string index lvalue.");
    if ((uint8_t)v->u.n == 0) vm_error("Strings cannot contain 0 bytes.");
    own_string(s)->data[b->from] = (char)(uint8_t)v->u.n;
}

/* Range bounds against a container of `size`, as FluffOS checks them. */
static void check_range(int64_t from, int64_t to, int64_t size) {
    if (to < -1 || to >= size)
        vm_error("The 2nd index to range lvalue must be >= -1 and < sizeof(indexed value)");
    if (from < 0 || from > size)
        vm_error("The 1st index to range lvalue must be >= 0 and <= sizeof(indexed value)");
}

static void assign_range(svalue *lv, const svalue *v) {
    lvbox *b = box_of(lv);
    svalue *c = container_slot(b);
    int64_t from = b->from, to = b->to;
    switch (c->type) {
    case T_ARRAY: {
        array *a = c->u.a;
        if (v->type != T_ARRAY) vm_error("Illegal rhs to array range lvalue");
        check_range(from, to, a->size);
        int64_t tail = to + 1;
        if (v->u.a->size == tail - from) {
            /* same length: FluffOS stores in place, so aliases see it */
            for (uint32_t i = 0; i < v->u.a->size; i++)
                sv_assign(&a->item[from + i], &v->u.a->item[i]);
            return;
        }
        size_t n = (size_t)from + v->u.a->size + (size_t)(a->size - tail);
        array *r = arr_new(n);
        size_t k = 0;
        for (int64_t i = 0; i < from; i++) sv_dup(&r->item[k++], &a->item[i]);
        for (uint32_t i = 0; i < v->u.a->size; i++) sv_dup(&r->item[k++], &v->u.a->item[i]);
        for (int64_t i = tail; i < a->size; i++) sv_dup(&r->item[k++], &a->item[i]);
        c->u.a = r;
        arr_free(a);
        return;
    }
    case T_STRING: {
        lstr *s = c->u.s;
        if (v->type != T_STRING) vm_error("Illegal rhs to string range lvalue.");
        check_range(from, to, (int64_t)s->len);
        int64_t tail = to + 1;
        size_t n = (size_t)from + v->u.s->len + (s->len - (size_t)tail);
        if ((int64_t)n > limit_string_length) vm_error("Maximum string length exceeded.");
        lstr *r = str_alloc(n);
        memcpy(r->data, s->data, (size_t)from);
        memcpy(r->data + from, v->u.s->data, v->u.s->len);
        memcpy(r->data + from + v->u.s->len, s->data + tail, s->len - (size_t)tail);
        c->u.s = r;
        str_free(s);
        return;
    }
    case T_BUFFER: {
        buffer *s = c->u.b;
        if (v->type != T_BUFFER) vm_error("Illegal rhs to buffer range lvalue.");
        check_range(from, to, s->size);
        int64_t tail = to + 1;
        size_t n = (size_t)from + v->u.b->size + (s->size - (size_t)tail);
        buffer *r = buf_new(n);
        memcpy(r->data, s->data, (size_t)from);
        memcpy(r->data + from, v->u.b->data, v->u.b->size);
        memcpy(r->data + from + v->u.b->size, s->data + tail, s->size - (size_t)tail);
        c->u.b = r;
        buf_free(s);
        return;
    }
    default:
        vm_error("Range lvalue on illegal type");
    }
}

void lv_assign(svalue *lv, const svalue *v) {
    switch (lv->type) {
    case T_LVALUE:       sv_assign(lv_target(lv), v); return;
    case T_LVALUE_BYTE:  assign_char(lv, v); return;
    case T_LVALUE_RANGE: assign_range(lv, v); return;
    default:             vm_error("Assignment to a non-lvalue.");
    }
}

/* ------------------------------------------------------------------ makers */

static _Noreturn void bad_index_target(const svalue *c) {
    if (c->type == T_INT && c->u.n == 0) vm_error("Value being indexed is zero.");
    vm_error("Cannot index value of type '%s'.", type_name(c->type));
}

/* The current container value under lv. A missing mapping key is added
 * (as 0) first, as 2.7 does before indexing further: `m[k][i] = v` with
 * no m[k] fails but leaves m[k] = 0 behind. */
static const svalue *lv_container(svalue *lv) {
    if (lv->type != T_LVALUE) vm_error("Illegal to make char lvalue from assigned string");
    if (lv->subtype == LV_MAPKEY) return lv_target(lv);
    const svalue *c = lv_peek(lv);
    return c ? c : &const0;
}

void lv_index(svalue *lv, int from_end) {
    svalue *ix = lv + 1;
    const svalue *c = lv_container(lv);
    if (c->type == T_MAPPING) {
        if (from_end) vm_error("Illegal index type for a mapping: <");
        lvbox *b = box_new();
        sv_set_map(&b->base, map_ref(c->u.m));
        b->key = *ix;                         /* moves the index */
        *ix = const0;
        lv_release(lv);
        set_lv(lv, T_LVALUE, LV_MAPKEY, b, 0);
        return;
    }
    if (c->type != T_ARRAY && c->type != T_STRING && c->type != T_BUFFER) bad_index_target(c);
    if (ix->type != T_INT) vm_error("Illegal type of index");
    int64_t i = ix->u.n;
    switch (c->type) {
    case T_ARRAY: {
        array *a = c->u.a;
        if (from_end) i = a->size - i;
        if (i < 0 || i >= a->size) vm_error("Array index out of bounds.");
        arr_ref(a);
        lv_release(lv);
        set_lv(lv, T_LVALUE, LV_ELEM, a, (uint32_t)i);
        return;
    }
    case T_STRING: {
        int64_t len = (int64_t)c->u.s->len;
        if (from_end) i = len - i;
        if (i < 0 || i >= len) vm_error("Index out of bounds in string index lvalue.");
        lvbox *b = box_new();
        b->base = *lv;                        /* the string's own lvalue */
        b->from = i;
        set_lv(lv, T_LVALUE_BYTE, LVB_STR, b, 0);
        return;
    }
    case T_BUFFER: {
        buffer *buf = c->u.b;
        if (from_end) i = buf->size - i;
        if (i < 0 || i >= buf->size) vm_error("Buffer index out of bounds.");
        buf->refs++;
        lv_release(lv);
        set_lv(lv, T_LVALUE_BYTE, LVB_BUF, buf, (uint32_t)i);
        return;
    }
    }
}

void lv_range(svalue *lv, int flags) {
    const svalue *c = lv_container(lv);
    svalue *bound = lv + 1;
    int64_t size, from = 0, to;
    switch (c->type) {
    case T_ARRAY:  size = c->u.a->size; break;
    case T_STRING: size = (int64_t)c->u.s->len; break;
    case T_BUFFER: size = c->u.b->size; break;
    default:       bad_index_target(c);
    }
    to = size - 1;
    if (!(flags & RANGE_NO_FROM)) {
        if (bound->type != T_INT) vm_error("Illegal 1st index type to range lvalue");
        from = flags & RANGE_FROM_END ? size - bound->u.n : bound->u.n;
        bound++;
    }
    if (!(flags & RANGE_NO_TO)) {
        if (bound->type != T_INT) vm_error("Illegal 2nd index type to range lvalue");
        to = flags & RANGE_TO_END ? size - bound->u.n : bound->u.n;
        bound++;
    }
    check_range(from, to, size);
    for (svalue *b = lv + 1; b < bound; b++) vm_free(b);
    lvbox *b = box_new();
    b->base = *lv;
    b->from = from;
    b->to = to;
    set_lv(lv, T_LVALUE_RANGE, 0, b, 0);
}

void lv_member(svalue *lv, int member) {
    const svalue *c = lv_container(lv);
    if (c->type != T_CLASS) vm_error("Tried to take a member of something that isn't a class.");
    if ((uint32_t)member >= c->u.a->size) vm_error("Class has no corresponding member.");
    array *a = arr_ref(c->u.a);
    lv_release(lv);
    set_lv(lv, T_LVALUE, LV_ELEM, a, (uint32_t)member);
}

/* ------------------------------------------------------- compound updates */

/* s += v in place when the slot holds the only reference. */
static int append_in_place(svalue *dst, const svalue *v) {
    char buf[ARITH_TEXT_MAX];
    const char *p;
    size_t n;
    if (!arith_text(v, buf, sizeof buf, &p, &n)) return 0;
    if ((int64_t)(dst->u.s->len + n) > limit_string_length)
        vm_error("Maximum string length exceeded.");
    dst->u.s = str_append(dst->u.s, p, n);
    return 1;
}

/* m += m2 adds m2's pairs to m itself, as 2.7 does. */
static void absorb_mapping(mapping *m, mapping *add) {
    if (m == add) return;
    uint32_t bucket;
    for (mnode *n = map_first(add, &bucket); n; n = map_next(add, n, &bucket))
        map_set(m, &n->key, &n->val);
}

/* A double result stored into an int variable (2.7: `int x; x += 0.5`). */
static int64_t to_int_trunc(double d) {
    if (d != d) return 0;
    if (d >= 9.2233720368547758e18) return INT64_MAX;
    if (d <= -9.2233720368547758e18) return INT64_MIN;
    return (int64_t)d;
}

/* 2.7's += is narrower than +: a float takes only numbers, and an object
 * (which + turns into its name) cannot be the left side at all. */
static void check_add_eq(const svalue *dst, const svalue *v) {
    if (dst->type == T_FLOAT && v->type != T_INT && v->type != T_FLOAT)
        vm_error("Left hand side of += is a number (or zero); right side is not a number.");
    if (dst->type == T_OBJECT)
        vm_error("Bad argument 1 to +=");
}

/* New value of slot dst after `dst OP= v`, stored in dst; *res gets the
 * expression's value: a copy of it, except that when an int slot took a
 * float operand under -=, *= or /= the slot keeps the truncated int but
 * 2.7 gives the expression that int as a float. For m[k] += m2, dst may
 * move (m[k] can be m itself, which then grows): the mapping is held by
 * pointer instead. */
static void update_slot(int op, svalue *dst, const svalue *v, svalue *res) {
    svalue r;
    if (op == OP_ADD && dst->type == T_STRING && append_in_place(dst, v)) {
        sv_dup(res, dst);
        return;
    }
    if (op == OP_ADD && dst->type == T_MAPPING && v->type == T_MAPPING) {
        mapping *m = dst->u.m;
        absorb_mapping(m, v->u.m);
        sv_set_map(res, map_ref(m));
        return;
    }
    if (op == OP_AND && dst->type == T_ARRAY && v->type == T_ARRAY) {
        /* 2.7's a &= b keeps the elements of b that are in a */
        array *both = arr_intersect(v->u.a, dst->u.a);
        arr_free(dst->u.a);
        dst->u.a = both;
        sv_dup(res, dst);
        return;
    }
    if (op == OP_ADD) check_add_eq(dst, v);
    if (dst->type == T_INT && v->type != T_INT && v->type != T_FLOAT)
        vm_error("Left hand side of %s= is a number (or zero); right side is not a number.",
                 op == OP_ADD ? "+" : op == OP_SUB ? "-" : op == OP_MUL ? "*" : "/");
    arith_binary(op, &r, dst, v);
    int float_value = 0;
    if (dst->type == T_INT && r.type == T_FLOAT) {
        sv_set_int(&r, to_int_trunc(r.u.f));
        float_value = op != OP_ADD;
    }
    svalue old = *dst;
    *dst = r;
    vm_free(&old);
    if (float_value) sv_set_float(res, (double)dst->u.n);
    else sv_dup(res, dst);
}

static const char *op_symbol(int bop) {
    static const char *const sym[] = { "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>" };
    return sym[bop - OP_ADD];
}

void lv_compound(int op, svalue *lv) {
    int bop = OP_ADD + (op - OP_ADD_EQ);
    svalue *v = lv + 1, res;
    if (lv->type == T_LVALUE) {
        svalue *dst = lv_target(lv);
        sv_fix_object(dst);
        update_slot(bop, dst, v, &res);
    } else {
        svalue cur;
        lv_get(&cur, lv);
        vm_sp++;                              /* keep cur owned by the stack */
        *vm_sp = cur;
        /* 2.7 updates a char only by += and -=, and no range at all */
        if (lv->type != T_LVALUE_BYTE || (op != OP_ADD_EQ && op != OP_SUB_EQ))
            vm_error("Bad left type to %s=", op_symbol(bop));
        if (v->type != T_INT)
            vm_error("Bad right type to %s= of char lvalue.", op == OP_ADD_EQ ? "+" : "-");
        arith_binary(bop, &res, vm_sp, v);
        vm_free(vm_sp);
        *vm_sp = res;
        lv_assign(lv, &res);
        vm_sp--;
        if (op == OP_SUB_EQ) sv_dup(&res, v);   /* 2.7: s[i] -= n gives n */
    }
    vm_free(v);
    lv_release(lv);
    *lv = res;
}

void lv_index_update(svalue *c, int op) {
    int incdec = op == OP_PRE_INC || op == OP_PRE_DEC;
    svalue *t = vm_sp - !incdec;              /* k [v] -> lv k [v] */
    memmove(t + 1, t, (incdec ? 1 : 2) * sizeof(svalue));
    set_lv(t, T_LVALUE, LV_SLOT, c, 0);
    vm_sp++;
    lv_index(t, 0);                           /* lv(c[k]) [v]: the key is used up */
    if (incdec) {
        vm_sp = t;
        lv_incdec(op, t);
    } else {
        t[1] = t[2];
        vm_sp = t + 1;
        lv_compound(op, t);
        vm_sp = t;
    }
    vm_free(t);
    vm_sp = t - 1;
}

void lv_incdec(int op, svalue *lv) {
    int inc = op == OP_PRE_INC || op == OP_POST_INC;
    int post = op == OP_POST_INC || op == OP_POST_DEC;
    svalue cur, now;
    if (lv->type == T_LVALUE) {
        svalue *dst = lv_target(lv);
        if (dst->type == T_INT) {
            cur = *dst;
            dst->subtype = 0;
            dst->u.n = (int64_t)((uint64_t)dst->u.n + (inc ? 1u : (uint64_t)-1));
            now = *dst;
        } else if (dst->type == T_FLOAT) {
            cur = *dst;
            dst->u.f += inc ? 1.0 : -1.0;
            now = *dst;
        } else {
            vm_error("%s of non-numeric argument", inc ? "++" : "--");
        }
    } else if (lv->type == T_LVALUE_BYTE) {
        lv_get(&cur, lv);
        sv_set_int(&now, (int64_t)(uint8_t)(cur.u.n + (inc ? 1 : -1)));
        lv_assign(lv, &now);
    } else {
        vm_error("%s of non-numeric argument", inc ? "++" : "--");
    }
    lv_release(lv);
    *lv = post ? cur : now;
}
