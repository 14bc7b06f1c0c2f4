/*
 * test_vm.c — unit tests of the VM core (dispatch loop, operators,
 * lvalues, calls, function pointers, errors, eval cost) on programs
 * assembled by hand here, so they run without the compiler or the object
 * runtime. Prints "N passed, N failed" last; exits 1 on any failure.
 * `test_vm bench [WHICH [REPS]]` times fib(27) (WHICH 1), a 10M-step loop
 * (2) or both (3, the default) instead.
 *
 * Built by `make test-c` with the sources on the Deps line:
 * Deps: src/base/str.c src/base/mem.c src/base/dlog.c src/vm/value.c src/vm/array.c src/vm/mapping.c src/vm/buffer.c src/vm/funcptr.c src/vm/program.c src/vm/interp.c src/vm/interp_slow.c src/vm/arith.c src/vm/lvalue.c src/vm/call.c src/vm/error.c src/vm/index.c src/efun/efun.c src/efun/efun_vm.c src/efun/sprintf_value.c
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "base/mem.h"
#include "base/str.h"
#include "vm/opcodes.h"
#include "vm/lvalue.h"
#include "vm/sscanf.h"
#include "vm/vm.h"
#include "runtime/object.h"
#include "runtime/simul_efun.h"
#include "efun/efun.h"

/* ===================== STUBS: the object runtime, simul_efuns, sscanf == */
object *master_ob, *simul_efun_ob, *obj_list;

int obj_destructed(const object *ob) { return (ob->flags & O_DESTRUCTED) != 0; }

void obj_free_(object *ob) {
    for (int i = 0; i < ob->prog->n_vars; i++) sv_free(&ob->vars[i]);
    free(ob->vars);
    prog_free(ob->prog);
    str_free(ob->name);
    free(ob);
}

static object *named_objects[8];
static int n_named;

object *obj_load(const char *name) {
    for (int i = 0; i < n_named; i++)
        if (strcmp(named_objects[i]->name->data, name) == 0) return named_objects[i];
    return NULL;
}

static object *simul_ob;
static int simul_fi;
object *simul_target(int index, int *fi) {
    if (!simul_ob) vm_error("simul_efun %d is not bound", index);
    *fi = simul_fi;
    return simul_ob;
}

/* sscanf("%d") of one int into the first lvalue, enough to test the hook. */
int64_t vm_sscanf(svalue *str, svalue *fmt, svalue *lvalues, int n) {
    svalue v;
    sv_set_int(&v, atoll(str->u.s->data));
    if (n > 0) lv_assign(&lvalues[0], &v);
    return n > 0;
}
/* %O rendering (sprintf_value.c) asks the master and the simul_efun table. */
int master_has(const char *name) { (void)name; return 0; }
const char *simul_name(int index) { (void)index; return "?"; }
/* ========================================================= end of stubs == */

static int passed, failed;

#define CHECK(c) do { if (c) passed++; else { failed++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); } } while (0)

/* ------------------------------------------------------------ assembler */

#define MAXF 16
typedef struct asmb {
    uint8_t code[8192];
    uint32_t n;
    svalue consts[32];
    int n_consts;
    func_def funcs[MAXF];
    int n_funcs;
    int n_vars;
    switch_table sw[4];
    int n_sw;
} asmb;

static asmb A;

static void a_reset(int n_vars) { memset(&A, 0, sizeof A); A.n_vars = n_vars; }
static void op(int o) { A.code[A.n++] = (uint8_t)o; }
static void u8(int v) { A.code[A.n++] = (uint8_t)v; }
static void u16(int v) { uint16_t x = (uint16_t)v; memcpy(A.code + A.n, &x, 2); A.n += 2; }
static void i32(int32_t v) { memcpy(A.code + A.n, &v, 4); A.n += 4; }
static void i64(int64_t v) { memcpy(A.code + A.n, &v, 8); A.n += 8; }
/* A forward jump operand: returns where to patch. */
static uint32_t jfwd(int o) { op(o); uint32_t at = A.n; i32(0); return at; }
static void patch(uint32_t at) { int32_t off = (int32_t)(A.n - (at + 4)); memcpy(A.code + at, &off, 4); }
static void jback(int o, uint32_t target) { op(o); i32((int32_t)(target - (A.n + 4))); }
static void push_n(int64_t v) {
    if (v >= -128 && v <= 127) { op(OP_PUSH_INT8); u8((int)(int8_t)v); }
    else { op(OP_PUSH_INT64); i64(v); }
}
static int k_str(const char *s) { sv_set_str(&A.consts[A.n_consts], str_internz(s)); return A.n_consts++; }
static int k_flt(double f) { sv_set_float(&A.consts[A.n_consts], f); return A.n_consts++; }
static void push_s(const char *s) { op(OP_PUSH_CONST); u16(k_str(s)); }
static void push_f(double f) { op(OP_PUSH_CONST); u16(k_flt(f)); }

static int fn(const char *name, int nargs, int nlocals, int flags) {
    func_def *d = &A.funcs[A.n_funcs];
    d->name = str_internz(name);
    d->address = A.n;
    d->num_args = (uint8_t)nargs;
    d->num_locals = (uint8_t)nlocals;
    d->flags = (uint16_t)flags;
    return A.n_funcs++;
}

