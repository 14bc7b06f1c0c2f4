/*
 * efun_array.c — array and mapping efuns that call back into LPC:
 * sort_array, filter (filter_array, filter_mapping), map (map_array,
 * map_mapping), unique_array, unique_mapping; and match_path.
 *
 * Callbacks follow 2.7's process_efun_callback: a function pointer takes
 * the extra arguments after it; a function name is called in the current
 * object, or when a further argument is given, in that object (or the
 * loaded object of that name), with the arguments after it.
 *
 * A callback may raise an error or change the values being walked, so
 * every counted value the efun builds sits in *ret or on the VM stack,
 * never only in a C local, and mappings are walked on private copies.
 */
#include <stdlib.h>
#include <string.h>
#include "efun.h"
#include "../vm/vm.h"
#include "../runtime/object.h"

/* ------------------------------------------------------------ callbacks */

typedef struct callback {
    funcptr *fp;            /* the function, or NULL: call `name` in `ob` */
    lstr *name;
    object *ob;
    svalue *extra;          /* further arguments passed after the element(s) */
    int nextra;
} callback;

/* Reads the callback at argv[i] (function or name) and what follows it. */
static void cb_init(callback *cb, svalue *argv, int argc, int i, const char *efun) {
    memset(cb, 0, sizeof *cb);
    if (argv[i].type == T_FUNCTION) {
        cb->fp = argv[i].u.fp;
        cb->extra = argv + i + 1;
        cb->nextra = argc - i - 1;
        return;
    }
    cb->name = argv[i].u.s;
    if (argc < i + 2) {
        cb->ob = vm_current_object;
        return;
    }
    svalue *o = &argv[i + 1];
    if (o->type == T_STRING) {
        object *found = obj_find(o->u.s->data);
        sv_free(o);
        sv_set_obj(o, found);       /* keeps it counted while we call it */
    }
    if (o->type != T_OBJECT || obj_destructed(o->u.ob))
        vm_error("Bad argument %d to %s()", i + 2, efun);
    cb->ob = o->u.ob;
    cb->extra = argv + i + 2;
    cb->nextra = argc - i - 2;
}

/* Calls cb with the n values on top of the stack (consumed) followed by
 * its extra arguments. Copies the result into *dst (which holds no
 * reference) when dst is given. Returns 0 if the named function does not
 * exist, 1 otherwise. */
static int cb_call(const callback *cb, int n, svalue *dst) {
    svalue *base = vm_sp - n, *r;
    for (int i = 0; i < cb->nextra; i++) push_svalue(&cb->extra[i]);
    if (cb->fp) {
        r = vm_call_fp(cb->fp, n + cb->nextra);
    } else {
        if (!cb->ob || obj_destructed(cb->ob)) vm_error("Object destructed during efun callback.");
        r = vm_apply_str(cb->name, cb->ob, n + cb->nextra, ORIGIN_EFUN);
    }
    if (r && dst) sv_copy(dst, r);
    if (vm_sp > base) vm_pop((int)(vm_sp - base));
    return r != NULL;
}

/* Pushes an element for a callback; a destructed object goes as an
 * undefined 0, what 2.7's callee reads there. */
static void push_elem(const svalue *v) {
    push_svalue(v);
    if (vm_sp->type == T_OBJECT && obj_destructed(vm_sp->u.ob)) {
        sv_free(vm_sp);
        *vm_sp = const_undef;
    }
}

/* Calls cb on one value; 1 if it returned something other than int 0. */
static int cb_test(const callback *cb, const svalue *v, int *exists) {
    svalue r = { .type = T_INT };
    push_elem(v);
    *exists = cb_call(cb, 1, &r);
    int keep = *exists && !(r.type == T_INT && r.u.n == 0);
    sv_free(&r);
    return keep;
}

/* ------------------------------------------------------------ sorting */

typedef int (*sort_cmp)(const void *ctx, const svalue *x, const svalue *y);

