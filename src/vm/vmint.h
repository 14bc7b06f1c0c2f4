/*
 * vmint.h — what the files of the VM core share and nobody else needs:
 * stack and frame limits, frame flags, the inline value moves of the hot
 * path, and the entry points between interp.c, interp_slow.c, call.c,
 * error.c, arith.c, index.c and lvalue.c.
 *
 * Frames: vm_frames[0..] with vm_fp the innermost, NULL when idle. A frame
 * that changes the current object (apply, call_other, function pointer,
 * simul_efun) holds counted references to its object and that object's
 * program, so a destruct in mid-call frees nothing the frame still runs
 * on. Local calls share the caller's references.
 */
#ifndef HEARTH_VMINT_H
#define HEARTH_VMINT_H

#include <string.h>
#include "vm.h"
#include "../runtime/object.h"

#define VM_STACK_SIZE  65536     /* slots a call may start below */
#define VM_STACK_GUARD 65536     /* room for one function's temporaries above that */
#define VM_MAX_FRAMES  2048      /* hard cap on vm_max_call_depth */

enum frame_flags {
    FR_ENTRY = 1,        /* called from C: RETURN leaves the dispatch loop */
    FR_HOLDS = 2,        /* holds refs on ob and obprog */
    FR_OBCHANGE = 4      /* previous_object() moves on here */
};

/* What vm_execute() stopped on. */
enum exec_status { EXEC_RETURNED, EXEC_END_CATCH, EXEC_CATCH_RETURN };

extern svalue *vm_stack_limit;       /* calls refuse to start above this */

/* ------------------------------------------------------------ value moves */

static inline int sv_is_heap(const svalue *v) {
    return v->type >= T_STRING && v->type <= T_CLASS;
}

/* Values are moved as two 8-byte words (payload, then type/subtype/extra)
 * and ints are written the same way: a 16-byte load of a slot written
 * piecewise moments before would stall on store forwarding. */
static inline void sv_move(svalue *dst, const svalue *src) {
    uint64_t a, b;
    memcpy(&a, src, 8);
    memcpy(&b, (const char *)src + 8, 8);
    memcpy(dst, &a, 8);
    memcpy((char *)dst + 8, &b, 8);
}

static inline void sv_put_int(svalue *v, int64_t n) {
    uint64_t tag = T_INT;            /* type T_INT, subtype 0, extras 0 */
    memcpy(v, &n, 8);
    memcpy((char *)v + 8, &tag, 8);
}

/* sv_copy with the int/float case inline: every heap payload starts with
 * its uint32_t reference count (value.h invariant). */
static inline void sv_dup(svalue *dst, const svalue *src) {
    sv_move(dst, src);
    if (sv_is_heap(src)) ++*(uint32_t *)src->u.p;
}

void lv_release(svalue *lv);         /* lvalue.c */

/* Frees any stack value, lvalues included; leaves int 0. */
static inline void vm_free(svalue *v) {
    if (v->type >= T_STRING) {
        if (v->type <= T_CLASS) sv_free_heap(v);
        else lv_release(v);
    }
    v->type = T_INT; v->subtype = 0; v->u.n = 0;
}

/* Releases a value whose slot is abandoned (no reset to 0). */
static inline void vm_drop(svalue *v) {
    if (v->type >= T_STRING) {
        if (v->type <= T_CLASS) sv_free_heap(v);
        else lv_release(v);
    }
}

static inline int ob_dead(const object *ob) {
    return (ob->flags & O_DESTRUCTED) != 0;
}

/* A value about to be read: a destructed object becomes 0 in place
 * (undefined outside the VM stack, see sv_check_object). */
static inline void sv_fix_object(svalue *v) {
    if (v->type == T_OBJECT && ob_dead(v->u.ob)) sv_drop_dead_object(v);
}

/* ------------------------------------------------------------------ call.c */

/* Starts a call of `def` (code in `prog`, variables at ob->vars+var_off,
 * functions at fn_off in obprog) with nargs args on top of the stack:
 * adjusts the args, pushes the locals and the frame. Errors (depth, stack,
 * eval cost) leave the args on the stack for the unwinder. */
frame *vm_enter(object *ob, program *obprog, program *prog, const func_def *def,
                int var_off, int fn_off, int nargs, int origin, int flags);
/* Pops the innermost frame (its values must be gone already). */
void vm_leave(void);
/* Frame setup for a call to function index fi of ob's program. */
frame *vm_enter_index(object *ob, int fi, int nargs, int origin, int flags);
/* Resolves `name` in ob for an apply of the given origin, following
 * shadows: returns the function index and sets *target, or -1. */
int vm_find_apply(object **target, lstr *name, int origin);
/* Lays out a function value's call on the stack (the value at base, its
 * nargs args above) and pushes the frame, or calls an efun pointer in
 * place. Returns 1 when a frame was pushed, 0 when the result already sits
 * at base. The value at base is consumed. */