static program *a_finish(const char *name) {
    program *p = xcalloc(1, sizeof *p);
    p->refs = 1;
    p->name = str_newz(name);
    p->code = xmalloc(A.n + 1);
    memcpy(p->code, A.code, A.n);
    p->code_len = A.n;
    p->n_consts = (uint32_t)A.n_consts;
    p->consts = xcalloc((size_t)A.n_consts + 1, sizeof(svalue));
    memcpy(p->consts, A.consts, sizeof(svalue) * (size_t)A.n_consts);
    p->n_funcs = (uint16_t)A.n_funcs;
    p->funcs = xcalloc((size_t)A.n_funcs + 1, sizeof(func_def));
    memcpy(p->funcs, A.funcs, sizeof(func_def) * (size_t)A.n_funcs);
    p->n_vars = (uint16_t)A.n_vars;
    p->vars = xcalloc((size_t)A.n_vars + 1, sizeof(var_def));
    for (int i = 0; i < A.n_vars; i++) p->vars[i].name = str_newz("v");
    p->n_switches = (uint32_t)A.n_sw;
    p->switches = xcalloc((size_t)A.n_sw + 1, sizeof(switch_table));
    memcpy(p->switches, A.sw, sizeof(switch_table) * (size_t)A.n_sw);
    prog_link(p);
    return p;
}

static object *new_object(program *p, const char *name) {
    object *ob = xcalloc(1, sizeof *ob);
    ob->refs = 1;
    ob->prog = p;                    /* takes the program's reference */
    ob->vars = xcalloc((size_t)p->n_vars + 1, sizeof(svalue));
    ob->name = str_newz(name);
    if (n_named < 8) named_objects[n_named++] = ob;
    return ob;
}

static void drop_object(object *ob) {
    for (int i = 0; i < n_named; i++)
        if (named_objects[i] == ob) named_objects[i] = named_objects[--n_named];
    ob->flags |= O_DESTRUCTED;
    obj_free(ob);
}

/* Calls fn of ob with no args inside a boundary; copies the result to *r.
 * Returns 0, or 1 on an error (message in vm_error_value). */
typedef struct callreq { object *ob; const char *fn; svalue r; int found; } callreq;
static void do_call(void *p) {
    callreq *c = p;
    svalue *r = vm_apply(c->fn, c->ob, 0, ORIGIN_DRIVER);
    c->found = r != NULL;
    if (r) sv_copy(&c->r, r);
}
static int call0(object *ob, const char *name, svalue *out) {
    callreq c = { ob, name, { .type = T_INT }, 0 };
    int failed_ = vm_protect(do_call, &c, 0);
    *out = c.r;
    return failed_;
}

static int64_t call_int(object *ob, const char *name) {
    svalue r;
    if (call0(ob, name, &r)) {
        printf("  unexpected error in %s: %s", name,
               vm_error_value.type == T_STRING ? vm_error_value.u.s->data : "?");
        return -999999;
    }
    int64_t n = r.type == T_INT ? r.u.n : -888888;
    sv_free(&r);
    return n;
}

static int str_result(object *ob, const char *name, const char *want) {
    svalue r;
    int e = call0(ob, name, &r);
    int ok = !e && r.type == T_STRING && strcmp(r.u.s->data, want) == 0;
    if (!ok) printf("  %s: got %s, want \"%s\"\n", name,
                    e ? "an error" : r.type == T_STRING ? r.u.s->data : type_name(r.type), want);
    sv_free(&r);
    return ok;
}

static int error_contains(object *ob, const char *name, const char *frag) {
    svalue r;
    int e = call0(ob, name, &r);
    sv_free(&r);
    int ok = e && vm_error_value.type == T_STRING && strstr(vm_error_value.u.s->data, frag);
    if (!ok) printf("  %s: want error with \"%s\", got %s\n", name, frag,
                    !e ? "no error" : vm_error_value.type == T_STRING ? vm_error_value.u.s->data : "?");
    return ok;
}

/* -------------------------------------------------------------- programs */

