/*
 * call.c — calling LPC functions: the value stack and call frames, the
 * argument rules, the apply cache, applies from C (vm_apply and friends),
 * call_other, function pointers and efun calls.
 *
 * Argument rules at entry (vm_enter): missing arguments are undefined 0,
 * extra ones are dropped, a true varargs parameter (`int *x...`) collects
 * the rest into an array; the other locals start as 0.
 *
 * Calls made by the dispatch loop (CALL, call_other, function pointers)
 * only push a frame: the loop goes on running the callee. Only C callers
 * (vm_apply...) start a nested loop, which returns when their FR_ENTRY
 * frame returns. Their result is moved to `apply_ret` and the stack is
 * back where it was before the arguments were pushed.
 *
 * A frame may sit above values that are not its locals (`below` slots:
 * the function value of CALL_FP, the target and name of call_other); they
 * are kept alive by the stack and freed with the frame's locals on return.
 *
 * Use times (2.7): every C entry into an object stamps its last_access
 * (clean_up's idle clock); an apply or call_other by name also clears
 * O_RESET_STATE, found function or not, so the object is due a reset().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "../efun/efun.h"
#include "../efun/sprintf.h"
#include "../runtime/simul_efun.h"
#include "lvalue.h"
#include "vmint.h"

svalue vm_stack[VM_STACK_SIZE + VM_STACK_GUARD + 1];
svalue *vm_sp = vm_stack;
svalue *vm_stack_limit = vm_stack + VM_STACK_SIZE;
frame vm_frames[VM_MAX_FRAMES];
frame *vm_fp;
struct object *vm_current_object;
struct object *vm_command_giver;
int64_t vm_max_eval_cost = 1000000;
int64_t vm_eval_cost = 1000000;
int vm_max_call_depth = 150;

static svalue apply_ret;             /* the last C-level call's result */

/* ------------------------------------------------------------ the stack */

void push_cstr(const char *s) { push_str(str_newz(s)); }

void push_object(struct object *ob) { sv_set_obj(++vm_sp, ob); }

void vm_pop(int n) {
    while (n-- > 0) {
        vm_free(vm_sp);
        vm_sp--;
    }
}

void vm_reset_eval(void) { vm_eval_cost = vm_max_eval_cost; }

/* --------------------------------------------------------------- frames */

/* Fits nargs args to def's parameters; returns how many slots they take. */
static int adjust_args(const func_def *def, int nargs) {
    int na = def->num_args;
    if (def->flags & FN_TRUE_VARARGS) {
        int fixed = na - 1;
        if (nargs > fixed) {
            int n = nargs - fixed;
            array *a = arr_new((size_t)n);
            memcpy(a->item, vm_sp - n + 1, (size_t)n * sizeof(svalue));
            vm_sp -= n;
            push_arr(a);
        } else {
            for (; nargs < fixed; nargs++) *++vm_sp = const_undef;
            push_arr(arr_new_empty());
        }
        return na;
    }
    if (nargs > na) vm_pop(nargs - na);
    else for (; nargs < na; nargs++) *++vm_sp = const_undef;
    return na;
}

