/*
 * interp_slow.c — the out-of-line work of the dispatch loop (interp.c):
 * building function pointers, mapping literals, sscanf, class members,
 * loading values that need more than a bit copy, and the slow (non-int)
 * paths of the fused instructions the code generator emits for common
 * shapes (x += e, e + k, local + k, local < k jumps, for-loop steps,
 * c[k] = v).
 *
 * Every function here runs with vm_fp->pc and vm_sp saved (SAVE() in
 * interp.c) and works on the stack through vm_sp, so an error unwinds
 * cleanly.
 */
#include <string.h>
#include "lvalue.h"
#include "opcodes.h"
#include "sscanf.h"
#include "vmint.h"

/* The n values on top of the stack, moved into a new array (NULL for 0). */
static array *take_values(int n) {
    if (n == 0) return NULL;
    array *a = arr_new((size_t)n);
    memcpy(a->item, vm_sp - n + 1, (size_t)n * sizeof(svalue));
    vm_sp -= n;
    return a;
}

static void push_fp(funcptr *f) {
    f->owner = vm_current_object ? obj_ref(vm_current_object) : NULL;
    sv_set_fp(++vm_sp, f);
}

/* MAKE_FP_*: the pointer built from the stack's operands. */
void vm_make_fp(int op, int w, int b) {
    frame *fp = vm_fp;
    if (op == OP_MAKE_FP_CALL_OTHER) {
        array *args = take_values(b);
        svalue *name = vm_sp, *target = vm_sp - 1;
        if (name->type != T_STRING) {
            if (args) arr_free(args);
            vm_error("Bad function name in a call_other function pointer");
        }
        funcptr *f = fp_new(FP_CALL_OTHER);
        f->args = args;
        f->name = str_intern_str(name->u.s);
        f->target = *target;
        vm_sp -= 2;
        push_fp(f);
        return;
    }
    array *args = take_values(b);
    funcptr *f;
    switch (op) {
    case OP_MAKE_FP_LOCAL:
        f = fp_new(FP_LOCAL);
        f->index = (uint16_t)(fp->fn_offset + w);
        f->args = args;
        break;
    case OP_MAKE_FP_EFUN:
        f = fp_new(FP_EFUN);
        f->index = (uint16_t)w;
        f->args = args;
        break;
    case OP_MAKE_FP_SIMUL:
        f = fp_new(FP_SIMUL);
        f->index = (uint16_t)w;
        f->args = args;
        break;
    default:
        f = fp_new(FP_FUNCTIONAL);
        f->index = (uint16_t)(fp->fn_offset + w);
        f->var_offset = fp->var_offset;
        f->fn_offset = fp->fn_offset;
        f->num_args = fp->obprog->impl[f->index].def->num_args;
        f->captured = args;
        break;
    }
    push_fp(f);
}

/* AGGREGATE_MAP: the w key/value pairs on the stack become a mapping. */
void vm_make_mapping(int w) {
    svalue *pairs = vm_sp - 2 * w + 1;
    push_map(map_new((size_t)w));            /* owned by the stack meanwhile */
    mapping *m = vm_sp->u.m;
    for (int i = 0; i < w; i++) {
        svalue *k = &pairs[2 * i], *v = k + 1;
        svalue *slot = map_insert(m, k);
        vm_free(slot);
        *slot = *v;
        *v = const0;
    }
    svalue r = *vm_sp--;
    while (vm_sp >= pairs) {
        vm_free(vm_sp);
        vm_sp--;
    }
    *++vm_sp = r;
}

/* SSCANF: str fmt lv1..lvn -- count. */
void vm_do_sscanf(int n) {
    svalue *base = vm_sp - n - 1;
    if (base[0].type != T_STRING) vm_bad_operand(1, "sscanf", "string", &base[0]);
    if (base[1].type != T_STRING) vm_bad_operand(2, "sscanf", "string", &base[1]);
    int64_t matched = vm_sscanf(&base[0], &base[1], &base[2], n);
    while (vm_sp > base) {
        vm_free(vm_sp);
        vm_sp--;
    }
    vm_free(base);
    sv_set_int(base, matched);
}

/* MEMBER on a class value in place. */
void vm_class_member(svalue *c, int w) {
    if (c->type != T_CLASS) vm_error("Tried to take a member of something that isn't a class.");
    if ((uint32_t)w >= c->u.a->size) vm_error("Class has no corresponding member.");
    svalue r;
    sv_fix_object(&c->u.a->item[w]);
    sv_dup(&r, &c->u.a->item[w]);
    vm_free(c);
    *c = r;
}

/* LOCAL/GLOBAL of a value that needs more than a bit copy. */
void vm_load_slow(svalue *dst, svalue *v) {
    if (v->type == T_OBJECT) sv_fix_object(v);
    if (v->type >= T_LVALUE) lv_get(dst, v);
    else sv_dup(dst, v);
}

static inline int truthy(const svalue *v) {
    return v->type == T_INT ? v->u.n != 0 : sv_truthy(v);
}

/* Pushes an lvalue for local slot v: the slot itself (as LOCAL_LV), or with
 * `deref` the lvalue v holds if it holds one (as INC_LOCAL). */
static svalue *push_local_lv(svalue *v, int deref) {
    svalue *t = ++vm_sp;
    if (deref && v->type >= T_LVALUE) {
        lv_dup(t, v);
    } else {
        t->type = T_LVALUE; t->subtype = LV_SLOT; t->x16 = 0; t->x32 = 0; t->u.lv = v;
    }
    return t;
}

void vm_add_eq_local_slow(svalue *v) {
    svalue *t = vm_sp;
    t[1] = t[0];
    vm_sp--;
    push_local_lv(v, 0);
    vm_sp++;                                  /* the operand, above the lvalue */
    lv_compound(OP_ADD_EQ, t);
    vm_sp = t;
    vm_free(t);
    vm_sp--;
}

void vm_binop_int_slow(int op, int64_t k) {
    svalue *a = vm_sp, r;
    sv_put_int(++vm_sp, k);
    arith_binary(op, &r, a, vm_sp);
    vm_sp--;
    vm_free(a);
    *a = r;
}

int vm_cmp_local_slow(int op, svalue *v, int64_t k) {
    svalue r;
    vm_load_slow(vm_sp + 1, v);
    vm_sp++;
    sv_put_int(++vm_sp, k);
    arith_binary(op, &r, vm_sp - 1, vm_sp);
    vm_sp--;
    vm_free(vm_sp);
    vm_sp--;
    int c = truthy(&r);
    vm_free(&r);
    return c;
}

void vm_incdec_local_slow(svalue *v, int inc) {
    if (v->type == T_FLOAT) {
        v->u.f += inc ? 1.0 : -1.0;
        return;
    }
    svalue *t = push_local_lv(v, 1);
    lv_incdec(inc ? OP_PRE_INC : OP_PRE_DEC, t);
    vm_free(t);
    vm_sp--;
}

void vm_set_index_slow(svalue *c) {
    svalue *t = vm_sp - 1;                    /* k v -> lv k v */
    t[2] = t[1];
    t[1] = t[0];
    vm_sp = t - 1;
    push_local_lv(c, 0);
    vm_sp = t + 2;
    lv_index(t, 0);
    lv_assign(t, t + 2);
    vm_free(t + 2);
    vm_free(t + 1);
    lv_release(t);
    vm_sp = t - 1;
}
