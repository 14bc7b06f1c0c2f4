/*
 * arith.c — the binary and unary operators on every pair of types: the
 * slow paths behind the interpreter's inline int/float cases.
 *
 * Semantics are FluffOS 2.7's: ints are 64-bit and wrap; int with float
 * gives float; `+` joins a string with an int ("%d"), a float ("%f") or an
 * object (its name); arrays add, subtract and intersect (`&`, `|`);
 * mappings add; division by zero (int or float) is an error, and
 * MIN_INT / -1 and MIN_INT % -1 wrap instead of trapping.
 */
#include <stdio.h>
#include <string.h>
#include "limits.h"
#include "opcodes.h"
#include "vmint.h"
#include "../efun/sprintf.h"

static const char *op_sign(int op) {
    static const char *const signs[] = { "+", "-", "*", "/", "%", "&", "|", "^",
                                         "<<", ">>", "==", "!=", "<", "<=", ">", ">=" };
    return op >= OP_ADD && op <= OP_GE ? signs[op - OP_ADD] : "?";
}

/* `+` on types it cannot join.  2.7's wording varies with the right
 * operand's type (two spaces, trailing period or not); mudlibs match on it. */
static _Noreturn void bad_add(const svalue *a, const svalue *b) {
    const char *fmt;
    switch (b->type) {
    case T_BUFFER: fmt = "Bad type argument to +. Had %s and %s."; break;
    case T_FLOAT: case T_ARRAY: case T_MAPPING: case T_STRING:
        fmt = "Bad type argument to +. Had %s and %s"; break;
    default: fmt = "Bad type argument to +.  Had %s and %s."; break;
    }
    vm_error(fmt, type_name(a->type), type_name(b->type));
}

/* "Bad argument N to OP\nExpected: TYPES Got: VALUE." as 2.7 words an
 * operand of the wrong type; TYPES in MudOS order (int string array object
 * mapping function float buffer class). */
static _Noreturn void bad_operand(int op, int argn, uint32_t mask, const svalue *got) {
    static const int mudos_order[] = { T_INT, T_STRING, T_ARRAY, T_OBJECT, T_MAPPING,
                                 T_FUNCTION, T_FLOAT, T_BUFFER, T_CLASS };
    char want[128], have[4096];
    size_t used = 0;
    want[0] = '\0';
    for (size_t i = 0; i < sizeof mudos_order / sizeof mudos_order[0]; i++) {
        if (!(mask & TM(mudos_order[i]))) continue;
        int w = snprintf(want + used, sizeof want - used, "%s%s", used ? " or " : "",
                         type_name(mudos_order[i]));
        if (w < 0 || (size_t)w >= sizeof want - used) break;
        used += (size_t)w;
    }
    lstr *s = sprintf_value(got);
    snprintf(have, sizeof have, "%s", s->data);
    str_free(s);
    vm_error("Bad argument %d to %s\nExpected: %s Got: %s.", argn, op_sign(op), want, have);
}

/* Checks each operand against `mask` in order, as 2.7's CHECK_TYPES. */
static void check_operands(int op, uint32_t mask, const svalue *a, const svalue *b) {
    if (!(TM(a->type) & mask)) bad_operand(op, 1, mask, a);
    if (!(TM(b->type) & mask)) bad_operand(op, 2, mask, b);
}

static inline int is_num(const svalue *v) { return v->type == T_INT || v->type == T_FLOAT; }
static inline double num(const svalue *v) { return v->type == T_INT ? (double)v->u.n : v->u.f; }

/* The decimal text of n into buf (at least 21 bytes, no NUL); returns its
 * length. snprintf's format parsing was most of `s + i` in loops. */
static size_t int_text(int64_t n, char *buf) {
    char tmp[20];
    uint64_t u = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
    size_t k = 0, len = 0;
    do tmp[k++] = (char)('0' + u % 10); while ((u /= 10) != 0);
    if (n < 0) buf[len++] = '-';
    while (k) buf[len++] = tmp[--k];
    return len;
}

