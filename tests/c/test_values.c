/*
 * test_values.c — unit tests of the value layer: strings (str.c), arrays,
 * mappings, buffers, function pointers, svalue helpers, the efun table
 * and the core efuns. Prints "N passed, N failed" last; exits 1 on any
 * failure. `test_values bench` also times the hot paths (str_append,
 * mapping inserts); the test run itself times nothing.
 *
 * Built by `make test-c` with the sources on the Deps line:
 * Deps: src/base/str.c src/base/mem.c src/vm/value.c src/vm/array.c src/vm/mapping.c src/vm/buffer.c src/vm/funcptr.c src/efun/efun.c src/efun/efun_core.c
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "base/str.h"
#include "base/mem.h"
#include "vm/value.h"
#include "vm/limits.h"
#include "vm/vm.h"
#include "runtime/object.h"
#include "efun/efun.h"

/* ===================== STUBS: stand-ins for the interpreter and objects ==
 * Only what the value layer links against: objects are bare structs whose
 * O_DESTRUCTED flag we set by hand; vm_error/vm_throw longjmp to the test's
 * handler; vm_call_fp returns twice its int argument. */
svalue vm_stack[64];
svalue *vm_sp = vm_stack;           /* slot 0 unused */
static jmp_buf test_jb;
static char err_msg[512];
static int in_protect;

int obj_destructed(const object *ob) { return (ob->flags & O_DESTRUCTED) != 0; }
void obj_free_(object *ob) { free(ob); }

void vm_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err_msg, sizeof err_msg, fmt, ap);
    va_end(ap);
    if (!in_protect) { fprintf(stderr, "unexpected vm_error: %s\n", err_msg); abort(); }
    longjmp(test_jb, 1);
}

void vm_throw(const svalue *v) {
    snprintf(err_msg, sizeof err_msg, "throw:%s", type_name(v->type));
    if (!in_protect) abort();
    longjmp(test_jb, 1);
}

svalue *vm_call_fp(funcptr *f, int nargs) {
    svalue *arg = vm_sp;
    int64_t n = arg->type == T_INT ? arg->u.n : -1;
    sv_free(arg);
    sv_set_int(arg, n * 2);          /* result just above the top, args gone */
    vm_sp--;
    return arg;
}

static object *fake_object(void) {
    object *ob = xcalloc(1, sizeof *ob);
    ob->refs = 1;
    return ob;
}
/* ========================================================= end of stubs == */

static int passed, failed;

#define CHECK(c) do { if (c) passed++; else { failed++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); } } while (0)

/* Runs `stmt` expecting a vm_error whose message contains `frag`. */
#define EXPECT_ERROR(stmt, frag) do { in_protect = 1; err_msg[0] = 0; \
    if (setjmp(test_jb) == 0) { stmt; in_protect = 0; CHECK(!"error expected"); } \
    else { in_protect = 0; CHECK(strstr(err_msg, frag) != NULL); } } while (0)

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* conform-style one-line rendering of ints, floats, strings, arrays. */
static void render(char *buf, size_t n, const svalue *v) {
    size_t u = strlen(buf);
    switch (v->type) {
    case T_INT:    snprintf(buf + u, n - u, "%lld", (long long)v->u.n); break;
    case T_FLOAT:  snprintf(buf + u, n - u, "%f", v->u.f); break;
    case T_STRING: snprintf(buf + u, n - u, "\"%s\"", v->u.s->data); break;
    case T_ARRAY:
        if (!v->u.a->size) { snprintf(buf + u, n - u, "({ })"); break; }
        snprintf(buf + u, n - u, "({ ");
        for (uint32_t i = 0; i < v->u.a->size; i++) {
            if (i) strncat(buf, ", ", n - strlen(buf) - 1);
            render(buf, n, &v->u.a->item[i]);
        }
        strncat(buf, " })", n - strlen(buf) - 1);
        break;
    default: snprintf(buf + u, n - u, "<%s>", type_name(v->type));
    }
}

static int arr_is(array *a, const char *want) {
    char buf[512] = "";
    svalue v;
    sv_set_arr(&v, a);
    render(buf, sizeof buf, &v);
    arr_free(a);
    if (strcmp(buf, want)) printf("  got %s, want %s\n", buf, want);
    return strcmp(buf, want) == 0;
}

