/*
 * efun_vm.c — the efuns that are views of, or requests to, the VM itself:
 * evaluate, bind, call_other, this_object, previous_object (and
 * all_previous_objects), origin, call_stack, and the eval cost family
 * (set_eval_limit, eval_cost, reset_eval_cost, max_eval_cost...).
 *
 * catch and throw are the CATCH opcode and f_throw (efun_core.c) on top of
 * vm_throw.
 */
#include <string.h>
#include "../vm/vmint.h"
#include "efun.h"

/* Moves a C-level call's result into the efun's ret slot. */
static void take(svalue *ret, svalue *r) {
    if (!r) {
        *ret = const_undef;
        return;
    }
    *ret = *r;
    *r = const0;
}

/* evaluate(f, args...): calls f; any other value is returned as it is. */
void f_evaluate(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type != T_FUNCTION) {
        sv_copy(ret, &argv[0]);
        return;
    }
    for (int i = 1; i < argc; i++) push_svalue(&argv[i]);
    take(ret, vm_call_fp(argv[0].u.fp, argc - 1));
}

/* A functional that uses nothing of its program (FN_BINDABLE) may run as
 * any object; its code stays in the program of the object that made it,
 * which `target` keeps once it has moved to another program. */
static int movable(const funcptr *f) {
    if (f->kind != FP_FUNCTIONAL) return 0;
    const object *o = f->target.type == T_OBJECT ? f->target.u.ob : f->owner;
    if (!o || obj_destructed(o) || f->index >= o->prog->n_funcs) return 0;
    return (o->prog->impl[f->index].def->flags & FN_BINDABLE) != 0;
}

/* bind(f, ob): a copy of f owned by ob. Pointers to local functions never
 * move, not even to a clone of the same program; functionals move only
 * when movable(); the master's valid_bind(binder, old owner, new owner)
 * must agree. */
void f_bind(svalue *argv, int argc, svalue *ret) {
    funcptr *old = argv[0].u.fp;
    object *ob = argv[1].u.ob;
    if (ob == old->owner) {
        sv_copy(ret, &argv[0]);
        return;
    }
    int moves = movable(old);
    if (old->kind == FP_LOCAL)
        vm_error("Illegal to rebind a pointer to a local function.");
    if (old->kind == FP_FUNCTIONAL && !moves)
        vm_error("Illegal to rebind a functional that references globals or local functions.");
    if (master_ob && !obj_destructed(master_ob)) {
        push_object(vm_current_object);
        push_object(old->owner);
        push_object(ob);
        svalue *r = vm_apply_master("valid_bind", 3);
        if (r && r->type == T_INT && r->u.n == 0)
            vm_error("Master object denied permission to bind() function pointer.");
    }
    funcptr *f = fp_new(old->kind);
    f->num_args = old->num_args;
    f->index = old->index;
    f->var_offset = old->var_offset;
    f->fn_offset = old->fn_offset;
    f->owner = obj_ref(ob);
    if (moves && old->target.type != T_OBJECT) {
        sv_set_obj(&f->target, old->owner);
        f->var_offset = f->fn_offset = 0;
    } else {
        sv_copy(&f->target, &old->target);
    }
    f->name = old->name ? str_ref(old->name) : NULL;
    f->args = old->args ? arr_ref(old->args) : NULL;
    f->captured = old->captured ? arr_ref(old->captured) : NULL;
    sv_set_fp(ret, f);
}

/* call_other(ob | path | obs, fn | ({ fn, args... }), args...). */
void f_call_other(svalue *argv, int argc, svalue *ret) {
    svalue *target = vm_sp + 1;      /* the call is laid out above ret */
    for (int i = 0; i < argc; i++) push_svalue(&argv[i]);
    if (vm_setup_call_other(argc - 2, FR_ENTRY)) vm_run_entry();
    *ret = *target;                  /* the result replaced the target */
    vm_sp = target - 1;
}

void f_this_object(svalue *argv, int argc, svalue *ret) {
    sv_set_obj(ret, vm_current_object);
}

/* previous_object(n); with -1 (all_previous_objects) the whole chain. */
void f_previous_object(svalue *argv, int argc, svalue *ret) {
    int64_t n = argv[0].u.n;
    if (n >= 0) sv_set_obj(ret, n <= VM_MAX_FRAMES ? vm_previous_object((int)n) : NULL);
    else sv_set_arr(ret, vm_all_previous_objects());
}

void f_origin(svalue *argv, int argc, svalue *ret) {
    sv_set_str(ret, str_internz(vm_origin_name(vm_current_origin())));
}

void f_call_stack(svalue *argv, int argc, svalue *ret) {
    int64_t what = argv[0].u.n;
    if (what < 0 || what > 3) vm_error("First argument of call_stack() must be 0, 1, 2, or 3.");
    sv_set_arr(ret, vm_call_stack((int)what));
}

/* set_eval_limit(0): reset the budget, answer the maximum; (-1): the
 * budget left; (1): the maximum; anything else sets the maximum. The
 * aliases supply these arguments (eval_cost is -1, reset_eval_cost 0). */
void f_set_eval_limit(svalue *argv, int argc, svalue *ret) {
    int64_t n = argv[0].u.n;
    switch (n) {
    case 0:  vm_reset_eval(); sv_set_int(ret, vm_max_eval_cost); break;
    case -1: sv_set_int(ret, vm_eval_cost); break;
    case 1:  sv_set_int(ret, vm_max_eval_cost); break;
    default:
        vm_max_eval_cost = n;
        sv_set_int(ret, n);
        break;
    }
}
