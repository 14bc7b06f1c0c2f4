/*
 * index.c — reading parts of values: c[i] and c[<i] on arrays, mappings,
 * strings and buffers; ranges c[a..b] with every from-the-end form; the
 * foreach iteration state; and the SWITCH table lookup.
 *
 * 2.7 details kept: a string index equal to the length reads 0 (the NUL
 * after the last byte), chars read as unsigned; ranges clamp instead of
 * failing; an element that is a destructed object reads as 0.
 */
#include <stdio.h>
#include <string.h>
#include "lvalue.h"
#include "opcodes.h"
#include "vmint.h"
#include "../efun/sprintf.h"

static _Noreturn void bad_index_target(const svalue *c) {
    if (c->type == T_INT && c->u.n == 0) vm_error("Value being indexed is zero.");
    vm_error("Cannot index value of type '%s'.", type_name(c->type));
}

void vm_index(svalue *c, svalue *ix, int from_end) {
    svalue r;
    int64_t i;
    if (c->type == T_MAPPING) {
        if (from_end) vm_error("Illegal index type for a mapping: <");
        svalue *v = map_find(c->u.m, ix);
        if (v) { sv_fix_object(v); sv_dup(&r, v); }
        else r = const_undef;
        vm_free(ix);
        vm_free(c);
        *c = r;
        return;
    }
    if (ix->type != T_INT) {
        if (c->type == T_STRING) vm_error("String indexes must be integers.");
        if (c->type == T_ARRAY) vm_error("Array indexes must be integers.");
        if (c->type == T_BUFFER) vm_error("Buffer indexes must be integers.");
        bad_index_target(c);
    }
    i = ix->u.n;
    switch (c->type) {
    case T_ARRAY: {
        array *a = c->u.a;
        if (from_end) i = a->size - i;
        else if (i < 0) vm_error("Array index must be positive or zero.");
        if (i < 0 || i >= a->size) vm_error("Array index out of bounds.");
        else {
            sv_fix_object(&a->item[i]);
            sv_dup(&r, &a->item[i]);
        }
        break;
    }
    case T_STRING: {
        int64_t len = (int64_t)c->u.s->len;
        if (from_end) i = len - i;
        if (i < 0 || i > len) vm_error("String index out of bounds.");
        sv_set_int(&r, i == len ? 0 : (unsigned char)c->u.s->data[i]);
        break;
    }
    case T_BUFFER: {
        buffer *b = c->u.b;
        if (from_end) i = b->size - i;
        if (i < 0 || i >= b->size) vm_error("Buffer index out of bounds.");
        else sv_set_int(&r, b->data[i]);
        break;
    }
    default:
        bad_index_target(c);
    }
    vm_free(c);
    *c = r;
}

void vm_index_slot(svalue *c) {
    svalue *k = vm_sp;
    if (c->type == T_MAPPING) {
        svalue *v = map_find(c->u.m, k), r;
        if (v) { sv_fix_object(v); sv_dup(&r, v); }
        else r = const_undef;
        vm_drop(k);
        *k = r;
        return;
    }
    k[1] = *k;                               /* key moves up: c key */
    sv_set_int(k, 0);
    vm_sp = k + 1;
    vm_load_slow(k, c);
    vm_index(k, k + 1, 0);
    vm_sp = k;
}

/* Clamped inclusive bounds [*from, *to] of a range over `len` items;
 * returns 0 when the range is empty. */
static int clamp_range(int64_t *from, int64_t *to, int64_t len) {
    if (*from < 0) *from = 0;
    if (*to >= len) *to = len - 1;
    return *from < len && *to >= *from;
}

/* 2.7's errors for a range over something that is no string, array or
 * buffer: bounds are checked first; the open-ended forms (c[a..] and
 * c[a..<1]) word the error differently from the others. */
static _Noreturn void bad_range_target(const svalue *c, int flags) {
    const svalue *bound = c + 1;
    if (!(flags & RANGE_NO_FROM)) {
        if (bound->type != T_INT) vm_error("Start of range [ .. ] interval must be a number.");
        bound++;
    }
    int open = (flags & RANGE_NO_TO) || ((flags & RANGE_TO_END) && bound->type == T_INT && bound->u.n <= 1);
    if (!open && bound->type != T_INT) vm_error("End of range [ .. ] interval must be a number.");
    if (open) vm_error("Bad argument to [ .. ] range operator.");
    vm_error("Cannot index type '%s' using [ .. ] operator.", type_name(c->type));
}

void vm_range(svalue *c, int flags) {
    svalue *bound = c + 1, r;
    int64_t len, from = 0, to;
    switch (c->type) {
    case T_STRING: len = (int64_t)c->u.s->len; break;
    case T_ARRAY:  len = c->u.a->size; break;
    case T_BUFFER: len = c->u.b->size; break;
    default:
        bad_range_target(c, flags);
    }
    to = len - 1;
    if (!(flags & RANGE_NO_FROM)) {
        if (bound->type != T_INT) vm_error("Start of range [ .. ] interval must be a number.");
        from = flags & RANGE_FROM_END ? len - bound->u.n : bound->u.n;
        bound++;
    }
    if (!(flags & RANGE_NO_TO)) {
        if (bound->type != T_INT) vm_error("End of range [ .. ] interval must be a number.");
        to = flags & RANGE_TO_END ? len - bound->u.n : bound->u.n;
        bound++;
    }
    int some = clamp_range(&from, &to, len);
    switch (c->type) {
    case T_STRING:
        if (!some) sv_set_str(&r, str_ref(str_empty));
        else if (from == 0 && to == len - 1) sv_dup(&r, c);
        else sv_set_str(&r, str_sub(c->u.s, (size_t)from, (size_t)(to - from + 1)));
        break;
    case T_ARRAY:
        sv_set_arr(&r, some ? arr_sub(c->u.a, from, to) : arr_new_empty());
        break;
    default: {
        buffer *b = buf_new(some ? (size_t)(to - from + 1) : 0);
        if (some) memcpy(b->data, c->u.b->data + from, b->size);
        sv_set_buf(&r, b);
        break;
    }
    }
    for (svalue *b = c + 1; b < bound; b++) vm_free(b);
    vm_free(c);
    *c = r;
}