/* Arithmetic, strings, comparisons. */
static void test_arith(void) {
    a_reset(0);
    fn("idiv", 0, 0, 0); push_n(-17); push_n(5); op(OP_DIV); op(OP_RETURN);
    fn("imod", 0, 0, 0); push_n(-17); push_n(5); op(OP_MOD); op(OP_RETURN);
    fn("minmod", 0, 0, 0); push_n(INT64_MIN); push_n(-1); op(OP_MOD); op(OP_RETURN);
    fn("mindiv", 0, 0, 0); push_n(INT64_MIN); push_n(-1); op(OP_DIV); op(OP_RETURN);
    fn("wrap", 0, 0, 0); push_n(INT64_MAX); op(OP_PUSH_ONE); op(OP_ADD); op(OP_RETURN);
    fn("divzero", 0, 0, 0); op(OP_PUSH_ONE); op(OP_PUSH_ZERO); op(OP_DIV); op(OP_RETURN);
    fn("fdivzero", 0, 0, 0); push_f(1.5); push_f(0.0); op(OP_DIV); op(OP_RETURN);
    fn("strnum", 0, 0, 0); op(OP_PUSH_ONE); push_n(2); op(OP_ADD); push_s("x"); op(OP_ADD);
        op(OP_PUSH_ONE); op(OP_ADD); push_n(2); op(OP_ADD); op(OP_RETURN);
    fn("strflt", 0, 0, 0); push_s("x="); push_f(1.5); op(OP_ADD); op(OP_RETURN);
    fn("cmp", 0, 0, 0); push_s("abc"); push_s("abd"); op(OP_LT); push_n(10); op(OP_MUL);
        push_f(2.0); push_n(2); op(OP_EQ); op(OP_ADD); op(OP_RETURN);
    fn("shift", 0, 0, 0); push_n(-256); push_n(4); op(OP_RSH); op(OP_RETURN);
    fn("badadd", 0, 0, 0); push_n(1); op(OP_AGGREGATE); u16(0); op(OP_ADD); op(OP_RETURN);
    object *ob = new_object(a_finish("/arith.c"), "/arith");
    CHECK(call_int(ob, "idiv") == -3);
    CHECK(call_int(ob, "imod") == -2);
    CHECK(call_int(ob, "minmod") == 0);
    CHECK(call_int(ob, "mindiv") == INT64_MIN);
    CHECK(call_int(ob, "wrap") == INT64_MIN);
    CHECK(error_contains(ob, "divzero", "*Division by zero\n"));
    CHECK(error_contains(ob, "fdivzero", "Division by zero"));
    CHECK(str_result(ob, "strnum", "3x12"));
    CHECK(str_result(ob, "strflt", "x=1.500000"));
    CHECK(call_int(ob, "cmp") == 11);
    CHECK(call_int(ob, "shift") == -16);
    CHECK(error_contains(ob, "badadd", "Bad type argument to +"));
    drop_object(ob);
}

/* Recursion, loops, argument rules. */
static int fib_index;
static object *make_calls(void) {
    a_reset(1);
    /* int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } */
    fib_index = fn("fib", 1, 0, 0);
    op(OP_LOCAL); u8(0); push_n(2); op(OP_LT);
    uint32_t j = jfwd(OP_JUMP_FALSE);
    op(OP_LOCAL); u8(0); op(OP_RETURN);
    patch(j);
    op(OP_LOCAL); u8(0); op(OP_PUSH_ONE); op(OP_SUB); op(OP_CALL); u16(fib_index); u8(1);
    op(OP_LOCAL); u8(0); push_n(2); op(OP_SUB); op(OP_CALL); u16(fib_index); u8(1);
    op(OP_ADD); op(OP_RETURN);
    fn("fib20", 0, 0, 0); push_n(20); op(OP_CALL); u16(fib_index); u8(1); op(OP_RETURN);
    /* int loop() { int sum = 0; for (int i = 0; i < 10000000; i++) sum += i & 7; return sum; } */
    fn("loop", 0, 2, 0);                 /* laid out as the compiler does */
    uint32_t enter = jfwd(OP_JUMP);
    uint32_t top = A.n;
    op(OP_LOCAL_LV); u8(0); op(OP_LOCAL); u8(1); push_n(7); op(OP_AND); op(OP_ADD_EQ); op(OP_POP);
    op(OP_INC_LOCAL); u8(1);
    patch(enter);
    op(OP_LOCAL); u8(1); op(OP_PUSH_INT32); i32(10000000); op(OP_LT);
    jback(OP_JUMP_TRUE, top);
    op(OP_LOCAL); u8(0); op(OP_RETURN);
    /* int count(mixed a, mixed b) { return undefinedp-ish: (a?1:0)+(b?10:0) } via varargs */
    int count = fn("count", 2, 0, FN_VARARGS);
    op(OP_LOCAL); u8(0); op(OP_NOT); op(OP_NOT); op(OP_LOCAL); u8(1); op(OP_NOT); op(OP_NOT);
    push_n(10); op(OP_MUL); op(OP_ADD); op(OP_RETURN);
    fn("count_few", 0, 0, 0); push_n(5); op(OP_CALL); u16(count); u8(1); op(OP_RETURN);
    fn("count_many", 0, 0, 0); push_n(5); push_n(6); push_n(7); op(OP_CALL); u16(count); u8(3); op(OP_RETURN);
    /* int rest(int a, int *r...) { return sizeof-ish: a * 100 + r[<1] } */
    int rest = fn("rest", 2, 0, FN_TRUE_VARARGS);
    op(OP_LOCAL); u8(0); push_n(100); op(OP_MUL);
    op(OP_LOCAL); u8(1); op(OP_PUSH_ONE); op(OP_RINDEX); op(OP_ADD); op(OP_RETURN);
    fn("rest3", 0, 0, 0); push_n(1); push_n(2); push_n(3); op(OP_CALL); u16(rest); u8(3); op(OP_RETURN);
    int depth = fn("deep", 0, 0, 0); op(OP_CALL); u16(depth); u8(0); op(OP_RETURN);
    fn("forever", 0, 0, 0); { uint32_t t = A.n; jback(OP_JUMP, t); }
    /* catch(forever()); then one more call still works */
    fn("catch_forever", 0, 0, 0);
    uint32_t c = jfwd(OP_CATCH);
    op(OP_CALL); u16(A.n_funcs - 2); u8(0); op(OP_POP); op(OP_END_CATCH);
    patch(c);
    op(OP_POP); push_n(20); op(OP_CALL); u16(fib_index); u8(1); op(OP_RETURN);
    /* global counter through SET_GLOBAL / GLOBAL */
    fn("bump", 0, 0, 0); op(OP_GLOBAL); u16(0); op(OP_PUSH_ONE); op(OP_ADD); op(OP_DUP);
    op(OP_SET_GLOBAL); u16(0); op(OP_RETURN);
    return new_object(a_finish("/calls.c"), "/calls");
}