frame *vm_enter(object *ob, program *obprog, program *prog, const func_def *def,
                int var_off, int fn_off, int nargs, int origin, int flags) {
    frame *f = vm_fp ? vm_fp + 1 : vm_frames;
    int depth = (int)(f - vm_frames);
    if (depth >= vm_max_call_depth || depth >= VM_MAX_FRAMES) vm_error_too_deep("Too deep recursion.");
    if (vm_sp >= vm_stack_limit) vm_error_too_deep("Evaluator stack overflow.");
    if (--vm_eval_cost <= 0) vm_eval_exhausted();
    if (def->flags & FN_PROTOTYPE) vm_error("Undefined function called: %s", def->name->data);
    svalue *args = vm_sp - nargs + 1;
    if (nargs != def->num_args || (def->flags & FN_TRUE_VARARGS)) adjust_args(def, nargs);
    for (int i = def->num_locals; i > 0; i--) *++vm_sp = const_undef;   /* as 2.7 */
    f->pc = prog->code + def->address;
    f->locals = args;
    f->vars = ob->vars + var_off;
    f->ob = ob;
    f->prev_ob = (flags & FR_OBCHANGE) || !vm_fp ? vm_current_object : vm_fp->prev_ob;
    f->prog = prog;
    f->fn = def;
    f->captured = NULL;
    f->fn_offset = (uint16_t)fn_off;
    f->var_offset = (uint16_t)var_off;
    f->origin = (uint16_t)origin;
    f->num_locals_total = (uint16_t)(def->num_args + def->num_locals);
    f->obprog = obprog;
    f->saved_current = vm_current_object;
    f->flags = (uint8_t)flags;
    f->below = 0;
    if (flags & FR_HOLDS) {
        obj_ref(ob);
        prog_ref(obprog);
    }
    vm_fp = f;
    vm_current_object = ob;
    return f;
}

void vm_leave(void) {
    frame *f = vm_fp;
    vm_current_object = f->saved_current;
    vm_fp = f == vm_frames ? NULL : f - 1;
    if (f->flags & FR_HOLDS) {
        prog_free(f->obprog);
        obj_free(f->ob);
    }
}

frame *vm_enter_index(object *ob, int fi, int nargs, int origin, int flags) {
    program *p = ob->prog;
    if (fi < 0 || fi >= p->n_funcs) vm_error("Bad function index %d", fi);
    const func_impl *im = &p->impl[fi];
    return vm_enter(ob, p, im->prog, im->def, im->var_offset, im->fn_offset, nargs, origin, flags);
}

/* ------------------------------------------------------------ apply cache */

#define CACHE_BITS 12
#define CACHE_SIZE (1u << CACHE_BITS)

typedef struct cache_entry {
    program *prog;                   /* counted */
    lstr *name;                      /* counted, interned */
    int index;                       /* visible function, or -1 */
} cache_entry;

static cache_entry apply_cache[CACHE_SIZE];

static inline uint32_t cache_slot(const program *p, const lstr *name) {
    uintptr_t a = (uintptr_t)p >> 4, b = (uintptr_t)name >> 3;
    return (uint32_t)((a ^ (a >> CACHE_BITS) ^ b ^ (b >> CACHE_BITS) ^ (b << 3)) & (CACHE_SIZE - 1));
}

/* The cache holds references, so a cached (program, name) pair can never
 * be confused with a new program or string at the same address. */
int vm_lookup_cached(program *p, lstr *name) {
    cache_entry *e = &apply_cache[cache_slot(p, name)];
    if (e->prog == p && e->name == name) return e->index;
    int index = prog_find_function(p, name);
    if (e->prog) {
        prog_free(e->prog);
        str_free(e->name);
    }
    e->prog = prog_ref(p);
    e->name = str_ref(name);
    e->index = index;
    return index;
}

static void vm_cache_clear(void) {
    for (uint32_t i = 0; i < CACHE_SIZE; i++) {
        cache_entry *e = &apply_cache[i];
        if (!e->prog) continue;
        prog_free(e->prog);
        str_free(e->name);
        e->prog = NULL;
        e->name = NULL;
    }
}

/* May a caller of this origin run entry fi of ob's program? Driver
 * applies reach everything; call_outs and internal callbacks anything but
 * private functions; other callers that much in their own object and
 * public functions elsewhere.  A call_other from an object to itself
 * reaches protected functions only until some other object's call_other
 * to that name was refused: 2.7 caches the refusal per program and name
 * and then refuses everyone (FN_DENIED reproduces that). */