/* An array from a compact spec: "i1 i2 s:abc f:1.0". */
static array *mk(const char *spec) {
    array *a = arr_new(0);
    char tok[64];
    int off;
    for (const char *p = spec; sscanf(p, "%63s%n", tok, &off) == 1; p += off) {
        svalue v;
        if (tok[0] == 's' && tok[1] == ':') sv_set_str(&v, str_newz(tok + 2));
        else if (tok[0] == 'f' && tok[1] == ':') sv_set_float(&v, atof(tok + 2));
        else sv_set_int(&v, atoll(tok));
        array *b = arr_new(1);
        b->item[0] = v;
        array *c = arr_concat(a, b);
        arr_free(a); arr_free(b);
        a = c;
    }
    return a;
}

/* ----------------------------------------------------------------- str */

static void test_str(void) {
    lstr *a = str_internz("hello"), *b = str_intern("hello", 5);
    CHECK(a == b && a->refs == 2 && a->interned);
    size_t before = str_interned_count();
    str_free(a); str_free(b);
    CHECK(str_interned_count() == before - 1);

    lstr *c = str_newz("abc"), *d = str_new("abc", 3);
    CHECK(c != d && str_eq(c, d) && str_cmp(c, d) == 0);
    CHECK(str_hash(c) == hash_bytes("abc", 3) && str_hash(c) != 0);
    lstr *e = str_intern_str(c);                 /* c unshared: block reused */
    CHECK(e == c && e->interned);
    lstr *f = str_intern_str(d);                 /* d dropped, e returned */
    CHECK(f == e && e->refs == 2);
    str_free(e); str_free(f);

    lstr *x = str_newz("ab"), *y = str_newz("abc");
    CHECK(str_cmp(x, y) < 0 && str_cmp(y, x) > 0);
    str_free(x); str_free(y);

    CHECK(str_empty && str_empty->len == 0 && str_empty->interned);
    lstr *z = str_new("", 0);
    CHECK(z == str_empty);
    z = str_append(z, "x", 1);                   /* interned: copies */
    CHECK(z != str_empty && z->len == 1 && str_empty->len == 0);
    str_free(z);

    lstr *s = str_newz("abc");
    lstr *t = str_ref(s);
    lstr *u = str_append(t, "d", 1);             /* shared: copies */
    CHECK(u != s && strcmp(s->data, "abc") == 0 && strcmp(u->data, "abcd") == 0);
    u = str_append(u, u->data, u->len);          /* self-append */
    CHECK(strcmp(u->data, "abcdabcd") == 0 && u->len == 8);
    CHECK(str_hash(u) == hash_bytes("abcdabcd", 8));
    str_free(s); str_free(u);

    lstr *p = str_printf("%d-%s-%0300d", 42, "x", 7);
    CHECK(p->len == 305 && memcmp(p->data, "42-x-000", 8) == 0 && p->data[304] == '7');
    lstr *q = str_sub(p, 0, 2), *r = str_sub(p, 300, 99), *w = str_sub(p, 999, 1);
    CHECK(strcmp(q->data, "42") == 0 && r->len == 5 && w == str_empty);
    lstr *all = str_sub(p, 0, 305);
    CHECK(all == p);
    lstr *cc = str_concat(q, r);
    CHECK(cc->len == 7 && memcmp(cc->data, "4200007", 7) == 0);
    str_free(p); str_free(q); str_free(r); str_free(w); str_free(all); str_free(cc);

    lstr *nul = str_new("a\0b", 3);
    lstr *nul2 = str_intern("a\0b", 3), *nul3 = str_intern("a\0c", 3);
    CHECK(nul->len == 3 && str_eq(nul, nul2) && nul2 != nul3);
    str_free(nul); str_free(nul2); str_free(nul3);

    /* intern table growth and removal under churn */
    enum { N = 50000 };
    static lstr *keep[N];
    char buf[32];
    for (int i = 0; i < N; i++) { snprintf(buf, sizeof buf, "k%d", i); keep[i] = str_internz(buf); }
    for (int i = 0; i < N; i += 2) str_free(keep[i]);
    int ok = 1;
    for (int i = 1; i < N; i += 2) {
        snprintf(buf, sizeof buf, "k%d", i);
        lstr *k = str_internz(buf);
        ok &= k == keep[i];
        str_free(k);
    }
    CHECK(ok);
    for (int i = 1; i < N; i += 2) str_free(keep[i]);
    CHECK(str_interned_count() == before - 1);
}