/* Sorts the index list idx[left..right] (int svalues) by cmp on
 * items[idx] with the K&R quicksort 2.7 uses (middle element as pivot,
 * Lomuto partition), so elements that compare equal end up in the same
 * order as there. Only ints move, so an error raised by cmp leaves every
 * list intact. */
static void quick_sort(svalue *idx, int64_t left, int64_t right, const svalue *items,
                       sort_cmp cmp, const void *ctx) {
    while (left < right) {
        int64_t last = left, mid = left + (right - left) / 2;
        svalue t = idx[left]; idx[left] = idx[mid]; idx[mid] = t;
        for (int64_t i = left + 1; i <= right; i++) {
            if (cmp(ctx, &items[idx[i].u.n], &items[idx[left].u.n]) < 0) {
                last++;
                t = idx[last]; idx[last] = idx[i]; idx[i] = t;
            }
        }
        t = idx[left]; idx[left] = idx[last]; idx[last] = t;
        quick_sort(idx, left, last - 1, items, cmp, ctx);
        left = last + 1;
    }
}

/* The key a built-in sort compares: the value, or an array's first item. */
static const svalue *sort_key(const svalue *v) {
    if (v->type != T_ARRAY) return v;
    if (!v->u.a->size) vm_error("Illegal to have empty array in array for sort_array()");
    return &v->u.a->item[0];
}

/* 2.7's built-in sort takes only arrays of ints, of floats, of strings,
 * or of arrays whose first items are all ints, all floats or all strings
 * (ints and floats do not mix). */
static void check_builtin(const array *a) {
    const svalue *first = sort_key(&a->item[0]);
    int arrays = a->item[0].type == T_ARRAY;
    if (first->type != T_STRING && first->type != T_INT && first->type != T_FLOAT)
        vm_error(arrays ? "sort_array() cannot handle arrays of arrays whose 1st elems\naren't strings/ints/floats"
                        : "built-in sort_array() can only handle homogeneous arrays of strings/ints/floats/arrays");
    for (uint32_t i = 0; i < a->size; i++) {
        const svalue *v = &a->item[i];
        if ((v->type == T_ARRAY) != arrays)
            vm_error("built-in sort_array() can only handle homogeneous arrays of strings/ints/floats/arrays");
        const svalue *k = sort_key(v);
        if (k->type != first->type)
            vm_error(arrays ? "sort_array() cannot handle arrays of arrays whose 1st elems\naren't strings/ints/floats"
                            : "built-in sort_array() can only handle homogeneous arrays of strings/ints/floats/arrays");
    }
}

static int cmp_builtin(const void *ctx, const svalue *x, const svalue *y) {
    int c = sv_compare(sort_key(x), sort_key(y));
    return *(const int *)ctx < 0 ? -c : c;
}

static int cmp_callback(const void *ctx, const svalue *x, const svalue *y) {
    svalue r = { .type = T_INT };
    push_svalue(x);
    push_svalue(y);
    cb_call(ctx, 2, &r);
    int c = r.type == T_INT ? (r.u.n > 0) - (r.u.n < 0) : 0;
    sv_free(&r);
    return c;
}

/* sort_array(arr, direction | fn [, ob, extra...]): a sorted copy, equal
 * elements ordered as 2.7 orders them. Destructed objects read as 0. */
static int cmp_int_up(const void *x, const void *y) {
    int64_t a = ((const svalue *)x)->u.n, b = ((const svalue *)y)->u.n;
    return (a > b) - (a < b);
}

static int cmp_int_down(const void *x, const void *y) { return cmp_int_up(y, x); }

/* An array of ints only: equal ints cannot be told apart, so any correct
 * sort gives 2.7's result, and a plain one is much faster. */
static int sort_ints(array *a, int dir) {
    for (uint32_t i = 0; i < a->size; i++)
        if (a->item[i].type != T_INT) return 0;
    qsort(a->item, a->size, sizeof *a->item, dir > 0 ? cmp_int_up : cmp_int_down);
    return 1;
}