static int callable(const object *ob, int fi, int origin) {
    program *p = ob->prog;
    func_def *entry = &p->funcs[fi];
    const func_def *def = p->impl[fi].def;
    int flags = entry->flags | def->flags;
    if (def->flags & FN_PROTOTYPE) return 0;
    if (origin == ORIGIN_DRIVER) return 1;
    if (flags & FN_PRIVATE) return 0;
    if (origin == ORIGIN_CALL_OUT || origin == ORIGIN_INTERNAL) return 1;
    if (!(flags & (FN_PROTECTED | FN_STATIC))) return 1;
    if (ob == vm_current_object)
        return origin != ORIGIN_CALL_OTHER || !(entry->flags & FN_DENIED);
    if (origin == ORIGIN_CALL_OTHER) entry->flags |= FN_DENIED;
    return 0;
}

int vm_find_apply(object **target, lstr *name, int origin) {
    object *ob = *target;
    while (ob->shadowed_by && ob->shadowed_by != vm_current_object && !ob_dead(ob->shadowed_by))
        ob = ob->shadowed_by;
    for (;;) {
        int fi = vm_lookup_cached(ob->prog, name);
        if (fi >= 0 && callable(ob, fi, origin)) {
            *target = ob;
            return fi;
        }
        if (!ob->shadowing) return -1;
        ob = ob->shadowing;
    }
}

/* ------------------------------------------------------------ C entries */

/* ob is being used by name (apply, call_other): see the header. */
static inline void touch(object *ob) {
    ob->last_access = (int64_t)time(NULL);
    ob->flags &= ~(uint32_t)O_RESET_STATE;
}

void vm_run_entry(void) {
    vm_execute(NULL);
}

/* Moves the finished call's result from the stack top to apply_ret. */
static svalue *take_result(void) {
    vm_free(&apply_ret);
    apply_ret = *vm_sp;
    vm_sp--;
    return &apply_ret;
}

/* A C entry made while no error boundary exists runs inside one: an error
 * is reported and the call returns NULL. */
typedef struct protected_call {
    object *ob;
    funcptr *fp;
    int fi, nargs, origin;
    svalue *result;
} protected_call;

static void run_protected_call(void *p) {
    protected_call *c = p;
    c->result = c->fp ? vm_call_fp(c->fp, c->nargs)
                      : vm_call_index(c->ob, c->fi, c->nargs, c->origin);
}

/* Runs c under a boundary whose stack mark sits below c's arguments. */
static svalue *call_with_boundary(protected_call *c) {
    c->result = NULL;
    if (vm_protect_mark(vm_sp - c->nargs, run_protected_call, c, 1)) return NULL;
    return c->result;
}

svalue *vm_call_index(struct object *ob, int fi, int nargs, int origin) {
    if (!ob || ob_dead(ob)) {
        vm_pop(nargs);
        return NULL;
    }
    if (!vm_handlers) {
        protected_call c = { ob, NULL, fi, nargs, origin, NULL };
        return call_with_boundary(&c);
    }
    if (!vm_fp) vm_reset_eval();
    ob->last_access = (int64_t)time(NULL);
    vm_enter_index(ob, fi, nargs, origin, FR_ENTRY | FR_HOLDS | FR_OBCHANGE);
    vm_run_entry();
    return take_result();
}

/* vm_apply on a live `ob` with the name already interned; takes over the
 * reference `key`. */
static svalue *apply_key(lstr *key, object *ob, int nargs, int origin) {
    touch(ob);
    object *target = ob;
    int fi = vm_find_apply(&target, key, origin);
    str_free(key);
    if (fi < 0) {
        vm_pop(nargs);
        return NULL;
    }
    return vm_call_index(target, fi, nargs, origin);
}

svalue *vm_apply_str(lstr *name, struct object *ob, int nargs, int origin) {
    if (!ob || ob_dead(ob)) {
        vm_pop(nargs);
        return NULL;
    }
    lstr *key = name->interned ? str_ref(name) : str_intern(name->data, name->len);
    return apply_key(key, ob, nargs, origin);
}

svalue *vm_apply(const char *name, struct object *ob, int nargs, int origin) {
    if (!ob || ob_dead(ob)) {
        vm_pop(nargs);
        return NULL;
    }
    return apply_key(str_internz(name), ob, nargs, origin);
}