/* --------------------------------------------------------------- arrays */

static void test_arrays(void) {
    array *e1 = arr_new(0), *e2 = arr_new_empty();
    CHECK(e1 == e2 && e1->size == 0);
    arr_free(e1); arr_free(e2);

    array *a = mk("1 2 3 2 1"), *b = mk("2 4");
    CHECK(arr_is(arr_concat(a, b), "({ 1, 2, 3, 2, 1, 2, 4 })"));
    CHECK(arr_is(arr_subtract(a, b), "({ 1, 3, 1 })"));
    CHECK(arr_is(arr_intersect(a, b), "({ 2, 2 })"));
    CHECK(arr_is(arr_intersect(b, a), "({ 2 })"));
    CHECK(arr_is(arr_union(a, b), "({ 1, 2, 3, 2, 1, 4 })"));
    CHECK(arr_is(arr_union(b, a), "({ 2, 4, 1, 1, 3 })"));
    array *c = mk("1 1 2"), *d = mk("2 3 3");
    CHECK(arr_is(arr_union(c, d), "({ 1, 1, 2, 3, 3 })"));
    array *m = mk("1 s:1 f:1.0 s:x"), *s1 = mk("s:1");
    CHECK(arr_is(arr_subtract(m, s1), "({ 1, 1.000000, \"x\" })"));
    array *ws = mk("s:x s:b s:a s:q"), *wt = mk("s:q s:a s:z");
    CHECK(arr_is(arr_intersect(ws, wt), "({ \"a\", \"q\" })"));
    CHECK(arr_is(arr_sub(a, 1, 3), "({ 2, 3, 2 })"));
    CHECK(arr_is(arr_sub(a, 3, 1), "({ })"));
    CHECK(arr_is(arr_sub(a, 2, 99), "({ 3, 2, 1 })"));
    CHECK(arr_is(arr_sub(a, -5, 0), "({ 1 })"));
    CHECK(arr_is(arr_copy(a), "({ 1, 2, 3, 2, 1 })"));
    svalue two; sv_set_int(&two, 2);
    CHECK(arr_find(a, &two, 0) == 1 && arr_find(a, &two, 2) == 3 && arr_find(b, &two, 1) == -1);
    svalue two_f; sv_set_float(&two_f, 2.0);
    CHECK(arr_find(a, &two_f, 0) == -1);

    /* large set operations take the hashed path */
    array *big = arr_new(10000), *odd = arr_new(5000);
    for (int i = 0; i < 10000; i++) sv_set_int(&big->item[i], i);
    for (int i = 0; i < 5000; i++) sv_set_int(&odd->item[i], 2 * i + 1);
    array *even = arr_subtract(big, odd), *both = arr_intersect(big, odd), *un = arr_union(odd, big);
    CHECK(even->size == 5000 && even->item[1].u.n == 2 && both->size == 5000 && un->size == 10000);
    CHECK(un->item[5000].u.n == 0 && un->item[9999].u.n == 9998);
    arr_free(even); arr_free(both); arr_free(un); arr_free(big); arr_free(odd);

    /* destructed objects count as 0 */
    object *ob = fake_object();
    array *wo = arr_new(2);
    sv_set_obj(&wo->item[0], ob);
    sv_set_int(&wo->item[1], 5);
    ob->flags |= O_DESTRUCTED;
    array *zero = mk("0");
    CHECK(arr_is(arr_subtract(wo, zero), "({ 5 })"));
    svalue z0; sv_set_int(&z0, 0);
    CHECK(arr_find(wo, &z0, 0) == 0);
    obj_free(ob);
    arr_free(wo); arr_free(zero);

    int64_t old = limit_array_size;
    limit_array_size = 4;
    EXPECT_ERROR(arr_new(5), "Illegal array size");
    EXPECT_ERROR(arr_concat(a, a), "array addition");
    EXPECT_ERROR(arr_union(a, d), "array union");
    limit_array_size = old;

    arr_free(a); arr_free(b); arr_free(c); arr_free(d); arr_free(m); arr_free(s1);
    arr_free(ws); arr_free(wt);
}