static void test_calls(void) {
    object *ob = make_calls();
    CHECK(call_int(ob, "fib20") == 6765);
    CHECK(call_int(ob, "count_few") == 1);
    CHECK(call_int(ob, "count_many") == 11);
    CHECK(call_int(ob, "rest3") == 103);
    CHECK(error_contains(ob, "deep", "Too deep recursion"));
    vm_max_eval_cost = 100000;
    CHECK(error_contains(ob, "forever", "Too long evaluation"));
    CHECK(call_int(ob, "catch_forever") == 6765);
    vm_max_eval_cost = 1000000000;
    CHECK(call_int(ob, "bump") == 1 && call_int(ob, "bump") == 2);
    CHECK(vm_sp == vm_stack && vm_fp == NULL);
    drop_object(ob);
}

/* catch and throw, error values, return from inside a catch. */
static void test_errors(void) {
    a_reset(0);
    /* catch(1/0) */
    fn("c1", 0, 0, 0);
    uint32_t c = jfwd(OP_CATCH);
    op(OP_PUSH_ONE); op(OP_PUSH_ZERO); op(OP_DIV); op(OP_POP); op(OP_END_CATCH);
    patch(c); op(OP_RETURN);
    /* catch(throw(({ 1 }))) via the throw opcode path: vm_throw from efun absent,
     * so use an index error inside a nested catch and a plain catch of nothing */
    fn("c2", 0, 0, 0);
    c = jfwd(OP_CATCH); op(OP_PUSH_ONE); op(OP_POP); op(OP_END_CATCH); patch(c); op(OP_RETURN);
    /* return from inside a catch block, with stuff on the stack */
    fn("c3", 0, 1, 0);
    push_n(7); push_n(8);
    c = jfwd(OP_CATCH); push_n(42); op(OP_RETURN); op(OP_END_CATCH); patch(c);
    op(OP_RETURN);
    /* nested: inner catch swallows, outer sees 0 */
    fn("c4", 0, 0, 0);
    c = jfwd(OP_CATCH);
    uint32_t c2 = jfwd(OP_CATCH); op(OP_AGGREGATE); u16(0); push_n(3); op(OP_INDEX); op(OP_POP);
    op(OP_END_CATCH); patch(c2); op(OP_POP); op(OP_END_CATCH); patch(c); op(OP_RETURN);
    object *ob = new_object(a_finish("/errors.c"), "/errors");
    CHECK(str_result(ob, "c1", "*Division by zero\n"));
    CHECK(call_int(ob, "c2") == 0);
    CHECK(call_int(ob, "c3") == 42);
    CHECK(call_int(ob, "c4") == 0);
    CHECK(vm_sp == vm_stack && vm_handlers == NULL);
    /* the trace of an uncaught error */
    a_reset(0);
    int inner = fn("inner", 0, 0, 0); op(OP_PUSH_ONE); op(OP_PUSH_ZERO); op(OP_MOD); op(OP_RETURN);
    fn("outer", 0, 0, 0); op(OP_CALL); u16(inner); u8(0); op(OP_RETURN);
    object *o2 = new_object(a_finish("/trace.c"), "/trace");
    CHECK(error_contains(o2, "outer", "Modulus by zero"));
    svalue *t = vm_last_trace ? map_find_str(vm_last_trace, "trace") : NULL;
    CHECK(t && t->type == T_ARRAY && t->u.a->size == 2);
    if (t && t->type == T_ARRAY && t->u.a->size == 2) {
        svalue *f = map_find_str(t->u.a->item[1].u.m, "function");
        CHECK(f && f->type == T_STRING && strcmp(f->u.s->data, "inner") == 0);
        svalue *o = map_find_str(vm_last_trace, "object");
        CHECK(o && o->type == T_OBJECT && o->u.ob == o2);
    }
    drop_object(ob);
    drop_object(o2);
}