/* ---------------------------------------------------------------- foreach */

/* The wording 2.7 uses for an operand of the wrong type (see vm.h). */
void vm_bad_operand(int n, const char *op, const char *expected, const svalue *c) {
    lstr *s = sprintf_value(c);
    char have[4096];
    snprintf(have, sizeof have, "%s", s->data);
    str_free(s);
    vm_error("Bad argument %d to %s\nExpected: %s Got: %s.", n, op, expected, have);
}

static _Noreturn void bad_foreach(const svalue *c) { vm_bad_operand(2, "foreach", "array", c); }

/* State on the stack: s1 = what is walked (array, string, or the keys of a
 * mapping), s2 = next index, s3 = the mapping (else 0). */
void vm_foreach_init(void) {
    svalue *c = vm_sp;
    switch (c->type) {
    case T_ARRAY:
    case T_STRING:
        push_int(0);
        push_int(0);
        return;
    case T_MAPPING: {
        mapping *m = c->u.m;
        sv_set_arr(c, map_keys(m));
        push_int(0);
        push_map(m);                          /* takes over c's reference */
        return;
    }
    default:
        bad_foreach(c);
    }
}

/* Pushes an lvalue of c[*key] (c an array or a mapping on the stack). */
static void push_elem_lv(svalue *c, const svalue *key) {
    svalue *lv = ++vm_sp;
    lv->type = T_LVALUE; lv->subtype = LV_SLOT; lv->x16 = 0; lv->x32 = 0; lv->u.lv = c;
    push_svalue(key);
    vm_sp--;
    lv_index(lv, 0);
}

/* b = number of variables, | FOREACH_REF when the last one is `ref`
 * (it then gets an lvalue of the element; a string's chars stay values).
 * 2.7 refuses one variable over a mapping and two over anything else,
 * even when empty. */
int vm_foreach_next(int b) {
    svalue *s1 = vm_sp - 2, *s2 = vm_sp - 1, *s3 = vm_sp;
    int by_ref = b & FOREACH_REF;
    b &= ~FOREACH_REF;
    int64_t i = s2->u.n;
    if (b == 2 && s3->type != T_MAPPING)      /* (k, v) walks only a mapping */
        vm_bad_operand(2, "foreach", "mapping", s1);
    if (s1->type == T_STRING) {
        if (i >= (int64_t)s1->u.s->len) goto done;
        s2->u.n++;
        push_int((unsigned char)s1->u.s->data[i]);
        return 1;
    }
    if (s3->type == T_MAPPING && b == 1) bad_foreach(s3);
    if (i >= s1->u.a->size) goto done;
    s2->u.n++;
    svalue *key = &s1->u.a->item[i];
    sv_fix_object(key);
    if (s3->type != T_MAPPING) {
        if (by_ref) push_elem_lv(s1, &(svalue){ .type = T_INT, .u.n = i });
        else push_svalue(key);
        return 1;
    }
    push_svalue(key);
    if (by_ref) {
        push_elem_lv(s3, key);
        return 1;
    }
    svalue *v = map_find(s3->u.m, key);
    if (v) { sv_fix_object(v); push_svalue(v); }
    else push_svalue(&const_undef);
    return 1;
done:
    vm_pop(3);
    return 0;
}

/* ----------------------------------------------------------------- switch */

static uint32_t find_int_case(const switch_table *t, int64_t n) {
    uint32_t lo = 0, hi = t->n_ints;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        const switch_int *c = &t->ints[mid];
        if (n < c->lo) hi = mid;
        else if (n > c->hi) lo = mid + 1;
        else return c->target;
    }
    return t->default_target;
}

static uint32_t find_str_case(const switch_table *t, lstr *s) {
    uint32_t h = str_hash(s), lo = 0, hi = t->n_strs;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        lstr *k = t->strs[mid].s;
        uint32_t kh = str_hash(k);
        int c = h < kh ? -1 : h > kh ? 1 : str_cmp(s, k);
        if (c < 0) hi = mid;
        else if (c > 0) lo = mid + 1;
        else return t->strs[mid].target;
    }
    return t->default_target;
}

/* 1 when the table's int labels are at most `case 0:`. */
static int only_zero_ints(const switch_table *t) {
    return t->n_ints == 0 || (t->n_ints == 1 && t->ints[0].lo == 0 && t->ints[0].hi == 0);
}

/* A table of string labels (and maybe 0) takes strings and 0; one of int
 * labels takes ints; anything else is 2.7's "Bad argument 1 to switch".
 * (The compiler never mixes labels; a table without labels takes its
 * default.) */
uint32_t vm_switch_target(const switch_table *t, const svalue *v) {
    if (v->type == T_OBJECT && ob_dead(v->u.ob)) return find_int_case(t, 0);
    if (v->type == T_STRING) {
        if (!t->n_strs && t->n_ints) vm_bad_operand(1, "switch", "int", v);
        return find_str_case(t, v->u.s);
    }
    if (v->type == T_INT) {
        if (t->n_strs && v->u.n && only_zero_ints(t)) vm_bad_operand(1, "switch", "string", v);
        return find_int_case(t, v->u.n);
    }
    if (t->n_strs) vm_bad_operand(1, "switch", "string", v);
    if (t->n_ints) vm_bad_operand(1, "switch", "int", v);
    return t->default_target;
}
