/*
 * vm.h — the interpreter's public face: the value stack, calling LPC
 * functions from C (apply), the call frames the rest of the driver reads
 * (this_object, previous_object, origin, call_stack), and errors.
 *
 * Stack discipline: `vm_sp` points at the topmost live value. Pushing
 * writes *++vm_sp. A C caller of apply/call pushes the args, calls, and gets
 * the result pointer (valid until the next apply/call); the args are gone.
 *
 * Errors: vm_error() formats "*message\n", records a trace and longjmps to
 * the nearest handler: an LPC catch, or a C boundary set up with
 * vm_protect(). Nothing in between needs cleanup code: the stack above the
 * handler's saved top is freed by the unwinder, and frames are popped.
 * C code that holds references in C locals across a call that may error
 * must keep them on the VM stack instead (or use vm_protect).
 */
#ifndef HEARTH_VM_H
#define HEARTH_VM_H

#include <stdint.h>
#include <setjmp.h>
#include "value.h"
#include "program.h"

struct object;

/* ------------------------------------------------------------ value stack */
extern svalue *vm_sp;                /* top of stack */
extern svalue vm_stack[];            /* base */

static inline void push_int(int64_t n) { sv_set_int(++vm_sp, n); }
static inline void push_float(double f) { sv_set_float(++vm_sp, f); }
static inline void push_str(lstr *s) { sv_set_str(++vm_sp, s); }      /* takes ref */
static inline void push_arr(array *a) { sv_set_arr(++vm_sp, a); }     /* takes ref */
static inline void push_map(mapping *m) { sv_set_map(++vm_sp, m); }   /* takes ref */
static inline void push_svalue(const svalue *v) { sv_copy(++vm_sp, v); }
void push_cstr(const char *s);
void push_object(struct object *ob);        /* adds ref; NULL or destructed -> 0 */
void vm_pop(int n);                          /* frees n values */

/* ------------------------------------------------------------------ frames */
enum origin {                        /* what origin() reports */
    ORIGIN_DRIVER = 1, ORIGIN_LOCAL = 2, ORIGIN_CALL_OTHER = 4,
    ORIGIN_SIMUL_EFUN = 8, ORIGIN_INTERNAL = 16, ORIGIN_EFUN = 32,
    ORIGIN_FUNCTION_POINTER = 64, ORIGIN_FUNCTIONAL = 128, ORIGIN_CALL_OUT = 256
};

typedef struct frame {
    const uint8_t *pc;               /* saved pc while calling out */
    svalue *locals;                  /* first local slot */
    svalue *vars;                    /* ob->vars + var_offset */
    struct object *ob;               /* current object (this_object) */
    struct object *prev_ob;          /* previous_object() for this frame */
    program *prog;                   /* program whose code runs */
    const func_def *fn;
    array *captured;                 /* functional $(x) values */
    uint16_t fn_offset, var_offset;
    uint16_t origin;
    uint16_t num_locals_total;
    /* added by the VM core (call.c) */
    program *obprog;                 /* ob's program: virtual calls dispatch here */
    struct object *saved_current;    /* vm_current_object to restore on return */
    uint8_t flags;                   /* FR_* in vmint.h */
    uint8_t below;                   /* values under locals[0] freed on return */
} frame;

extern frame *vm_fp;                 /* innermost frame, NULL when idle */
extern frame vm_frames[];
extern struct object *vm_current_object;   /* this_object() (NULL when idle) */
extern struct object *vm_command_giver;    /* this_player() */
extern int64_t vm_eval_cost;         /* remaining; error at 0 */
extern int64_t vm_max_eval_cost;
extern int vm_max_call_depth;

void vm_init(void);
void vm_shutdown(void);
/* Resets the eval budget; called at every top-level entry. */
void vm_reset_eval(void);

/* ------------------------------------------------------------- calling in */
/* Calls the visible function `name` of ob with the nargs values on top of
 * the stack. Returns the result (held by the VM until the next apply:
 * copy it to keep it) or NULL when ob has no such function (or it is static/protected
 * and `origin` is ORIGIN_CALL_OTHER); in both cases the args are consumed.
 * Shadows are honoured. `name` need not be interned. */
svalue *vm_apply(const char *name, struct object *ob, int nargs, int origin);
svalue *vm_apply_str(lstr *name, struct object *ob, int nargs, int origin);
/* Calls function index fi of ob's program (no visibility checks). */
svalue *vm_call_index(struct object *ob, int fi, int nargs, int origin);
/* Evaluates a function value with nargs args on the stack. */
svalue *vm_call_fp(funcptr *f, int nargs);
/* vm_apply inside vm_protect: errors are logged and handed to the master;
 * returns NULL on error or when the function does not exist. */
svalue *vm_safe_apply(const char *name, struct object *ob, int nargs, int origin);
/* Applies to the master (protected functions allowed). */
svalue *vm_apply_master(const char *name, int nargs);
/* Apply cache, keyed by (program, name) pointer pair; cleared when programs go. */
int vm_lookup_cached(program *p, lstr *name);

/* ----------------------------------------------------------------- errors */
typedef struct vm_handler {
    jmp_buf jb;
    struct vm_handler *prev;
    svalue *sp;
    frame *fp;
    struct object *current_object;
    struct object *command_giver;
    /* added by the VM core (error.c) */
    int is_catch;                    /* an LPC catch (no trace is built for it) */
    int64_t eval_left;               /* vm_eval_cost when it was set up */
    int report;                      /* vm_protect's `report` */
    int reported;                    /* the error was reported at its point */
} vm_handler;

extern vm_handler *vm_handlers;
/* The value the last error carried (error string "*msg\n" or throw value). */
extern svalue vm_error_value;

_Noreturn void vm_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void vm_throw(const svalue *v);
/* 2.7's error for an operand of the wrong type (operators, sscanf,
 * foreach, switch): "Bad argument N to OP\nExpected: TYPES Got: VALUE." */
_Noreturn void vm_bad_operand(int n, const char *op, const char *expected, const svalue *c);
/* Runs fn(arg). Returns 0 if it finished, 1 if an error unwound to here;
 * the error then is in vm_error_value (and its trace in vm_last_trace).
 * If `report` is set the error is logged and passed to the master's
 * error_handler(trace, 0) at the point of the error, before unwinding
 * (after it only when no frames/stack are left for the handler). */
int vm_protect(void (*fn)(void *), void *arg, int report);
/* vm_protect with the stack mark at `mark` (<= vm_sp): values above it
 * when the call started (its arguments) are freed on error too. */
int vm_protect_mark(svalue *mark, void (*fn)(void *), void *arg, int report);
/* When set, an error caught by an LPC catch is also passed to the master's
 * error_handler(trace, 1) before the catch gets its value (LOG_CATCHES). */
extern int vm_log_catches;
/* The trace of the last error: mapping as the master's error_handler gets it. */
extern mapping *vm_last_trace;

/* Reports an error (debug log + master error_handler) outside any catch. */
void vm_report_error(void);

/* call_stack() and traceback support */
array *vm_call_stack(int what);
const char *vm_origin_name(int origin);
struct object *vm_previous_object(int n);    /* -1: all, see efun */
int vm_current_origin(void);

#endif