int vm_setup_fp(svalue *base, int nargs, int flags);
/* previous_object() while an efun runs through a pointer: 1 and *prev
 * when the current frame is evaluating one; reset when an error unwinds. */
int vm_fp_efun_prev(struct object **prev);
void vm_fp_efun_reset(void);
/* Runs the frames pushed since the last entry until the FR_ENTRY frame
 * returns; the result is left on the stack top. */
void vm_run_entry(void);
/* Calls efun `e` with argc args on top of the stack; the result replaces them. */
void vm_call_efun(int e, int argc);
/* call_other on the stack: target name a1..an (target: object, path or
 * array of objects; name: string or ({ name, args... })). Pushes the frame
 * (returns 1) or leaves the result in place of the target (returns 0). */
int vm_setup_call_other(int nargs, int flags);

/* ---------------------------------------------------------------- interp.c */

/* The dispatch loop: runs from vm_fp->pc. `catch_fp` is the frame of the
 * CATCH being run (NULL outside a catch body). */
int vm_execute(frame *catch_fp);

/* ----------------------------------------------------------- interp_slow.c */

/* All of these run with the state saved (vm_sp is the stack top). */
/* MAKE_FP_* w b: the pointer built from the stack's operands. */
void vm_make_fp(int op, int w, int b);
/* AGGREGATE_MAP w: the w key/value pairs on the stack become a mapping. */
void vm_make_mapping(int w);
/* SSCANF n: str fmt lv1..lvn -- count. */
void vm_do_sscanf(int n);
/* MEMBER w on the class value at c, in place. */
void vm_class_member(svalue *c, int w);
/* LOCAL/GLOBAL of a value that needs more than a bit copy, into dst. */
void vm_load_slow(svalue *dst, svalue *v);
/* ADD_EQ_LOCAL: local slot v += the stack top (popped). */
void vm_add_eq_local_slow(svalue *v);
/* ADD_INT8 etc.: stack top = top OP k, for a binary operator op. */
void vm_binop_int_slow(int op, int64_t k);
/* The truth of `local v OP k` for a comparison op (EQ..GE). */
int vm_cmp_local_slow(int op, svalue *v, int64_t k);
/* ++/-- of a local slot v that holds no int. */
void vm_incdec_local_slow(svalue *v, int inc);
/* SET_INDEX_LOCAL: k v on the stack top (popped); local slot c's [k] = v. */
void vm_set_index_slow(svalue *c);

/* ---------------------------------------------------------------- error.c */

/* previous_object(-1): every previous object up the chain. */
array *vm_all_previous_objects(void);
/* Raises "Too long evaluation. Execution aborted.". */
_Noreturn void vm_eval_exhausted(void);
/* "Too deep recursion." / "Evaluator stack overflow.": like vm_error, but
 * as in 2.7 the master's error_handler is not called for it (there is no
 * room to run it); the trace goes to the debug log only. */
_Noreturn void vm_error_too_deep(const char *msg);
/* Runs the catch body at vm_fp->pc under a handler; returns an enum
 * exec_status, having pushed 0 (normal end) or the error value (then
 * vm_fp->pc is `target`). EXEC_CATCH_RETURN: the body returned from the
 * function, the return value is on the stack top. */
int vm_run_catch(const uint8_t *target);
void vm_errors_shutdown(void);

/* ---------------------------------------------------------------- arith.c */

/* r = a OP b for the binary operator opcodes ADD..GE; r must be free,
 * a and b are left alone. */
void arith_binary(int op, svalue *r, const svalue *a, const svalue *b);
/* In place on the stack top: NEG, COMPL. */
void arith_unary(int op, svalue *v);
/* The text `+` joins for an operand of a string sum (a string, an int as
 * "%d", a float as "%f", an object's name) in *p and *len, using buf (at least
 * ARITH_TEXT_MAX bytes) when needed; 0 for any other type. */
#define ARITH_TEXT_MAX 400    /* room for any "%f" of a double */
int arith_text(const svalue *v, char *buf, size_t n, const char **p, size_t *len);

/* ---------------------------------------------------------------- index.c */

/* c[i] / c[<i]: replaces *c by the element; *i is freed. */
void vm_index(svalue *c, svalue *i, int from_end);
/* INDEX_LOCAL/INDEX_GLOBAL: the key on the stack top becomes c[key], c
 * being the variable's slot (read as LOCAL/GLOBAL would read it). */
void vm_index_slot(svalue *c);
/* RANGE: c[from..to] per the RANGE_* flags, bounds at c[1..] (freed);
 * the result replaces *c. */
void vm_range(svalue *c, int flags);
/* FOREACH_INIT on the stack top; FOREACH_NEXT: pushes b values or
 * returns 0 when done (state popped). */
void vm_foreach_init(void);
int vm_foreach_next(int b);
/* SWITCH: the code offset to continue at. */
uint32_t vm_switch_target(const switch_table *t, const svalue *v);

#endif