/* ------------------------------------------------------------- mappings */

static void test_mappings(void) {
    mapping *m = map_new(0);
    svalue k, v;
    sv_set_int(&k, 1);
    sv_set_cstr(&v, "int");
    map_set(m, &k, &v);
    sv_free(&v);
    svalue kf; sv_set_float(&kf, 1.0);
    sv_set_cstr(&v, "float");
    map_set(m, &kf, &v);
    sv_free(&v);
    CHECK(m->count == 2);
    CHECK(strcmp(map_find(m, &k)->u.s->data, "int") == 0);
    CHECK(strcmp(map_find(m, &kf)->u.s->data, "float") == 0);

    svalue ks; sv_set_str(&ks, str_newz("two"));       /* not interned */
    sv_set_int(&v, 2);
    map_set(m, &ks, &v);
    CHECK(map_find_str(m, "two") && map_find_str(m, "two")->u.n == 2);
    svalue ks2; sv_set_str(&ks2, str_internz("two"));
    CHECK(map_find(m, &ks2) == map_find_str(m, "two"));
    CHECK(map_find_str(m, "nope") == NULL);
    map_delete(m, &ks2);
    CHECK(m->count == 2 && map_find(m, &ks) == NULL);
    map_delete(m, &ks2);                                /* absent: harmless */
    CHECK(m->count == 2);
    sv_free(&ks); sv_free(&ks2);

    sv_set_int(&v, 7);
    map_set_str(m, "seven", &v);
    array *keys = map_keys(m), *vals = map_values(m);
    int aligned = keys->size == 3 && vals->size == 3;
    for (uint32_t i = 0; aligned && i < keys->size; i++)
        aligned = sv_equal(map_find(m, &keys->item[i]), &vals->item[i]);
    CHECK(aligned);
    arr_free(keys); arr_free(vals);

    mapping *a = map_new(4), *b = map_new(4);
    svalue sa, sb, sc;
    sv_set_str(&sa, str_internz("a")); sv_set_str(&sb, str_internz("b")); sv_set_str(&sc, str_internz("c"));
    sv_set_int(&v, 1); map_set(a, &sa, &v);
    sv_set_int(&v, 2); map_set(a, &sb, &v);
    sv_set_int(&v, 20); map_set(b, &sb, &v);
    sv_set_int(&v, 30); map_set(b, &sc, &v);
    mapping *s = map_add(a, b);
    CHECK(s->count == 3 && map_find(s, &sb)->u.n == 20 && map_find(a, &sb)->u.n == 2);
    mapping *cp = map_copy(s);
    sv_set_int(&v, 99); map_set(cp, &sa, &v);
    CHECK(map_find(s, &sa)->u.n == 1 && map_find(cp, &sa)->u.n == 99 && cp->count == 3);
    int64_t old = limit_mapping_size;
    limit_mapping_size = 2;
    EXPECT_ERROR(map_add(a, b), "Mapping exceeded maximum allowed size of 2");
    EXPECT_ERROR(map_insert(a, &sc), "Mapping exceeded");
    limit_mapping_size = old;
    map_free(a); map_free(b); map_free(s); map_free(cp);
    sv_free(&sa); sv_free(&sb); sv_free(&sc);

    /* destructed object keys go, destructed values read as 0 */
    object *o1 = fake_object(), *o2 = fake_object();
    svalue so1, so2;
    sv_set_obj(&so1, o1); sv_set_obj(&so2, o2);
    map_set(m, &so1, &k);
    sv_set_int(&v, 3);
    svalue *slot = map_insert(m, &v);
    sv_assign(slot, &so2);
    size_t n0 = m->count;
    o1->flags |= O_DESTRUCTED; o2->flags |= O_DESTRUCTED;
    map_clean(m);
    CHECK(m->count == n0 - 1 && map_find(m, &v)->type == T_INT);
    sv_free(&so1); sv_free(&so2);
    CHECK(o1->refs == 1 && o2->refs == 1);
    obj_free(o1); obj_free(o2);
    map_free(m);

    /* growth: many keys, then all of them still found */
    mapping *g = map_new(0);
    int ok = 1;
    for (int i = 0; i < 5000; i++) { sv_set_int(&k, i * 7919); sv_set_int(&v, i); map_set(g, &k, &v); }
    for (int i = 0; i < 5000; i++) { sv_set_int(&k, i * 7919); ok &= map_find(g, &k) && map_find(g, &k)->u.n == i; }
    for (int i = 0; i < 5000; i += 2) { sv_set_int(&k, i * 7919); map_delete(g, &k); }
    uint32_t bucket, cnt = 0;
    for (mnode *n = map_first(g, &bucket); n; n = map_next(g, n, &bucket)) cnt++;
    CHECK(ok && g->count == 2500 && cnt == 2500);
    map_free(g);
}