int arith_text(const svalue *v, char *buf, size_t n, const char **p, size_t *len) {
    switch (v->type) {
    case T_STRING:
        *p = v->u.s->data;
        *len = v->u.s->len;
        return 1;
    case T_INT:
        *len = int_text(v->u.n, buf);
        *p = buf;
        return 1;
    case T_FLOAT:
        *len = (size_t)snprintf(buf, n, "%f", v->u.f);
        if (*len >= n) *len = n - 1;
        *p = buf;
        return 1;
    case T_OBJECT:
        if (ob_dead(v->u.ob)) return 0;
        *p = v->u.ob->name->data;
        *len = v->u.ob->name->len;
        return 1;
    default:
        return 0;
    }
}

/* a + b where one side is a string. */
static void add_strings(svalue *r, const svalue *a, const svalue *b) {
    char ba[ARITH_TEXT_MAX], bb[ARITH_TEXT_MAX];
    const char *pa, *pb;
    size_t la, lb;
    if ((a->type != T_STRING && b->type != T_STRING) ||
        !arith_text(a, ba, sizeof ba, &pa, &la) || !arith_text(b, bb, sizeof bb, &pb, &lb))
        bad_add(a, b);
    if ((int64_t)(la + lb) > limit_string_length) vm_error("Maximum string length exceeded.");
    lstr *s = str_alloc(la + lb);
    memcpy(s->data, pa, la);
    memcpy(s->data + la, pb, lb);
    sv_set_str(r, s);
}

static void add(svalue *r, const svalue *a, const svalue *b) {
    if (a->type == T_INT && b->type == T_INT) {
        sv_set_int(r, (int64_t)((uint64_t)a->u.n + (uint64_t)b->u.n));
    } else if (is_num(a) && is_num(b)) {
        sv_set_float(r, num(a) + num(b));
    } else if (a->type == T_STRING || b->type == T_STRING) {
        add_strings(r, a, b);
    } else if (a->type == T_ARRAY && b->type == T_ARRAY) {
        sv_set_arr(r, arr_concat(a->u.a, b->u.a));
    } else if (a->type == T_MAPPING && b->type == T_MAPPING) {
        sv_set_map(r, map_add(a->u.m, b->u.m));
    } else if (a->type == T_BUFFER && b->type == T_BUFFER) {
        buffer *x = buf_new((size_t)a->u.b->size + b->u.b->size);
        memcpy(x->data, a->u.b->data, a->u.b->size);
        memcpy(x->data + a->u.b->size, b->u.b->data, b->u.b->size);
        sv_set_buf(r, x);
    } else {
        bad_add(a, b);
    }
}

static void sub(svalue *r, const svalue *a, const svalue *b) {
    if (a->type == T_INT && b->type == T_INT)
        sv_set_int(r, (int64_t)((uint64_t)a->u.n - (uint64_t)b->u.n));
    else if (is_num(a) && is_num(b))
        sv_set_float(r, num(a) - num(b));
    else if (a->type == T_ARRAY && b->type == T_ARRAY)
        sv_set_arr(r, arr_subtract(a->u.a, b->u.a));
    else if (!(TM(a->type) & (TM_INT | TM(T_FLOAT) | TM(T_ARRAY))))
        vm_error("Bad left type to -.");
    else if (!(TM(b->type) & (TM_INT | TM(T_FLOAT) | TM(T_ARRAY))))
        vm_error("Bad right type to -.");
    else
        vm_error("Arguments to - do not have compatible types.");
}

/* m1 * m2: the keys of m1 whose value is a key of m2, mapped to m2's value
 * for it (2.7's composition); other keys are dropped. */
static mapping *map_compose(mapping *m1, mapping *m2) {
    mapping *r = map_new(m1->count);
    uint32_t bucket;
    for (mnode *n = map_first(m1, &bucket); n; n = map_next(m1, n, &bucket)) {
        svalue *v = map_find(m2, &n->val);
        if (v) map_set(r, &n->key, v);
    }
    return r;
}

static void mul(svalue *r, const svalue *a, const svalue *b) {
    if (a->type == T_INT && b->type == T_INT)
        sv_set_int(r, (int64_t)((uint64_t)a->u.n * (uint64_t)b->u.n));
    else if (is_num(a) && is_num(b))
        sv_set_float(r, num(a) * num(b));
    else if (a->type == T_MAPPING && b->type == T_MAPPING)
        sv_set_map(r, map_compose(a->u.m, b->u.m));
    else {
        check_operands(OP_MUL, TM_INT | TM(T_FLOAT) | TM(T_MAPPING), a, b);
        vm_error("Args to * are not compatible.");
    }
}