/* Lvalues: elements, mapping keys, string chars, ranges, +=, ++. */
static void test_lvalues(void) {
    a_reset(2);
    /* arr = ({ 1, 2, 3 }); arr[1] = 20; arr[<1] += 5; return arr[1] * 100 + arr[2] */
    fn("elem", 0, 1, 0);
    push_n(1); push_n(2); push_n(3); op(OP_AGGREGATE); u16(3); op(OP_SET_LOCAL); u8(0);
    op(OP_LOCAL_LV); u8(0); op(OP_PUSH_ONE); op(OP_INDEX_LV); push_n(20); op(OP_ASSIGN_POP);
    op(OP_LOCAL_LV); u8(0); op(OP_PUSH_ONE); op(OP_RINDEX_LV); push_n(5); op(OP_ADD_EQ); op(OP_POP);
    op(OP_LOCAL); u8(0); op(OP_PUSH_ONE); op(OP_INDEX); push_n(100); op(OP_MUL);
    op(OP_LOCAL); u8(0); push_n(2); op(OP_INDEX); op(OP_ADD); op(OP_RETURN);
    /* m = ([]); m["a"] = 1; m["a"] += 2; m["b"]++; return m["a"] * 10 + m["b"] */
    fn("map", 0, 1, 0);
    op(OP_AGGREGATE_MAP); u16(0); op(OP_SET_LOCAL); u8(0);
    op(OP_LOCAL_LV); u8(0); push_s("a"); op(OP_INDEX_LV); op(OP_PUSH_ONE); op(OP_ASSIGN_POP);
    op(OP_LOCAL_LV); u8(0); push_s("a"); op(OP_INDEX_LV); push_n(2); op(OP_ADD_EQ); op(OP_POP);
    op(OP_LOCAL_LV); u8(0); push_s("b"); op(OP_INDEX_LV); op(OP_POST_INC); op(OP_POP);
    op(OP_LOCAL); u8(0); push_s("a"); op(OP_INDEX); push_n(10); op(OP_MUL);
    op(OP_LOCAL); u8(0); push_s("b"); op(OP_INDEX); op(OP_ADD); op(OP_RETURN);
    /* s = "abc"; t = s; t[0] = 'X'; return t + s */
    fn("chars", 0, 2, 0);
    push_s("abc"); op(OP_SET_LOCAL); u8(0); op(OP_LOCAL); u8(0); op(OP_SET_LOCAL); u8(1);
    op(OP_LOCAL_LV); u8(1); op(OP_PUSH_ZERO); op(OP_INDEX_LV); push_n('X'); op(OP_ASSIGN_POP);
    op(OP_LOCAL); u8(1); op(OP_LOCAL); u8(0); op(OP_ADD); op(OP_RETURN);
    /* c = ({ 5, 6, 7 }); c[0..1] = ({ "x" }); s = "hello"; s[1..<2] = "EL"; return s + sizeof-ish */
    fn("ranges", 0, 2, 0);
    push_n(5); push_n(6); push_n(7); op(OP_AGGREGATE); u16(3); op(OP_SET_LOCAL); u8(0);
    op(OP_LOCAL_LV); u8(0); op(OP_PUSH_ZERO); op(OP_PUSH_ONE); op(OP_RANGE_LV); u8(0);
    push_s("x"); op(OP_AGGREGATE); u16(1); op(OP_ASSIGN_POP);
    push_s("hello"); op(OP_SET_LOCAL); u8(1);
    op(OP_LOCAL_LV); u8(1); op(OP_PUSH_ONE); push_n(2); op(OP_RANGE_LV); u8(RANGE_TO_END);
    push_s("EL"); op(OP_ASSIGN_POP);
    op(OP_LOCAL); u8(1); op(OP_LOCAL); u8(0); op(OP_PUSH_ZERO); op(OP_INDEX); op(OP_ADD);
    op(OP_LOCAL); u8(0); op(OP_PUSH_ONE); op(OP_INDEX); op(OP_ADD); op(OP_RETURN);
    /* s = "ab"; s += "cd"; s += 5; return s */
    fn("append", 0, 1, 0);
    push_s("ab"); op(OP_SET_LOCAL); u8(0);
    op(OP_LOCAL_LV); u8(0); push_s("cd"); op(OP_ADD_EQ); op(OP_POP);
    op(OP_LOCAL_LV); u8(0); push_n(5); op(OP_ADD_EQ); op(OP_POP);
    op(OP_LOCAL); u8(0); op(OP_RETURN);
    /* g0 = ({ 1 }); g0[0] = (g0 = 0, 5): the lvalue keeps the old array alive */
    fn("stale", 0, 0, 0);
    op(OP_PUSH_ONE); op(OP_AGGREGATE); u16(1); op(OP_SET_GLOBAL); u16(0);
    op(OP_GLOBAL_LV); u16(0); op(OP_PUSH_ZERO); op(OP_INDEX_LV);
    op(OP_PUSH_ZERO); op(OP_SET_GLOBAL); u16(0); push_n(5); op(OP_ASSIGN); op(OP_RETURN);
    /* m = ([]); m["k"]["deep"] = 1 is an error */
    fn("deepzero", 0, 1, 0);
    op(OP_AGGREGATE_MAP); u16(0); op(OP_SET_LOCAL); u8(0);
    op(OP_LOCAL_LV); u8(0); push_s("k"); op(OP_INDEX_LV); push_s("deep"); op(OP_INDEX_LV);
    op(OP_PUSH_ONE); op(OP_ASSIGN); op(OP_RETURN);
    /* x = 7; x += 0.5 keeps x an int; x++ on a float local */
    fn("intplus", 0, 1, 0);
    push_n(7); op(OP_SET_LOCAL); u8(0);
    op(OP_LOCAL_LV); u8(0); push_f(0.5); op(OP_ADD_EQ); op(OP_POP); op(OP_LOCAL); u8(0); op(OP_RETURN);
    /* sscanf("42", "%d", g1) */
    fn("scan", 0, 0, 0);
    push_s("42"); push_s("%d"); op(OP_GLOBAL_LV); u16(1); op(OP_SSCANF); u8(1); op(OP_POP);
    op(OP_GLOBAL); u16(1); op(OP_RETURN);
    object *ob = new_object(a_finish("/lv.c"), "/lv");
    CHECK(call_int(ob, "elem") == 2008);
    CHECK(call_int(ob, "map") == 31);
    CHECK(str_result(ob, "chars", "Xbcabc"));
    CHECK(str_result(ob, "ranges", "hELox7"));
    CHECK(str_result(ob, "append", "abcd5"));
    CHECK(call_int(ob, "stale") == 5);
    CHECK(error_contains(ob, "deepzero", "Value being indexed is zero"));
    CHECK(call_int(ob, "intplus") == 7);
    CHECK(call_int(ob, "scan") == 42);
    CHECK(vm_sp == vm_stack);
    drop_object(ob);
}

