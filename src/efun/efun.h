/*
 * efun.h — the efun table and the calling convention of efun C functions.
 *
 * Every efun of FluffOS 2.7 is one line of efuns.def:
 *
 *     EFUN(name, c_function, "return type", "argument spec")
 *
 * The argument spec is a comma-separated list; each argument is a set of
 * types joined by `|` (int float string object mapping function buffer
 * mixed, with `*` for arrays, `void` meaning the argument may be left out),
 * optionally followed by ` default:this_object` or ` default:N` (an int);
 * a final `...` accepts any number of further arguments of any type.
 * efun_init() parses the specs once.
 *
 * A C function that is not linked in (declared weak here) makes the efun
 * compile and type-check normally and raise "efun X is not implemented" when
 * called: the table is complete before the implementations are.
 *
 * Calling convention: void f(svalue *argv, int argc, svalue *ret).
 * argv[0..argc-1] are the arguments, already checked against the spec
 * (defaults filled by the compiler). ret is a zeroed slot on the VM stack;
 * the efun stores its result there (taking a reference). The efun may
 * modify argv values in place (they are the stack's). On vm_error both are
 * freed by the unwinder.
 */
#ifndef HEARTH_EFUN_H
#define HEARTH_EFUN_H

#include <stdint.h>
#include "../vm/value.h"

typedef void (*efun_fn)(svalue *argv, int argc, svalue *ret);

enum efun_default { DEF_NONE = 0, DEF_INT, DEF_THIS_OBJECT };

#define EFUN_MAX_ARGS 8
#define EFUN_VARARGS 255             /* max_args of an efun whose spec ends in `...` */

typedef struct efun_info {
    const char *name;
    efun_fn fn;                      /* NULL: not implemented yet */
    const char *ret_spec, *arg_spec; /* as written in efuns.def */
    uint32_t ret_type;               /* lpc_type code of the result */
    uint8_t min_args, max_args;      /* max_args: EFUN_VARARGS for `...` */
    uint8_t n_specs;                 /* arguments with a type mask */
    uint8_t defaults[EFUN_MAX_ARGS]; /* enum efun_default per argument */
    int64_t def_int[EFUN_MAX_ARGS];  /* DEF_INT: the value */
    uint32_t arg_mask[EFUN_MAX_ARGS];/* TM_* bits accepted per argument */
} efun_info;

#define EFUN(name, fn, ret, args) void fn(svalue *argv, int argc, svalue *ret_) __attribute__((weak));
#include "efuns.def"
#undef EFUN

extern efun_info efun_table[];
extern int efun_count;

void efun_init(void);
/* Frees efun_init's lookup table (exit with leak checks). */
void efun_shutdown(void);
int efun_lookup(const char *name);   /* index or -1 */
/* Raised by the VM when a call's argument does not match the spec. */
_Noreturn void efun_bad_arg(int efun, int argn, const svalue *got);
/* efun_resolve.c: stops the resolver, dropping lookups still pending (exit). */
void resolve_shutdown(void);
/* Helpers for efun bodies. */
_Noreturn void efun_not_implemented(const char *name);

#endif