void f_sort_array(svalue *argv, int argc, svalue *ret) {
    array *a = arr_copy(argv[0].u.a);
    uint32_t n = a->size;
    sv_set_arr(ret, a);
    for (uint32_t i = 0; i < n; i++) sv_check_object(&a->item[i]);
    if (n < 2) return;
    callback cb;
    int dir = argv[1].type == T_INT ? (argv[1].u.n < 0 ? -1 : 1) : 0;
    if (dir && sort_ints(a, dir)) return;
    if (dir) check_builtin(a);
    else cb_init(&cb, argv, argc, 1, "sort_array");
    push_arr(arr_new(n));
    svalue *idx = vm_sp->u.a->item;
    for (uint32_t i = 0; i < n; i++) idx[i].u.n = i;
    if (dir) quick_sort(idx, 0, (int64_t)n - 1, a->item, cmp_builtin, &dir);
    else quick_sort(idx, 0, (int64_t)n - 1, a->item, cmp_callback, &cb);
    array *out = arr_new(n);
    for (uint32_t i = 0; i < n; i++) sv_copy(&out->item[i], &a->item[idx[i].u.n]);
    vm_pop(1);
    sv_free(ret);
    sv_set_arr(ret, out);
}

/* ------------------------------------------------------------- filter */

static void filter_array(svalue *argv, int argc, svalue *ret) {
    array *a = argv[0].u.a;
    uint32_t n = a->size, kept = 0;
    int exists;
    callback cb;
    if (!n) { sv_set_arr(ret, arr_new_empty()); return; }
    cb_init(&cb, argv, argc, 1, "filter_array");
    push_str(str_alloc(n));
    char *flags = vm_sp->u.s->data;
    for (uint32_t i = 0; i < n && i < a->size; i++)
        kept += (uint32_t)(flags[i] = (char)cb_test(&cb, &a->item[i], &exists));
    array *r = arr_new(kept);
    for (uint32_t i = 0, k = 0; k < kept; i++)
        if (flags[i]) sv_copy(&r->item[k++], &a->item[i]);
    vm_pop(1);
    sv_set_arr(ret, r);
}

static void filter_string(svalue *argv, int argc, svalue *ret) {
    const lstr *s = argv[0].u.s;
    callback cb;
    int exists;
    sv_set_str(ret, str_alloc(0));
    if (!s->len) return;
    cb_init(&cb, argv, argc, 1, "filter");
    for (size_t i = 0; i < s->len; i++) {
        svalue c = { .type = T_INT, .u.n = (unsigned char)s->data[i] };
        if (cb_test(&cb, &c, &exists)) ret->u.s = str_append(ret->u.s, &s->data[i], 1);
    }
}

/* Replaces the mapping in *slot by a private shallow copy to walk. */
static mapping *private_copy(svalue *slot) {
    mapping *m = map_copy(slot->u.m);
    sv_free(slot);
    sv_set_map(slot, m);
    return m;
}

static void filter_mapping(svalue *argv, int argc, svalue *ret) {
    callback cb;
    uint32_t bucket;
    cb_init(&cb, argv, argc, 1, "filter_mapping");
    mapping *m = private_copy(&argv[0]);
    sv_set_map(ret, map_new(0));
    for (mnode *nd = map_first(m, &bucket); nd; nd = map_next(m, nd, &bucket)) {
        svalue r = { .type = T_INT };
        push_elem(&nd->key);
        push_elem(&nd->val);
        if (!cb_call(&cb, 2, &r)) break;
        if (!(r.type == T_INT && r.u.n == 0)) map_set(ret->u.m, &nd->key, &nd->val);
        sv_free(&r);
    }
}

/* filter(arr | mapping | string, fn, ...): the elements (pairs, characters)
 * for which fn returns non-zero, in order. */
void f_filter(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type == T_MAPPING) filter_mapping(argv, argc, ret);
    else if (argv[0].type == T_STRING) filter_string(argv, argc, ret);
    else filter_array(argv, argc, ret);
}