/* The fused index opcodes: INDEX_LOCAL, INDEX_GLOBAL, SET_INDEX_GLOBAL,
 * INDEX_OP_LOCAL, INDEX_OP_GLOBAL on arrays and mappings (inline) and
 * strings or other values (the general path). */
static void test_fused_index(void) {
    a_reset(2);
    /* l0 = ({ 4, 5, 6 }); g0 = ([ ]); g0["a"] = 7; g0[2] = l0[2];
     * return ((l0[1] * 100 + g0["a"]) * 10 + g0[2]) * 10 + g0["z"] */
    fn("arrmap", 0, 1, 0);
    push_n(4); push_n(5); push_n(6); op(OP_AGGREGATE); u16(3); op(OP_SET_LOCAL); u8(0);
    op(OP_AGGREGATE_MAP); u16(0); op(OP_SET_GLOBAL); u16(0);
    push_s("a"); push_n(7); op(OP_SET_INDEX_GLOBAL); u16(0);
    push_n(2); push_n(2); op(OP_INDEX_LOCAL); u8(0); op(OP_SET_INDEX_GLOBAL); u16(0);
    op(OP_PUSH_ONE); op(OP_INDEX_LOCAL); u8(0); push_n(100); op(OP_MUL);
    push_s("a"); op(OP_INDEX_GLOBAL); u16(0); op(OP_ADD); push_n(10); op(OP_MUL);
    push_n(2); op(OP_INDEX_GLOBAL); u16(0); op(OP_ADD); push_n(10); op(OP_MUL);
    push_s("z"); op(OP_INDEX_GLOBAL); u16(0); op(OP_ADD); op(OP_RETURN);
    /* g1 = "abc"; g1[1] = 'X'; return g1 + g1[2] (the string paths) */
    fn("str", 0, 0, 0);
    push_s("abc"); op(OP_SET_GLOBAL); u16(1);
    op(OP_PUSH_ONE); push_n('X'); op(OP_SET_INDEX_GLOBAL); u16(1);
    op(OP_GLOBAL); u16(1); push_n(2); op(OP_INDEX_GLOBAL); u16(1); op(OP_ADD); op(OP_RETURN);
    /* errors as INDEX gives them: a zero container, an array out of bounds */
    /* l0 = ([ ]); l0["a"] += 5; l0["a"]++; l0["b"]--; l0["s"] = "x"; l0["s"] += 1;
     * g0 = ({ 10 }); g0[0] -= 3; g0[0]++;
     * return l0["s"] + (l0["a"] * 100 + l0["b"] * 10 + g0[0]) */
    fn("update", 0, 1, 0);
    op(OP_AGGREGATE_MAP); u16(0); op(OP_SET_LOCAL); u8(0);
    push_s("a"); push_n(5); op(OP_INDEX_OP_LOCAL); u8(0); u8(OP_ADD_EQ);
    push_s("a"); op(OP_INDEX_OP_LOCAL); u8(0); u8(OP_PRE_INC);
    push_s("b"); op(OP_INDEX_OP_LOCAL); u8(0); u8(OP_PRE_DEC);
    push_s("s"); push_s("x"); op(OP_SET_INDEX_LOCAL); u8(0);
    push_s("s"); op(OP_PUSH_ONE); op(OP_INDEX_OP_LOCAL); u8(0); u8(OP_ADD_EQ);
    push_n(10); op(OP_AGGREGATE); u16(1); op(OP_SET_GLOBAL); u16(0);
    op(OP_PUSH_ZERO); push_n(3); op(OP_INDEX_OP_GLOBAL); u16(0); u8(OP_SUB_EQ);
    op(OP_PUSH_ZERO); op(OP_INDEX_OP_GLOBAL); u16(0); u8(OP_PRE_INC);
    push_s("s"); op(OP_INDEX_LOCAL); u8(0);
    push_s("a"); op(OP_INDEX_LOCAL); u8(0); push_n(100); op(OP_MUL);
    push_s("b"); op(OP_INDEX_LOCAL); u8(0); push_n(10); op(OP_MUL); op(OP_ADD);
    op(OP_PUSH_ZERO); op(OP_INDEX_GLOBAL); u16(0); op(OP_ADD); op(OP_ADD); op(OP_RETURN);
    fn("upzero", 0, 1, 0); op(OP_PUSH_ONE); op(OP_INDEX_OP_LOCAL); u8(0); u8(OP_PRE_INC);
    op(OP_RETURN_ZERO);
    fn("zero", 0, 1, 0); op(OP_PUSH_ONE); op(OP_INDEX_LOCAL); u8(0); op(OP_RETURN);
    fn("bounds", 0, 1, 0);
    op(OP_PUSH_ONE); op(OP_AGGREGATE); u16(1); op(OP_SET_LOCAL); u8(0);
    push_n(3); op(OP_INDEX_LOCAL); u8(0); op(OP_RETURN);
    object *ob = new_object(a_finish("/fused.c"), "/fused");
    CHECK(call_int(ob, "arrmap") == 50760);
    CHECK(str_result(ob, "str", "aXc99"));
    CHECK(str_result(ob, "update", "x1598"));
    CHECK(error_contains(ob, "upzero", "Value being indexed is zero"));
    CHECK(error_contains(ob, "zero", "Value being indexed is zero"));
    CHECK(error_contains(ob, "bounds", "Array index out of bounds"));
    CHECK(vm_sp == vm_stack);
    drop_object(ob);
}