/* ------------------------------------------------------ values & misc */

static void test_values(void) {
    svalue i1, f1, s1, s2;
    sv_set_int(&i1, 1); sv_set_float(&f1, 1.0);
    sv_set_str(&s1, str_newz("x")); sv_set_str(&s2, str_internz("x"));
    CHECK(sv_equal(&i1, &f1) && sv_equal(&s1, &s2) && !sv_equal(&i1, &s1));
    CHECK(sv_hash(&s1) == sv_hash(&s2));
    CHECK(sv_compare(&i1, &s1) < 0 && sv_compare(&s1, &i1) > 0 && sv_compare(&i1, &f1) == 0);
    CHECK(sv_truthy(&i1) && sv_truthy(&f1) && !sv_truthy(&const0) && !sv_truthy(&const_undef));
    svalue zf; sv_set_float(&zf, 0.0);
    CHECK(sv_truthy(&zf));
    CHECK(strcmp(type_name(T_ARRAY), "array") == 0 && strcmp(type_name(T_CLASS), "class") == 0 &&
          strcmp(type_name(T_BUFFER), "buffer") == 0 && strcmp(type_name(T_FUNCTION), "function") == 0);
    sv_assign(&s1, &s1);                                    /* self-assign */
    CHECK(s1.u.s->refs == 1);
    sv_free(&s1); sv_free(&s2);
    CHECK(s1.type == T_INT && s1.u.n == 0);

    object *ob = fake_object();
    svalue so;
    sv_set_obj(&so, ob);
    CHECK(ob->refs == 2 && sv_truthy(&so));
    ob->flags |= O_DESTRUCTED;
    CHECK(!sv_truthy(&so) && sv_equal(&so, &const0));
    sv_check_object(&so);
    CHECK(so.type == T_INT && ob->refs == 1);
    sv_set_obj(&so, ob);
    CHECK(so.type == T_INT);
    obj_free(ob);

    /* deep copy: ([ "a": ({ 1, ([ "b": ({ 2 }) ]) }) ]) */
    mapping *inner = map_new(0);
    svalue t, kb;
    sv_set_arr(&t, mk("2"));
    map_set_str(inner, "b", &t);
    sv_free(&t);
    array *arr = mk("1 0");
    sv_set_map(&arr->item[1], inner);
    mapping *outer = map_new(0);
    sv_set_arr(&t, arr);
    map_set_str(outer, "a", &t);
    sv_free(&t);
    svalue src, dst;
    sv_set_map(&src, outer);
    sv_deep_copy(&dst, &src);
    svalue *ca = map_find_str(dst.u.m, "a");
    if (!ca) { CHECK(!"copy lost key a"); return; }
    CHECK(dst.u.m != outer && ca->u.a != arr && ca->u.a->size == 2);
    sv_set_str(&kb, str_internz("b"));
    svalue *cb = map_find(ca->u.a->item[1].u.m, &kb);
    CHECK(ca->u.a->item[1].u.m != inner && cb && cb->u.a->item[0].u.n == 2);
    sv_free(&kb); sv_free(&dst);

    /* a cycle is "nested too deep", and nothing leaks */
    array *cyc = arr_new(1);
    sv_set_arr(&cyc->item[0], arr_ref(cyc));
    svalue sc; sv_set_arr(&sc, cyc);
    EXPECT_ERROR(sv_deep_copy(&dst, &sc), "nested too deep");
    sv_free(&cyc->item[0]);                                 /* break the cycle */
    sv_free(&sc);
    buffer *bf = buf_new(3);
    bf->data[1] = 9;
    svalue sbuf, cbuf;
    sv_set_buf(&sbuf, bf);
    sv_deep_copy(&cbuf, &sbuf);
    CHECK(cbuf.u.b != bf && cbuf.u.b->size == 3 && cbuf.u.b->data[1] == 9);
    sv_free(&cbuf); sv_free(&sbuf);
    sv_free(&src);

    int64_t old = limit_buffer_size;
    limit_buffer_size = 10;
    EXPECT_ERROR(buf_new(11), "Illegal buffer size");
    limit_buffer_size = old;

    funcptr *fp = fp_new(FP_CALL_OTHER);
    fp->owner = obj_ref(fake_object());
    obj_free(fp->owner);                                    /* fp holds the only ref */
    sv_set_str(&fp->target, str_newz("/obj/x"));
    fp->name = str_internz("fn");
    fp->args = mk("1 2");
    fp->captured = mk("s:c");
    fp_free(fp);
    CHECK(1);
}