/* ---------------------------------------------------------------- map */

static void map_array(svalue *argv, int argc, svalue *ret) {
    array *a = argv[0].u.a;
    callback cb;
    if (!a->size) { sv_set_arr(ret, arr_new_empty()); return; }
    cb_init(&cb, argv, argc, 1, "map_array");
    array *r = arr_new(a->size);
    sv_set_arr(ret, r);
    for (uint32_t i = 0; i < r->size && i < a->size; i++) {
        push_elem(&a->item[i]);
        if (!cb_call(&cb, 1, &r->item[i])) break;
    }
}

/* Each character goes through fn; a non-zero int result replaces it. */
static void map_string(svalue *argv, int argc, svalue *ret) {
    callback cb;
    const lstr *s = argv[0].u.s;
    sv_set_str(ret, str_new(s->data, s->len));
    if (!s->len) return;
    cb_init(&cb, argv, argc, 1, "map");
    for (size_t i = 0; i < s->len; i++) {
        svalue r = { .type = T_INT };
        push_int((unsigned char)s->data[i]);
        if (!cb_call(&cb, 1, &r)) break;
        if (r.type == T_INT && r.u.n != 0) ret->u.s->data[i] = (char)r.u.n;
        sv_free(&r);
    }
}

/* fn(key, value, extra...) replaces each value of a copy of the mapping. */
static void map_mapping(svalue *argv, int argc, svalue *ret) {
    callback cb;
    uint32_t bucket;
    cb_init(&cb, argv, argc, 1, "map_mapping");
    mapping *m = map_copy(argv[0].u.m);
    sv_set_map(ret, m);
    for (mnode *nd = map_first(m, &bucket); nd; nd = map_next(m, nd, &bucket)) {
        svalue r = { .type = T_INT };
        push_elem(&nd->key);
        push_elem(&nd->val);
        if (!cb_call(&cb, 2, &r)) break;
        sv_free(&nd->val);
        nd->val = r;
    }
}

/* map(arr | mapping | string, fn, ...). */
void f_map(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type == T_MAPPING) map_mapping(argv, argc, ret);
    else if (argv[0].type == T_STRING) map_string(argv, argc, ret);
    else map_array(argv, argc, ret);
}

/* ------------------------------------------------------------- unique */

/* Numbers the groups of keys[0..n) in order of first appearance (groups
 * maps key -> number) and turns each kept keys[i] into its group number,
 * every other into -1. Returns the number of groups. */
static int64_t number_groups(svalue *keys, const char *keep, uint32_t n, mapping *groups) {
    int64_t count = 0;
    for (uint32_t i = 0; i < n; i++) {
        int64_t num = -1;
        if (keep[i]) {
            svalue *g = map_find(groups, &keys[i]);
            if (!g) { g = map_insert(groups, &keys[i]); sv_set_int(g, count++); }
            num = g->u.n;
        }
        sv_free(&keys[i]);
        sv_set_int(&keys[i], num);
    }
    return count;
}

/* Fills *ret with ngroups arrays holding the elements of src by group
 * number keys[i] (-1: left out), in their original order. */
static void collect_groups(const array *src, const svalue *keys, int64_t ngroups, svalue *ret) {
    array *r = arr_new((size_t)ngroups);
    sv_set_arr(ret, r);
    for (uint32_t i = 0; i < src->size; i++)
        if (keys[i].u.n >= 0) r->item[keys[i].u.n].u.n++;
    for (int64_t g = 0; g < ngroups; g++) {
        int64_t size = r->item[g].u.n;
        sv_set_arr(&r->item[g], arr_new((size_t)size));
    }
    for (uint32_t i = 0; i < src->size; i++) {
        if (keys[i].u.n < 0) continue;
        svalue *grp = &r->item[keys[i].u.n];
        sv_copy(&grp->u.a->item[grp->x32++], &src->item[i]);
    }
    for (int64_t g = 0; g < ngroups; g++) r->item[g].x32 = 0;
}