/* Function pointers: local with bound args, functional with captures. */
static void test_funcptrs(void) {
    a_reset(0);
    int add3 = fn("add3", 3, 0, 0);
    op(OP_LOCAL); u8(0); push_n(100); op(OP_MUL); op(OP_LOCAL); u8(1); push_n(10); op(OP_MUL);
    op(OP_ADD); op(OP_LOCAL); u8(2); op(OP_ADD); op(OP_RETURN);
    /* (: $1 + $(k) :) — a functional with one arg and one captured value */
    int lam = fn("__lambda", 1, 0, FN_FUNCTIONAL | FN_HIDDEN);
    op(OP_LOCAL); u8(0); op(OP_CAPTURED); u8(0); op(OP_ADD); op(OP_RETURN);
    fn("bound", 0, 0, 0);
    op(OP_PUSH_ONE); op(OP_MAKE_FP_LOCAL); u16(add3); u8(1);
    push_n(2); push_n(3); op(OP_CALL_FP); u8(2); op(OP_RETURN);
    fn("captured", 0, 1, 0);
    push_n(5); op(OP_SET_LOCAL); u8(0);
    op(OP_LOCAL); u8(0); op(OP_MAKE_FP_FUNCTIONAL); u16(lam); u8(1);
    push_n(100); op(OP_SET_LOCAL); u8(0);
    push_n(10); op(OP_CALL_FP); u8(1); op(OP_RETURN);
    fn("not_fp", 0, 0, 0); push_n(42); op(OP_PUSH_ONE); op(OP_CALL_FP); u8(1); op(OP_RETURN);
    fn("make", 0, 0, 0); push_n(7); op(OP_MAKE_FP_FUNCTIONAL); u16(lam); u8(1); op(OP_RETURN);
    object *ob = new_object(a_finish("/fp.c"), "/fp");
    CHECK(call_int(ob, "bound") == 123);
    CHECK(call_int(ob, "captured") == 15);
    CHECK(call_int(ob, "not_fp") == 42);
    /* and from C, through vm_call_fp */
    svalue f;
    CHECK(call0(ob, "make", &f) == 0 && f.type == T_FUNCTION);
    if (f.type == T_FUNCTION) {
        push_int(3);
        svalue *r = vm_call_fp(f.u.fp, 1);
        CHECK(r && r->type == T_INT && r->u.n == 10);
    }
    sv_free(&f);
    CHECK(vm_sp == vm_stack);
    drop_object(ob);
}