/* ---------------------------------------------------------------- efuns */

static void call(efun_fn fn, svalue *argv, int argc, svalue *ret) {
    *ret = const0;
    fn(argv, argc, ret);
}

static void test_efuns(void) {
    efun_init();
    int ma = efun_lookup("member_array"), sz = efun_lookup("sizeof");
    CHECK(ma >= 0 && sz >= 0 && efun_lookup("no_such_efun") == -1);
    const efun_info *e = &efun_table[ma];
    CHECK(e->min_args == 2 && e->max_args == 4 && e->n_specs == 4);
    CHECK(e->arg_mask[0] == TM_ANY && e->arg_mask[1] == (TM_STRING | TM_ARRAY) && e->arg_mask[2] == TM_INT);
    CHECK(e->ret_type == TY_INT);
    const efun_info *co = &efun_table[efun_lookup("call_other")];
    CHECK(co->min_args == 2 && co->max_args == 255 && co->arg_mask[0] == (TM_OBJECT | TM_STRING | TM_ARRAY));
    const efun_info *ev = &efun_table[efun_lookup("eval_cost")];
    CHECK(ev->min_args == 0 && ev->max_args == 1 && ev->defaults[0] == DEF_INT && ev->def_int[0] == -1);
    const efun_info *de = &efun_table[efun_lookup("destruct")];
    CHECK(de->defaults[0] == DEF_THIS_OBJECT && de->arg_mask[0] == TM_OBJECT && de->ret_type == TY_VOID);
    const efun_info *en = &efun_table[efun_lookup("environment")];
    CHECK(en->min_args == 0 && en->arg_mask[0] == TM_OBJECT);
    CHECK(efun_table[efun_lookup("keys")].ret_type == (TY_MIXED | TY_ARRAY));
    CHECK(efun_table[efun_lookup("strlen")].fn == f_sizeof && efun_table[efun_lookup("this_object")].min_args == 0);
    int all_parsed = 1;
    for (int i = 0; i < efun_count; i++)
        all_parsed &= efun_table[i].min_args <= efun_table[i].max_args && efun_lookup(efun_table[i].name) == i;
    CHECK(all_parsed && efun_count > 250);

    svalue got; sv_set_int(&got, 5);
    EXPECT_ERROR(efun_bad_arg(efun_lookup("capitalize"), 1, &got),
                 "Bad argument 1 to capitalize()\nExpected: string Got: 5.");
    EXPECT_ERROR(efun_bad_arg(efun_lookup("say"), 1, &got), "Expected: string Got: 5.");
    EXPECT_ERROR(efun_bad_arg(efun_lookup("tell_room"), 2, &got),
                 "Expected: int or string or object or float Got");
    EXPECT_ERROR(efun_not_implemented("frob"), "efun frob is not implemented");

    svalue arg[4], ret;
    sv_set_str(&arg[0], str_newz("abcd"));
    call(f_sizeof, arg, 1, &ret);
    CHECK(ret.u.n == 4);
    call(f_typeof, arg, 1, &ret);
    CHECK(strcmp(ret.u.s->data, "string") == 0);
    sv_free(&ret); sv_free(&arg[0]);

    static const struct { const char *s; int64_t n; int undef; } ti[] = {
        { "12", 12, 0 }, { "-4", -4, 0 }, { "7abc", 7, 0 }, { "abc", 0, 1 },
        { "  42", 42, 0 }, { "", 0, 0 }, { "  foo", 0, 1 }, { "+3", 3, 0 },
    };
    for (size_t i = 0; i < sizeof ti / sizeof ti[0]; i++) {
        sv_set_str(&arg[0], str_newz(ti[i].s));
        call(f_to_int, arg, 1, &ret);
        CHECK(ret.type == T_INT && ret.u.n == ti[i].n && (ret.subtype == ST_UNDEFINED) == ti[i].undef);
        sv_free(&arg[0]);
    }
    sv_set_float(&arg[0], -3.99);
    call(f_to_int, arg, 1, &ret);
    CHECK(ret.u.n == -3);
    sv_set_str(&arg[0], str_newz("2.5"));
    call(f_to_float, arg, 1, &ret);
    CHECK(ret.type == T_FLOAT && ret.u.f == 2.5);
    sv_free(&arg[0]);
    buffer *nb = buf_new(4);
    nb->data[2] = 1; nb->data[3] = 2;
    sv_set_buf(&arg[0], nb);
    call(f_to_int, arg, 1, &ret);
    CHECK(ret.u.n == 258);
    sv_free(&arg[0]);

    sv_set_int(&arg[0], 'c');
    sv_set_str(&arg[1], str_newz("abcabc"));
    call(f_member_array, arg, 2, &ret);
    CHECK(ret.u.n == 2);
    sv_set_int(&arg[2], 3);
    call(f_member_array, arg, 3, &ret);
    CHECK(ret.u.n == 5);
    sv_free(&arg[1]);
    sv_set_int(&arg[0], 2);
    sv_set_arr(&arg[1], mk("1 2 3 2 1"));
    sv_set_int(&arg[2], 2);
    call(f_member_array, arg, 3, &ret);
    CHECK(ret.u.n == 3);
    sv_set_int(&arg[2], 0); sv_set_int(&arg[3], 2);
    call(f_member_array, arg, 4, &ret);
    CHECK(ret.u.n == 3);
    sv_set_int(&arg[0], 9);
    call(f_member_array, arg, 2, &ret);
    CHECK(ret.u.n == -1);
    sv_set_int(&arg[2], -1);
    EXPECT_ERROR(call(f_member_array, arg, 3, &ret), "Bad Argument 3 to member_array()");
    sv_free(&arg[1]);
    sv_set_str(&arg[0], str_newz("ap"));
    sv_set_arr(&arg[1], mk("s:pear s:apple"));
    sv_set_int(&arg[2], 0); sv_set_int(&arg[3], 1);
    call(f_member_array, arg, 4, &ret);
    CHECK(ret.u.n == 1);
    call(f_member_array, arg, 2, &ret);
    CHECK(ret.u.n == -1);
    sv_free(&arg[0]); sv_free(&arg[1]);

    sv_set_int(&arg[0], 3);
    call(f_allocate, arg, 1, &ret);
    CHECK(arr_is(ret.u.a, "({ 0, 0, 0 })"));
    sv_set_str(&arg[1], str_newz("x"));
    sv_set_int(&arg[0], 2);
    call(f_allocate, arg, 2, &ret);
    CHECK(arr_is(ret.u.a, "({ \"x\", \"x\" })"));
    sv_free(&arg[1]);
    sv_set_fp(&arg[1], fp_new(FP_FUNCTIONAL));
    sv_set_int(&arg[0], 4);
    call(f_allocate, arg, 2, &ret);
    CHECK(arr_is(ret.u.a, "({ 0, 2, 4, 6 })") && vm_sp == vm_stack);
    sv_free(&arg[1]);
    sv_set_int(&arg[0], -1);
    EXPECT_ERROR(call(f_allocate, arg, 1, &ret), "Illegal array size");

    sv_set_arr(&arg[0], mk("s:a s:b"));
    sv_set_arr(&arg[1], mk("1 2"));
    call(f_allocate_mapping, arg, 2, &ret);
    CHECK(ret.type == T_MAPPING && ret.u.m->count == 2 && map_find_str(ret.u.m, "b")->u.n == 2);
    svalue mret = ret;
    call(f_keys, &mret, 1, &ret);
    CHECK(ret.u.a->size == 2);
    sv_free(&ret);
    sv_free(&arg[1]);
    sv_set_arr(&arg[1], mk("1"));
    EXPECT_ERROR(call(f_allocate_mapping, arg, 2, &ret), "must be the same size");
    sv_free(&arg[0]); sv_free(&arg[1]);
    svalue mk_args[2];
    mk_args[0] = mret;
    sv_set_str(&mk_args[1], str_newz("a"));
    call(f_map_delete, mk_args, 2, &ret);
    CHECK(ret.type == T_INT && ret.u.n == 0 && mret.u.m->count == 1);   /* 2.7 returns 0 */
    sv_free(&ret); sv_free(&mk_args[1]); sv_free(&mret);

    sv_set_fp(&arg[0], fp_new(FP_LOCAL));
    arg[0].u.fp->owner = fake_object();
    call(f_functionp, arg, 1, &ret);
    CHECK(ret.u.n == 0x42);
    arg[0].u.fp->owner->flags |= O_DESTRUCTED;
    arg[0].u.fp->args = mk("1");
    call(f_functionp, arg, 1, &ret);
    CHECK(ret.u.n == 0x72);
    sv_free(&arg[0]);
    sv_set_int(&arg[0], 1);
    call(f_functionp, arg, 1, &ret);
    CHECK(ret.u.n == 0);

    sv_set_str(&arg[0], str_newz("oops\n"));
    EXPECT_ERROR(call(f_error, arg, 1, &ret), "oops");
    CHECK(strcmp(err_msg, "oops\n") == 0);
    sv_free(&arg[0]);

    arg[0] = const_undef;
    call(f_undefinedp, arg, 1, &ret);
    CHECK(ret.u.n == 1);
    arg[0] = const0;
    call(f_undefinedp, arg, 1, &ret);
    CHECK(ret.u.n == 0);
    sv_set_arr(&arg[0], mk("1"));
    call(f_pointerp, arg, 1, &ret);
    CHECK(ret.u.n == 1);
    call(f_classp, arg, 1, &ret);
    CHECK(ret.u.n == 0);
    call(f_copy, arg, 1, &ret);
    CHECK(ret.u.a != arg[0].u.a && arr_is(arr_ref(ret.u.a), "({ 1 })"));
    sv_free(&ret); sv_free(&arg[0]);
}

