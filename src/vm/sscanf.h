/*
 * sscanf.h — the hook between the SSCANF opcode (interp.c) and the sscanf
 * implementation (src/efun/sscanf.c).
 *
 * vm_sscanf matches `str` against `fmt` and stores each converted value
 * through the next of the n lvalues with lv_assign (lvalue.h); %*x
 * conversions store nothing. Returns the number of values stored. Both
 * strings and the lvalues stay owned by the caller (the VM stack).
 */
#ifndef HEARTH_SSCANF_H
#define HEARTH_SSCANF_H

#include <stdint.h>
#include "value.h"

int64_t vm_sscanf(svalue *str, svalue *fmt, svalue *lvalues, int n);

#endif