/* call_other, visibility, switch and foreach. */
static void test_other(void) {
    a_reset(0);
    fn("pub", 1, 0, 0); op(OP_LOCAL); u8(0); push_n(2); op(OP_MUL); op(OP_RETURN);
    fn("prot", 0, 0, FN_PROTECTED); push_n(9); op(OP_RETURN);
    object *callee = new_object(a_finish("/callee.c"), "/callee");
    a_reset(0);
    fn("co", 0, 0, 0); push_s("/callee"); push_s("pub"); push_n(21); op(OP_CALL_OTHER); u8(1);
    op(OP_RETURN);
    fn("co_prot", 0, 0, 0); push_s("/callee"); push_s("prot"); op(OP_CALL_OTHER); u8(0); op(OP_RETURN);
    fn("co_missing", 0, 0, 0); push_s("/callee"); push_s("nope"); op(OP_CALL_OTHER); u8(0); op(OP_RETURN);
    fn("co_zero", 0, 0, 0); op(OP_PUSH_ZERO); push_s("pub"); op(OP_CALL_OTHER); u8(0); op(OP_RETURN);
    /* switch: 1..9 -> 1, "x" -> 2, default -> 3 */
    int sw = fn("sw", 1, 0, 0);
    op(OP_LOCAL); u8(0); op(OP_SWITCH); u16(0);
    uint32_t a1 = A.n; push_n(1); op(OP_RETURN);
    uint32_t a2 = A.n; push_n(2); op(OP_RETURN);
    uint32_t a3 = A.n; push_n(3); op(OP_RETURN);
    switch_int *ints = xmalloc(sizeof *ints);
    switch_str *strs = xmalloc(sizeof *strs);
    ints[0] = (switch_int){ 1, 9, a1 };
    strs[0] = (switch_str){ str_internz("x"), a2 };
    A.sw[0] = (switch_table){ 1, 1, ints, strs, a3 };
    A.n_sw = 1;
    fn("switches", 0, 0, 0);
    push_n(5); op(OP_CALL); u16(sw); u8(1); push_n(100); op(OP_MUL);
    push_s("x"); op(OP_CALL); u16(sw); u8(1); push_n(10); op(OP_MUL); op(OP_ADD);
    push_n(50); op(OP_CALL); u16(sw); u8(1); op(OP_ADD); op(OP_RETURN);
    /* foreach (int x in ({ 3, 1, 4 })) s = s * 10 + x; */
    fn("each", 0, 2, 0);
    push_n(3); op(OP_PUSH_ONE); push_n(4); op(OP_AGGREGATE); u16(3); op(OP_FOREACH_INIT);
    uint32_t top = A.n; op(OP_FOREACH_NEXT); u8(1); uint32_t out = A.n; i32(0);
    op(OP_SET_LOCAL); u8(1);
    op(OP_LOCAL); u8(0); push_n(10); op(OP_MUL); op(OP_LOCAL); u8(1); op(OP_ADD); op(OP_SET_LOCAL); u8(0);
    jback(OP_JUMP, top); patch(out);
    op(OP_LOCAL); u8(0); op(OP_RETURN);
    /* foreach over a string: sum of chars of "ab" */
    fn("each_str", 0, 1, 0);
    push_s("ab"); op(OP_FOREACH_INIT);
    top = A.n; op(OP_FOREACH_NEXT); u8(1); out = A.n; i32(0);
    op(OP_LOCAL); u8(0); op(OP_ADD); op(OP_SET_LOCAL); u8(0);
    jback(OP_JUMP, top); patch(out);
    op(OP_LOCAL); u8(0); op(OP_RETURN);
    object *caller = new_object(a_finish("/caller.c"), "/caller");
    CHECK(call_int(caller, "co") == 42);
    CHECK(call_int(caller, "co_prot") == 0);
    svalue r;
    CHECK(call0(caller, "co_missing", &r) == 0 && r.type == T_INT && r.subtype == ST_UNDEFINED);
    CHECK(error_contains(caller, "co_zero", "Bad argument 1 to call_other"));
    CHECK(call_int(caller, "switches") == 123);
    CHECK(call_int(caller, "each") == 314);
    CHECK(call_int(caller, "each_str") == 'a' + 'b');
    /* vm_apply with origin rules: protected is fine for the driver */
    CHECK(call_int(callee, "prot") == 9);
    push_int(1);
    CHECK(vm_apply("prot", callee, 1, ORIGIN_CALL_OTHER) == NULL);
    CHECK(vm_sp == vm_stack);
    drop_object(caller);
    drop_object(callee);
}

/* --------------------------------------------------------------- bench */

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* which: 1 fib, 2 loop, 3 both; each `reps` times. */
static void bench(int which, int reps) {
    object *ob = make_calls();
    vm_max_eval_cost = INT64_MAX / 2;
    for (int i = 0; i < reps; i++) {
        double t = now_ms();
        if (which & 1) {
            push_int(27);
            svalue *r = vm_call_index(ob, fib_index, 1, ORIGIN_DRIVER);
            printf("fib(27) = %lld in %.1f ms\n", r ? (long long)r->u.n : -1LL, now_ms() - t);
        }
        t = now_ms();
        if (which & 2) {
            int64_t s = call_int(ob, "loop");
            printf("10M loop = %lld in %.1f ms\n", (long long)s, now_ms() - t);
        }
    }
    drop_object(ob);
}

int main(int argc, char **argv) {
    str_init();
    efun_init();
    vm_init();
    vm_max_eval_cost = 1000000000;
    if (argc > 1 && strcmp(argv[1], "bench") == 0) {
        bench(argc > 2 ? atoi(argv[2]) : 3, argc > 3 ? atoi(argv[3]) : 1);
    } else {
        test_arith();
        test_calls();
        test_errors();
        test_fused_index();
        test_lvalues();
        test_funcptrs();
        test_other();
    }
    vm_shutdown();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