/* ---------------------------------------------------------- benchmarks */

static void bench(void) {
    double t0 = now_ms();
    lstr *s = str_newz("");
    for (int i = 0; i < 100000; i++) s = str_append(s, "abc", 3);
    double t1 = now_ms();
    CHECK(s->len == 300000);
    str_free(s);

    enum { N = 200000 };
    mapping *m = map_new(0);
    svalue k, v;
    sv_set_int(&v, 1);
    double t2 = now_ms();
    for (int i = 0; i < N; i++) { sv_set_int(&k, i); map_set(m, &k, &v); }
    int64_t sum = 0;
    for (int i = 0; i < N; i++) { sv_set_int(&k, i); sum += map_find(m, &k)->u.n; }
    double t3 = now_ms();
    CHECK(sum == N && m->count == N);
    map_free(m);

    static lstr *keys[N];
    char buf[32];
    for (int i = 0; i < N; i++) { snprintf(buf, sizeof buf, "key_%d", i); keys[i] = str_newz(buf); }
    m = map_new(0);
    double t4 = now_ms();
    for (int i = 0; i < N; i++) { sv_set_str(&k, keys[i]); map_set(m, &k, &v); }
    sum = 0;
    for (int i = 0; i < N; i++) { sv_set_str(&k, keys[i]); sum += map_find(m, &k)->u.n; }
    double t5 = now_ms();
    CHECK(sum == N && m->count == N);
    map_free(m);
    for (int i = 0; i < N; i++) str_free(keys[i]);

    printf("bench: 100000 str_append %.2f ms; %d int-key inserts+lookups %.2f ms; "
           "%d string-key inserts+lookups %.2f ms\n", t1 - t0, N, t3 - t2, N, t5 - t4);
}

int main(int argc, char **argv) {
    str_init();
    test_str();
    test_arrays();
    test_mappings();
    test_values();
    test_efuns();
    if (argc > 1 && strcmp(argv[1], "bench") == 0) bench();
    str_shutdown();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