typedef struct safe_apply_req {
    const char *name;
    object *ob;
    int nargs, origin;
    svalue *result;
} safe_apply_req;

static void run_safe_apply(void *p) {
    safe_apply_req *r = p;
    r->result = vm_apply(r->name, r->ob, r->nargs, r->origin);
}

svalue *vm_safe_apply(const char *name, struct object *ob, int nargs, int origin) {
    safe_apply_req r = { name, ob, nargs, origin, NULL };
    if (vm_protect_mark(vm_sp - nargs, run_safe_apply, &r, 1)) return NULL;
    return r.result;
}

svalue *vm_apply_master(const char *name, int nargs) {
    if (!master_ob || ob_dead(master_ob)) {
        vm_pop(nargs);
        return NULL;
    }
    return vm_apply(name, master_ob, nargs, ORIGIN_DRIVER);
}

svalue *vm_call_fp(funcptr *f, int nargs) {
    if (!vm_handlers) {
        protected_call c = { NULL, f, 0, nargs, 0, NULL };
        return call_with_boundary(&c);
    }
    if (!vm_fp) vm_reset_eval();
    svalue *base = vm_sp - nargs + 1;
    memmove(base + 1, base, (size_t)nargs * sizeof(svalue));
    vm_sp++;
    f->refs++;
    sv_set_fp(base, f);
    if (vm_setup_fp(base, nargs, FR_ENTRY)) vm_run_entry();
    return take_result();
}

/* ------------------------------------------------------------ efun calls */

void vm_call_efun(int e, int argc) {
    const efun_info *ei = &efun_table[e];
    svalue *argv = vm_sp - argc + 1;
    if (argc < ei->min_args || (ei->max_args != EFUN_VARARGS && argc > ei->max_args))
        vm_error("Wrong number of arguments to %s()", ei->name);
    for (int i = 0; i < argc && i < ei->n_specs; i++) {
        sv_fix_object(&argv[i]);
        if (!(TM(argv[i].type) & ei->arg_mask[i])) efun_bad_arg(e, i + 1, &argv[i]);
    }
    if (!ei->fn) efun_not_implemented(ei->name);
    svalue *ret = ++vm_sp;
    *ret = const0;
    ei->fn(argv, argc, ret);
    svalue r = *ret;
    *ret = const0;
    while (vm_sp > argv) {           /* the ret slot, any leftovers, the args */
        vm_free(vm_sp);
        vm_sp--;
    }
    vm_free(argv);
    *argv = r;
    vm_sp = argv;
}

/* Fills defaults for an efun called through a pointer with too few args. */
static int efun_fill_defaults(int e, int argc) {
    const efun_info *ei = &efun_table[e];
    while (argc < ei->n_specs && argc < EFUN_MAX_ARGS && ei->defaults[argc] != DEF_NONE) {
        if (ei->defaults[argc] == DEF_THIS_OBJECT) push_object(vm_current_object);
        else push_int(ei->def_int[argc]);
        argc++;
    }
    if (argc < ei->min_args) vm_error("Too few arguments to efun %s in efun pointer.", ei->name);
    if (ei->max_args != EFUN_VARARGS && argc > ei->max_args)
        vm_error("Too many arguments to efun %s in efun pointer.", ei->name);
    return argc;
}

/* ------------------------------------------------------------ call_other */

/* call_other(ob, ({ "fn", a, b }), c): the array's tail goes before c. */
static void spread_name_array(svalue *name, int *nargs) {
    array *a = name->u.a;
    if (a->size < 1 || a->item[0].type != T_STRING)
        vm_error("call_other: 1st elem of array for arg 2 must be a string");
    int extra = (int)a->size - 1;
    svalue *args = name + 1;
    memmove(args + extra, args, (size_t)*nargs * sizeof(svalue));
    for (int i = 0; i < extra; i++) {
        sv_dup(&args[i], &a->item[i + 1]);
        sv_fix_object(&args[i]);
    }
    vm_sp += extra;
    *nargs += extra;
    svalue fn;
    sv_dup(&fn, &a->item[0]);
    vm_free(name);
    *name = fn;
}