/* unique_array(arr, fn | name [, skip]): the elements grouped by fn(elem)
 * (or elem->name() for objects; other elements are left out); elements
 * whose result equals skip (default 0) are left out. */
void f_unique_array(svalue *argv, int argc, svalue *ret) {
    array *a = argv[0].u.a;
    uint32_t n = a->size;
    svalue skip = argc > 2 ? argv[2] : const0;
    callback cb;
    memset(&cb, 0, sizeof cb);
    if (argv[1].type == T_FUNCTION) cb.fp = argv[1].u.fp;
    else cb.name = argv[1].u.s;
    push_arr(arr_new(n));
    svalue *keys = vm_sp->u.a->item;
    push_str(str_alloc(n));
    char *keep = vm_sp->u.s->data;
    memset(keep, 0, n);
    for (uint32_t i = 0; i < n && i < a->size; i++) {
        int exists = 0;
        svalue *e = sv_check_object(&a->item[i]);
        if (cb.fp) {
            push_svalue(e);
            exists = cb_call(&cb, 1, &keys[i]);
        } else if (e->type == T_OBJECT) {
            cb.ob = e->u.ob;
            exists = cb_call(&cb, 0, &keys[i]);
        }
        keep[i] = exists && !(keys[i].type == skip.type && sv_equal(&keys[i], &skip));
    }
    push_map(map_new(0));
    int64_t ngroups = number_groups(keys, keep, n, vm_sp->u.m);
    collect_groups(a, keys, ngroups, ret);
    vm_pop(3);
}

/* unique_mapping(arr, fn, extra...): ([ fn(elem): ({ elems with that
 * result }) ]). As in 2.7, fn sees the elements from the last to the
 * first, and each group lists its elements in that (reversed) order. */
void f_unique_mapping(svalue *argv, int argc, svalue *ret) {
    array *a = argv[0].u.a;
    uint32_t n = a->size, bucket;
    callback cb;
    cb_init(&cb, argv, argc, 1, "unique_mapping");
    push_arr(arr_new(n));
    svalue *keys = vm_sp->u.a->item;
    for (uint32_t i = n; i-- > 0;) {
        push_elem(&a->item[i]);
        cb_call(&cb, 1, &keys[i]);
    }
    mapping *m = map_new(0);
    sv_set_map(ret, m);
    for (uint32_t i = 0; i < n; i++) map_insert(m, &keys[i])->u.n++;
    for (mnode *nd = map_first(m, &bucket); nd; nd = map_next(m, nd, &bucket))
        sv_set_arr(&nd->val, arr_new((size_t)nd->val.u.n));
    for (uint32_t i = n; i-- > 0;) {
        svalue *grp = map_find(m, &keys[i]);
        sv_copy(&grp->u.a->item[grp->x32++], &a->item[i]);
    }
    for (mnode *nd = map_first(m, &bucket); nd; nd = map_next(m, nd, &bucket)) nd->val.x32 = 0;
    vm_pop(1);
}

/* --------------------------------------------------------- match_path */

/* match_path(m, path): the value of the longest key of m that is a path
 * prefix of `path` ("/a/b/" style keys match what lies below); repeated
 * slashes count as one. Undefined 0 when no key matches. */
void f_match_path(svalue *argv, int argc, svalue *ret) {
    const lstr *s = argv[1].u.s;
    mapping *m = argv[0].u.m;
    const svalue *best = &const_undef;
    lstr *pre = str_alloc(0);
    size_t i = 0;
    while (i < s->len) {
        size_t start = i;
        while (i < s->len && s->data[i] != '/') i++;
        pre = str_append(pre, s->data + start, i - start);
        if (i < s->len) {
            while (i < s->len && s->data[i] == '/') i++;
            if (i < s->len || pre->len == 0) pre = str_append(pre, "/", 1);
        }
        const svalue *v = map_find_str(m, pre->data);
        if (v) best = v;
    }
    sv_copy(ret, best);
    str_free(pre);
}