static void divide(svalue *r, const svalue *a, const svalue *b) {
    if (a->type == T_INT && b->type == T_INT) {
        if (b->u.n == 0) vm_error("Division by zero");
        else if (b->u.n == -1) sv_set_int(r, (int64_t)(0 - (uint64_t)a->u.n));
        else sv_set_int(r, a->u.n / b->u.n);
    } else if (is_num(a) && is_num(b)) {
        if (num(b) == 0.0)
            vm_error(a->type == T_INT ? "Division by 0.0" : "Division by zero");
        sv_set_float(r, num(a) / num(b));
    } else {
        check_operands(OP_DIV, TM_INT | TM(T_FLOAT), a, b);
    }
}

static void modulo(svalue *r, const svalue *a, const svalue *b) {
    check_operands(OP_MOD, TM_INT, a, b);
    if (b->u.n == 0) vm_error("Modulus by zero.");
    else sv_set_int(r, b->u.n == -1 ? 0 : a->u.n % b->u.n);
}

static void bits(int op, svalue *r, const svalue *a, const svalue *b) {
    if (a->type == T_ARRAY && b->type == T_ARRAY && (op == OP_AND || op == OP_OR)) {
        sv_set_arr(r, op == OP_AND ? arr_intersect(a->u.a, b->u.a) : arr_union(a->u.a, b->u.a));
        return;
    }
    check_operands(op, TM_INT, a, b);
    int64_t x = a->u.n, y = b->u.n;
    switch (op) {
    case OP_AND: sv_set_int(r, x & y); break;
    case OP_OR:  sv_set_int(r, x | y); break;
    case OP_XOR: sv_set_int(r, x ^ y); break;
    case OP_LSH: sv_set_int(r, (int64_t)((uint64_t)x << (y & 63))); break;
    default:     sv_set_int(r, x >> (y & 63)); break;
    }
}

/* -1, 0, 1 for the ordered comparisons: numbers with numbers, strings
 * with strings. */
static int order(int op, const svalue *a, const svalue *b) {
    if (a->type == T_INT && b->type == T_INT) return (a->u.n > b->u.n) - (a->u.n < b->u.n);
    if (is_num(a) && is_num(b)) {
        double x = num(a), y = num(b);
        return (x > y) - (x < y);
    }
    if (a->type == T_STRING && b->type == T_STRING) {
        int c = str_cmp(a->u.s, b->u.s);
        return (c > 0) - (c < 0);
    }
    if (is_num(a)) bad_operand(op, 2, TM_INT | TM(T_FLOAT), b);
    if (a->type == T_STRING) bad_operand(op, 2, TM(T_STRING), b);
    bad_operand(op, 1, TM_INT | TM(T_STRING) | TM(T_FLOAT), a);
}

void arith_binary(int op, svalue *r, const svalue *a, const svalue *b) {
    switch (op) {
    case OP_ADD: add(r, a, b); return;
    case OP_SUB: sub(r, a, b); return;
    case OP_MUL: mul(r, a, b); return;
    case OP_DIV: divide(r, a, b); return;
    case OP_MOD: modulo(r, a, b); return;
    case OP_AND: case OP_OR: case OP_XOR: case OP_LSH: case OP_RSH:
        bits(op, r, a, b);
        return;
    case OP_EQ: sv_set_int(r, sv_equal(a, b)); return;
    case OP_NE: sv_set_int(r, !sv_equal(a, b)); return;
    case OP_LT: sv_set_int(r, order(op, a, b) < 0); return;
    case OP_LE: sv_set_int(r, order(op, a, b) <= 0); return;
    case OP_GT: sv_set_int(r, order(op, a, b) > 0); return;
    case OP_GE: sv_set_int(r, order(op, a, b) >= 0); return;
    default: vm_error("Bad binary operator %d", op);
    }
}

void arith_unary(int op, svalue *v) {
    if (op == OP_NEG) {
        if (v->type == T_INT) sv_set_int(v, (int64_t)(0 - (uint64_t)v->u.n));
        else if (v->type == T_FLOAT) v->u.f = -v->u.f;
        else vm_error("Bad argument to unary minus");
    } else {
        if (v->type != T_INT) vm_error("Bad argument to ~");
        sv_set_int(v, ~v->u.n);
    }
}
