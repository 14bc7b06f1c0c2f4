/*
 * funcptr.c — allocation and release of function pointer values. What a
 * function pointer does when called lives in the interpreter.
 */
#include <stdlib.h>
#include "../base/mem.h"
#include "value.h"
#include "../runtime/object.h"

/* A zeroed function pointer of the given kind (no owner, target 0). */
funcptr *fp_new(int kind) {
    funcptr *f = xcalloc(1, sizeof *f);
    f->refs = 1;
    f->kind = (uint8_t)kind;
    f->target = const0;
    return f;
}

/* Releases everything the pointer holds: owner, target, name, bound args
 * and captured values. */
void fp_free_(funcptr *f) {
    if (f->owner) obj_free(f->owner);
    sv_free(&f->target);
    if (f->name) str_free(f->name);
    if (f->args) arr_free(f->args);
    if (f->captured) arr_free(f->captured);
    free(f);
}