/* 2.7's wording for calling through a value that is no object. */
static _Noreturn void call_other_bad_target(const svalue *base) {
    lstr *s = sprintf_value(base);
    char have[4096];
    snprintf(have, sizeof have, "%s", s->data);
    str_free(s);
    vm_error("Bad argument 1 to call_other()\nExpected: string or array or object Got: %s.", have);
}

/* target->name(args) for each object of an array: the array of results. */
static void call_other_array(svalue *base, int nargs) {
    array *obs = base->u.a, *res = arr_new(obs->size);
    svalue *args = base + 2;
    push_arr(res);                   /* owned by the stack while we work */
    for (uint32_t i = 0; i < obs->size; i++) {
        svalue *t = &obs->item[i];
        sv_fix_object(t);
        if (t->type != T_OBJECT) continue;
        for (int k = 0; k < nargs; k++) push_svalue(&args[k]);
        svalue *r = vm_apply_str(base[1].u.s, t->u.ob, nargs, ORIGIN_CALL_OTHER);
        if (r) {
            vm_free(&res->item[i]);
            res->item[i] = *r;
            *r = const0;
        }
    }
    svalue out = *vm_sp--;
    while (vm_sp >= base) {
        vm_free(vm_sp);
        vm_sp--;
    }
    *++vm_sp = out;
}

int vm_setup_call_other(int nargs, int flags) {
    svalue *base = vm_sp - nargs - 1, *name = base + 1;
    object *ob;
    if (vm_current_object && ob_dead(vm_current_object)) goto not_found;
    if (name->type == T_ARRAY) spread_name_array(name, &nargs);
    if (name->type != T_STRING) vm_error("Bad argument 2 to call_other()");
    sv_fix_object(base);
    switch (base->type) {
    case T_OBJECT:
        ob = base->u.ob;
        break;
    case T_STRING:
        ob = obj_load(base->u.s->data);
        if (!ob) vm_error("call_other() couldn't find object");
        break;
    case T_ARRAY:
        call_other_array(base, nargs);
        return 0;
    default:
        call_other_bad_target(base);
    }
    if (!name->u.s->interned) {
        lstr *k = str_intern(name->u.s->data, name->u.s->len);
        str_free(name->u.s);
        name->u.s = k;
    }
    touch(ob);
    int fi = vm_find_apply(&ob, name->u.s, ORIGIN_CALL_OTHER);
    if (fi < 0) goto not_found;
    vm_enter_index(ob, fi, nargs, ORIGIN_CALL_OTHER, flags | FR_HOLDS | FR_OBCHANGE)->below = 2;
    return 1;
not_found:
    while (vm_sp > base) {
        vm_free(vm_sp);
        vm_sp--;
    }
    vm_free(base);
    *base = const_undef;
    return 0;
}

/* ------------------------------------------------------ function pointers */

/* Makes room for `extra` slots between base and its nargs args. */
static void open_gap(svalue *base, int extra, int nargs) {
    if (extra <= 0) return;
    memmove(base + 1 + extra, base + 1, (size_t)nargs * sizeof(svalue));
    vm_sp += extra;
}

/* While an efun runs through a pointer, previous_object() in the frame
 * that evaluated it is the evaluating object (2.7 runs it in a frame of
 * its own). An error unwinding clears this (see vm_fp_efun_reset). */
static frame *efun_fp_frame;
static object *efun_fp_prev;

static void call_efun_as_pointer(int index, int total, object *caller) {
    frame *saved_frame = efun_fp_frame;
    object *saved_prev = efun_fp_prev;
    efun_fp_frame = vm_fp;
    efun_fp_prev = caller;
    vm_call_efun(index, total);
    efun_fp_frame = saved_frame;
    efun_fp_prev = saved_prev;
}

