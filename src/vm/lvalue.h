/*
 * lvalue.h — assignment targets on the VM stack: what LOCAL_LV, INDEX_LV,
 * RANGE_LV and MEMBER_LV make, what ASSIGN, +=, ++, sscanf and `ref`
 * parameters store through.
 *
 * An lvalue names its target by path, not by raw pointer into a container,
 * so evaluating the right-hand side first can change or free anything
 * without leaving the lvalue dangling:
 *   T_LVALUE       LV_SLOT    u.lv  a stable slot (local, global)
 *                  LV_ELEM    u.a   array or class (counted), x32 index
 *                  LV_MAPKEY  u.p   box: mapping (counted) + key; the key
 *                                   is inserted when stored through
 *   T_LVALUE_BYTE  LVB_STR    u.p   box: the string's own lvalue + index;
 *                                   storing copies the string if shared
 *                  LVB_BUF    u.b   buffer (counted), x32 index
 *   T_LVALUE_RANGE            u.p   box: the container's lvalue + from..to
 * Each lvalue owns what it names; lv_release (or vm_pop) gives it back.
 */
#ifndef HEARTH_LVALUE_H
#define HEARTH_LVALUE_H

#include "value.h"

enum lv_kind { LV_SLOT = 0, LV_ELEM = 1, LV_MAPKEY = 2 };
enum lvb_kind { LVB_STR = 0, LVB_BUF = 1 };

/* Stores a copy of *v through lv (which stays valid). Errors as the
 * assignment would (bad char value, range of the wrong type...). */
void lv_assign(svalue *lv, const svalue *v);
/* A copy of the value lv names (0 when a mapping key is absent). */
void lv_get(svalue *dst, svalue *lv);
/* Frees what lv owns; leaves int 0. */
void lv_release(svalue *lv);
/* dst = an independent copy of lvalue src. */
void lv_dup(svalue *dst, const svalue *src);
/* The slot a T_LVALUE names (inserting a missing mapping key). */
svalue *lv_target(svalue *lv);

/* Makers, in place on the stack: *lv (an lvalue) becomes the lvalue of
 * its element; the index operand at lv[1] is consumed. */
void lv_index(svalue *lv, int from_end);
/* RANGE_LV: bounds (per RANGE_* flags) at lv[1..]; they are consumed. */
void lv_range(svalue *lv, int flags);
void lv_member(svalue *lv, int member);

/* ADD_EQ..RSH_EQ: lv at *lv, the operand at lv[1] (consumed); the result
 * replaces *lv. */
void lv_compound(int op, svalue *lv);
/* PRE_INC..POST_DEC: the result replaces *lv. */
void lv_incdec(int op, svalue *lv);
/* INDEX_OP_LOCAL/GLOBAL through lvalues: c[k] OP= v (op ADD_EQ..RSH_EQ,
 * k v on the stack top) or c[k]++/-- (op PRE_INC/PRE_DEC, k on top), c
 * being a variable's slot; the operands are popped. */
void lv_index_update(svalue *c, int op);

void lv_shutdown(void);

#endif