int vm_fp_efun_prev(object **prev) {
    if (!vm_fp || vm_fp != efun_fp_frame) return 0;
    *prev = efun_fp_prev;
    return 1;
}

void vm_fp_efun_reset(void) { efun_fp_frame = NULL; }

int vm_setup_fp(svalue *base, int nargs, int flags) {
    if (base->type != T_FUNCTION) {          /* evaluate(x) of a non-function is x */
        vm_pop(nargs);
        return 0;
    }
    funcptr *f = base->u.fp;
    int nb = f->args ? (int)f->args->size : 0;
    int pre = f->kind == FP_CALL_OTHER ? 2 : 0;
    object *owner = f->owner;
    if (owner && ob_dead(owner))
        vm_error("Owner (%s) of function pointer is destructed.", owner->name->data);
    if (!owner && (f->kind == FP_LOCAL || f->kind == FP_FUNCTIONAL))
        vm_error("Owner of function pointer has been destructed.");
    open_gap(base, pre + nb, nargs);
    svalue *slot = base + 1;
    if (pre) {
        sv_dup(slot++, &f->target);
        sv_set_str(slot++, str_ref(f->name));
    }
    for (int i = 0; i < nb; i++) {
        sv_dup(&slot[i], &f->args->item[i]);
        sv_fix_object(&slot[i]);
    }
    int total = nb + nargs;
    object *caller = vm_current_object;
    frame *fr;
    switch (f->kind) {
    case FP_LOCAL:
        fr = vm_enter_index(owner, f->index, total, ORIGIN_LOCAL, flags | FR_HOLDS | FR_OBCHANGE);
        break;
    case FP_FUNCTIONAL: {
        const program *code = owner->prog;
        if (f->target.type == T_OBJECT) {    /* bound elsewhere: see f_bind */
            if (ob_dead(f->target.u.ob)) vm_error("Owner of function pointer has been destructed.");
            code = f->target.u.ob->prog;
        }
        if (f->index >= code->n_funcs) vm_error("Bad function pointer");
        const func_impl *im = &code->impl[f->index];
        fr = vm_enter(owner, owner->prog, im->prog, im->def, f->var_offset, f->fn_offset,
                      total, ORIGIN_FUNCTIONAL, flags | FR_HOLDS | FR_OBCHANGE);
        fr->captured = f->captured;
        break;
    }
    case FP_SIMUL: {
        int fi;
        object *ob = simul_target(f->index, &fi);
        if (owner) vm_current_object = owner;
        fr = vm_enter_index(ob, fi, total, ORIGIN_SIMUL_EFUN, flags | FR_HOLDS | FR_OBCHANGE);
        fr->saved_current = caller;
        break;
    }
    case FP_CALL_OTHER:
        if (owner) vm_current_object = owner;
        if (!vm_setup_call_other(total, flags)) {
            vm_current_object = caller;
            goto result_in_place;
        }
        fr = vm_fp;
        fr->saved_current = caller;
        fr->below = 3;               /* the function value, target, name */
        return 1;
    default:                         /* FP_EFUN: runs here, as the owner */
        if (owner) vm_current_object = owner;
        total = efun_fill_defaults(f->index, total);
        call_efun_as_pointer(f->index, total, caller);
        vm_current_object = caller;
        goto result_in_place;
    }
    fr->below = 1;
    return 1;
result_in_place:
    vm_free(base);
    *base = *vm_sp;
    vm_sp--;
    return 0;
}

/* ----------------------------------------------------------- life cycle */

void vm_init(void) {
    vm_sp = vm_stack;
    vm_stack[0] = const0;
    vm_fp = NULL;
    vm_stack_limit = vm_stack + VM_STACK_SIZE;
    vm_current_object = NULL;
    vm_command_giver = NULL;
    vm_reset_eval();
}

void vm_shutdown(void) {
    vm_pop((int)(vm_sp - vm_stack));
    vm_free(&apply_ret);
    vm_cache_clear();
    vm_errors_shutdown();
    lv_shutdown();
}
