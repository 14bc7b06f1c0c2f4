/*
 * interp.c — the dispatch loop: one long function on purpose, so that pc,
 * sp, the locals and the globals of the running frame stay in registers.
 *
 * Dispatch is written once behind vmdispatch/vmcase/vmbreak: computed goto
 * through a table built from the OPCODES X-macro under GCC, a plain switch
 * otherwise (or with -DHEARTH_SWITCH_DISPATCH). Int and float cases of the
 * operators are inline; everything else goes to interp_slow.c, arith.c,
 * index.c, lvalue.c and call.c. Before anything that may raise an error or look at
 * the stack, SAVE() stores pc and sp where the rest of the VM sees them.
 *
 * Calls between LPC functions push a frame and go on in this same loop;
 * vm_execute returns only when an FR_ENTRY frame returns (to its C
 * caller), or when the catch body it was started for ends (END_CATCH, or
 * a `return` out of the catch's own frame).
 */
#include <string.h>
#include "lvalue.h"
#include "opcodes.h"
#include "sscanf.h"
#include "vmint.h"
#include "../runtime/simul_efun.h"

#if defined(__GNUC__) && !defined(HEARTH_SWITCH_DISPATCH)
#define VM_COMPUTED_GOTO 1
#endif

/* Branch hint for the int fast paths, so that they fall through. */
#ifdef __GNUC__
#define likely(x)  __builtin_expect(!!(x), 1)
#else
#define likely(x)  (x)
#endif

static inline uint16_t rd16(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static inline int32_t rd32(const uint8_t *p) { int32_t v; memcpy(&v, p, 4); return v; }
static inline int64_t rd64(const uint8_t *p) { int64_t v; memcpy(&v, p, 8); return v; }

static inline int truthy(const svalue *v) {
    return v->type == T_INT ? v->u.n != 0 : sv_truthy(v);
}

#ifdef VM_COMPUTED_GOTO
#define vmdispatch(o)  goto *dispatch[o];
#define vmcase(name)   L_##name:
#define vmbreak        goto *dispatch[*pc++]
#define vmdefault      L_BAD:
#else
#define vmdispatch(o)  switch (o)
#define vmcase(name)   case OP_##name:
#define vmbreak        break
#define vmdefault      default:
#endif

#define SAVE()     (fp->pc = pc, vm_sp = sp)
#define LOADSTATE() (fp = vm_fp, pc = fp->pc, sp = vm_sp, locals = fp->locals, vars = fp->vars)
#define CHARGE()   do { if (--vm_eval_cost <= 0) { SAVE(); vm_eval_exhausted(); } } while (0)
#define JUMPBY(off) do { if ((off) < 0) CHARGE(); pc += (off); } while (0)

/* Binary operator with inline int (and optionally float) cases. */
#define BINOP(name, intexpr, fltexpr)                                          \
    vmcase(name) {                                                             \
        svalue *a = sp - 1, *b = sp;                                           \
        if (likely(a->type == T_INT && b->type == T_INT)) {                    \
            int64_t x = a->u.n, y = b->u.n; (void)x; (void)y;                  \
            sp--; intexpr;                                                     \
        } else if (a->type == T_FLOAT && b->type == T_FLOAT && (fltexpr)) {    \
            sp--;                                                              \
        } else {                                                               \
            svalue r;                                                          \
            SAVE();                                                            \
            arith_binary(OP_##name, &r, a, b);                                 \
            vm_free(b); vm_free(a);                                            \
            *--sp = r;                                                         \
        }                                                                      \
        vmbreak;                                                               \
    }

/* Comparison; when a conditional jump follows (as in every loop test),
 * it is taken here without pushing the result. */
#define CMPOP(name, cop)                                                       \
    vmcase(name) {                                                             \
        svalue *a = sp - 1, *b = sp;                                           \
        int c;                                                                 \
        if (likely(a->type == T_INT && b->type == T_INT)) c = a->u.n cop b->u.n; \
        else if (a->type == T_FLOAT && b->type == T_FLOAT) c = a->u.f cop b->u.f; \
        else {                                                                 \
            svalue r;                                                          \
            SAVE();                                                            \
            arith_binary(OP_##name, &r, a, b);                                 \
            vm_free(b); vm_free(a);                                            \
            *--sp = r;                                                         \
            vmbreak;                                                           \
        }                                                                      \
        sp -= 2;                                                               \
        if (*pc == OP_JUMP_TRUE || *pc == OP_JUMP_FALSE) {                     \
            int32_t off = rd32(pc + 1);                                        \
            int want = *pc == OP_JUMP_TRUE;                                    \
            pc += 5;                                                           \
            if (c == want) JUMPBY(off);                                        \
            vmbreak;                                                           \
        }                                                                      \
        sv_put_int(++sp, c);                                                   \
        vmbreak;                                                               \
    }

/* Binary operator with an int8 constant right operand (codegen fusion of
 * PUSH_INT8 + op). */
#define BINOP8(name, op, intexpr)                                              \
    vmcase(name) {                                                             \
        int64_t y = (int8_t)*pc++;                                             \
        if (likely(sp->type == T_INT)) {                                       \
            int64_t x = sp->u.n;                                               \
            SETINT(intexpr);                                                   \
        } else {                                                               \
            SAVE();                                                            \
            vm_binop_int_slow(OP_##op, y);                                     \
        }                                                                      \
        vmbreak;                                                               \
    }

/* LOCAL b + BINOP8 s in one instruction (int case inline). */
#define LOCALOP8(name, op, intexpr)                                            \
    vmcase(name) {                                                             \
        svalue *v = &locals[pc[0]];                                            \
        int64_t y = (int8_t)pc[1];                                             \
        pc += 2;                                                               \
        if (likely(v->type == T_INT)) {                                        \
            int64_t x = v->u.n;                                                \
            sv_put_int(++sp, intexpr);                                         \
        } else {                                                               \
            SAVE();                                                            \
            vm_load_slow(sp + 1, v);                                           \
            vm_sp = ++sp;                                                      \
            vm_binop_int_slow(OP_##op, y);                                     \
        }                                                                      \
        vmbreak;                                                               \
    }

/* local[b1] compared with the int i1: jump by i2 when the truth is b2. */
#define CMPJUMP(name, op, cop)                                                 \
    vmcase(name) {                                                             \
        svalue *v = &locals[pc[0]];                                            \
        int want = pc[1], c;                                                   \
        int64_t k = rd32(pc + 2);                                              \
        int32_t off = rd32(pc + 6);                                            \
        pc += 10;                                                              \
        if (likely(v->type == T_INT)) c = v->u.n cop k;                        \
        else { SAVE(); c = vm_cmp_local_slow(OP_##op, v, k); }                 \
        if (c == want) JUMPBY(off);                                            \
        vmbreak;                                                               \
    }

/* The step and test closing `for (...; i < k; i++)`. */
#define INCJUMP(name, op, cop)                                                 \
    vmcase(name) {                                                             \
        svalue *v = &locals[pc[0]];                                            \
        int64_t k = rd32(pc + 1);                                              \
        int32_t off = rd32(pc + 5);                                            \
        int c;                                                                 \
        pc += 9;                                                               \
        if (likely(v->type == T_INT)) {                                        \
            int64_t n = (int64_t)((uint64_t)v->u.n + 1u);                      \
            sv_put_int(v, n);                                                  \
            c = n cop k;                                                       \
        } else {                                                               \
            SAVE();                                                            \
            vm_incdec_local_slow(v, 1);                                        \
            c = vm_cmp_local_slow(OP_##op, v, k);                              \
        }                                                                      \
        if (c) { CHARGE(); pc += off; }      /* always a backward jump */     \
        vmbreak;                                                               \
    }

/* The key on the stack top becomes c[key], c the slot of a variable:
 * an array element inline, the rest in index.c. */
#define INDEX_SLOT(c)                                                          \
    do {                                                                       \
        if ((c)->type == T_ARRAY && sp->type == T_INT &&                       \
            (uint64_t)sp->u.n < (c)->u.a->size &&                              \
            (c)->u.a->item[sp->u.n].type != T_OBJECT) {                        \
            sv_dup(sp, &(c)->u.a->item[sp->u.n]);                              \
        } else {                                                               \
            SAVE();                                                            \
            vm_index_slot(c);                                                  \
        }                                                                      \
    } while (0)

/* c[k] = v with k v on the stack top (popped), c the slot of a variable:
 * array elements and mapping values stored inline. */
#define SET_INDEX(c)                                                           \
    do {                                                                       \
        svalue *k = sp - 1, *d, old;                                           \
        if ((c)->type == T_ARRAY && k->type == T_INT &&                        \
            (uint64_t)k->u.n < (c)->u.a->size) {                               \
            d = &(c)->u.a->item[k->u.n];                                       \
        } else if ((c)->type == T_MAPPING) {                                   \
            SAVE();                                                            \
            d = map_insert((c)->u.m, k);                                       \
            vm_drop(k);                                                        \
        } else {                                                               \
            SAVE();                                                            \
            vm_set_index_slow(c);                                              \
            sp = vm_sp;                                                        \
            break;                                                             \
        }                                                                      \
        old = *d;                                                              \
        *d = *sp;                                                              \
        sp -= 2;                                                               \
        vm_free(&old);                                                         \
    } while (0)

/* INDEX_OP_*: c[k] += / -= an int, ++ or -- of an int element inline
 * (k and any operand on the stack top, popped); the rest in lvalue.c. */
#define INDEX_UPDATE(c, op)                                                    \
    do {                                                                       \
        int incdec_ = (op) == OP_PRE_INC || (op) == OP_PRE_DEC;                \
        svalue *k = incdec_ ? sp : sp - 1, *d = NULL;                          \
        int64_t by = incdec_ ? ((op) == OP_PRE_INC ? 1 : -1) : sp->u.n;        \
        SAVE();                                                                \
        if (incdec_ || (sp->type == T_INT && (op) == OP_ADD_EQ)) {             \
            if ((c)->type == T_MAPPING) d = map_insert((c)->u.m, k);            \
            else if ((c)->type == T_ARRAY && k->type == T_INT &&               \
                     (uint64_t)k->u.n < (c)->u.a->size)                        \
                d = &(c)->u.a->item[k->u.n];                                   \
        }                                                                      \
        if (d && d->type == T_INT) {                                           \
            sv_put_int(d, (int64_t)((uint64_t)d->u.n + (uint64_t)by));          \
            vm_drop(k);                                                        \
            sp = k - 1;                                                        \
        } else {                                                               \
            lv_index_update(c, op);                                            \
            sp = vm_sp;                                                        \
        }                                                                      \
    } while (0)

#define SETINT(v)   sv_put_int(sp, (v))
#define FLT(expr)   (a->u.f = (expr), 1)

static frame *frame_limit;          /* calls may not push a frame here */

/* vm_enter's work for the common local call (args match, no varargs, room
 * left): returns 0 to leave the call to vm_enter. */
static __attribute__((noinline)) int enter_local(frame *fp, const func_impl *im, int nargs) {
    const func_def *def = im->def;
    frame *nf = fp + 1;
    if (nargs != def->num_args || (def->flags & (FN_TRUE_VARARGS | FN_PROTOTYPE)) ||
        nf >= frame_limit || vm_sp >= vm_stack_limit || vm_eval_cost <= 1)
        return 0;
    vm_eval_cost--;
    svalue *sp = vm_sp, *args = sp - nargs + 1;
    for (int i = def->num_locals; i > 0; i--) *++sp = const_undef;
    vm_sp = sp;
    nf->pc = im->prog->code + def->address;
    nf->locals = args;
    nf->vars = fp->ob->vars + im->var_offset;
    nf->ob = fp->ob;
    nf->prev_ob = fp->prev_ob;
    nf->prog = im->prog;
    nf->fn = def;
    nf->captured = NULL;
    nf->fn_offset = im->fn_offset;
    nf->var_offset = im->var_offset;
    nf->origin = ORIGIN_LOCAL;
    nf->num_locals_total = (uint16_t)(def->num_args + def->num_locals);
    nf->obprog = fp->obprog;
    nf->saved_current = fp->ob;
    nf->flags = 0;
    nf->below = 0;
    vm_fp = nf;
    return 1;
}

/* Keep one indirect jump per opcode (threaded dispatch): GCC would merge
 * them into a single shared jump, which predicts badly. */
#ifdef VM_COMPUTED_GOTO
__attribute__((optimize("no-crossjumping", "no-gcse", "no-tree-slp-vectorize")))
#endif
int vm_execute(frame *catch_fp) {
    frame *fp;
    const uint8_t *pc;
    svalue *sp, *locals, *vars;
#ifdef VM_COMPUTED_GOTO
    static const void *dispatch[256];
    if (!dispatch[0]) {
        for (int i = 0; i < 256; i++) dispatch[i] = &&L_BAD;
#define SET_LABEL(name, ops) dispatch[OP_##name] = &&L_##name;
        OPCODES(SET_LABEL)
#undef SET_LABEL
    }
#endif
    frame_limit = vm_frames + (vm_max_call_depth < VM_MAX_FRAMES ? vm_max_call_depth : VM_MAX_FRAMES);
    LOADSTATE();
    for (;;) {
        vmdispatch(*pc++) {
        /* ------------------------------------------------ constants */
        vmcase(PUSH_ZERO)  sv_put_int(++sp, 0); vmbreak;
        vmcase(PUSH_UNDEF) *++sp = const_undef; vmbreak;
        vmcase(PUSH_ONE)   sv_put_int(++sp, 1); vmbreak;
        vmcase(PUSH_INT8)  sv_put_int(++sp, (int8_t)*pc++); vmbreak;
        vmcase(PUSH_INT32) sv_put_int(++sp, rd32(pc)); pc += 4; vmbreak;
        vmcase(PUSH_INT64) sv_put_int(++sp, rd64(pc)); pc += 8; vmbreak;
        vmcase(PUSH_CONST) sv_dup(++sp, &fp->prog->consts[rd16(pc)]); pc += 2; vmbreak;
        vmcase(POP)        vm_free(sp); sp--; vmbreak;
        vmcase(POP_N) {
            int n = *pc++;
            while (n-- > 0) { vm_free(sp); sp--; }
            vmbreak;
        }
        vmcase(DUP)
            if (sp->type >= T_LVALUE) lv_dup(sp + 1, sp);
            else sv_dup(sp + 1, sp);
            sp++;
            vmbreak;
        /* ------------------------------------------------ variables */
        vmcase(LOCAL) {
            svalue *v = &locals[*pc++];
            if (likely(v->type < T_STRING)) sv_move(++sp, v);
            else if (v->type <= T_CLASS && v->type != T_OBJECT) sv_dup(++sp, v);
            else { SAVE(); vm_load_slow(sp + 1, v); sp++; }
            vmbreak;
        }
        vmcase(GLOBAL) {
            svalue *v = &vars[rd16(pc)];
            pc += 2;
            if (v->type < T_STRING) sv_move(++sp, v);
            else if (v->type <= T_CLASS && v->type != T_OBJECT) sv_dup(++sp, v);
            else { SAVE(); vm_load_slow(sp + 1, v); sp++; }
            vmbreak;
        }
        vmcase(LOCAL_LV) {
            svalue *v = ++sp;
            v->type = T_LVALUE; v->subtype = LV_SLOT; v->u.lv = &locals[*pc++];
            vmbreak;
        }
        vmcase(GLOBAL_LV) {
            svalue *v = ++sp;
            v->type = T_LVALUE; v->subtype = LV_SLOT; v->u.lv = &vars[rd16(pc)];
            pc += 2;
            vmbreak;
        }
        vmcase(LOCAL_REF) {
            svalue *v = &locals[*pc++];
            SAVE();
            vm_load_slow(sp + 1, v);
            sp++;
            vmbreak;
        }
        vmcase(LOCAL_REF_LV) {
            svalue *v = &locals[*pc++];
            if (v->type >= T_LVALUE) lv_dup(++sp, v);
            else { ++sp; sp->type = T_LVALUE; sp->subtype = LV_SLOT; sp->u.lv = v; }
            vmbreak;
        }
        vmcase(SET_LOCAL) {
            svalue *v = &locals[*pc++];
            if (v->type >= T_LVALUE) {
                SAVE();
                lv_assign(v, sp);
                vm_free(sp);
            } else {
                svalue old = *v;
                *v = *sp;
                vm_free(&old);
            }
            sp--;
            vmbreak;
        }
        vmcase(SET_GLOBAL) {
            svalue *v = &vars[rd16(pc)], old = *v;
            pc += 2;
            *v = *sp--;
            vm_free(&old);
            vmbreak;
        }
        vmcase(CAPTURED) {
            int i = *pc++;
            if (!fp->captured || (uint32_t)i >= fp->captured->size) {
                SAVE();
                vm_error("No captured value $(%d) here", i);
            }
            svalue *v = &fp->captured->item[i];
            sv_fix_object(v);
            sv_dup(++sp, v);
            vmbreak;
        }
        vmcase(INC_LOCAL)
        vmcase(DEC_LOCAL) {
            int inc = pc[-1] == OP_INC_LOCAL;
            svalue *v = &locals[*pc++];
            if (likely(v->type == T_INT)) {
                sv_put_int(v, (int64_t)((uint64_t)v->u.n + (inc ? 1u : (uint64_t)-1)));
            } else {
                SAVE();
                vm_incdec_local_slow(v, inc);
            }
            vmbreak;
        }
        /* ----------------------------------------------- assignment */
        vmcase(ASSIGN) {
            svalue *lv = sp - 1;
            if (lv->type == T_LVALUE && lv->subtype == LV_SLOT) {
                svalue *d = lv->u.lv, old = *d;
                sv_dup(d, sp);
                vm_free(&old);
            } else {
                SAVE();
                lv_assign(lv, sp);
                lv_release(lv);
            }
            *lv = *sp--;
            vmbreak;
        }
        vmcase(ASSIGN_POP) {
            svalue *lv = sp - 1;
            if (lv->type == T_LVALUE && lv->subtype == LV_SLOT) {
                svalue *d = lv->u.lv, old = *d;
                *d = *sp;
                vm_free(&old);
            } else {
                SAVE();
                lv_assign(lv, sp);
                vm_free(sp);
                lv_release(lv);
            }
            sp -= 2;
            vmbreak;
        }
        vmcase(ADD_EQ) {
            svalue *lv = sp - 1;
            if (lv->type == T_LVALUE && lv->subtype == LV_SLOT &&
                lv->u.lv->type == T_INT && sp->type == T_INT) {
                svalue *d = lv->u.lv;
                int64_t n = (int64_t)((uint64_t)d->u.n + (uint64_t)sp->u.n);
                sv_put_int(d, n);
                if (*pc == OP_POP) {         /* the statement form: no result */
                    pc++;
                    sp -= 2;
                    vmbreak;
                }
                sv_put_int(lv, n);
                sp--;
                vmbreak;
            }
            SAVE();
            lv_compound(OP_ADD_EQ, lv);
            sp--;
            vmbreak;
        }
        vmcase(SUB_EQ) vmcase(MUL_EQ) vmcase(DIV_EQ) vmcase(MOD_EQ) vmcase(AND_EQ)
        vmcase(OR_EQ) vmcase(XOR_EQ) vmcase(LSH_EQ) vmcase(RSH_EQ) {
            int op = pc[-1];
            SAVE();
            lv_compound(op, sp - 1);
            sp--;
            vmbreak;
        }
        vmcase(PRE_INC) vmcase(PRE_DEC) vmcase(POST_INC) vmcase(POST_DEC) {
            int op = pc[-1];
            if (sp->type == T_LVALUE && sp->subtype == LV_SLOT && sp->u.lv->type == T_INT) {
                svalue *d = sp->u.lv;
                int64_t old = d->u.n, now = (int64_t)((uint64_t)old +
                    (op == OP_PRE_INC || op == OP_POST_INC ? 1u : (uint64_t)-1));
                sv_put_int(d, now);
                sv_put_int(sp, op == OP_POST_INC || op == OP_POST_DEC ? old : now);
            } else {
                SAVE();
                lv_incdec(op, sp);
            }
            vmbreak;
        }
        /* ------------------------------------------------- indexing */
        vmcase(INDEX) {
            svalue *c = sp - 1;
            if (c->type == T_ARRAY && sp->type == T_INT &&
                (uint64_t)sp->u.n < c->u.a->size &&
                c->u.a->item[sp->u.n].type != T_OBJECT) {
                array *a = c->u.a;
                sv_dup(c, &a->item[sp->u.n]);
                arr_free(a);
                sp--;
                vmbreak;
            }
            if (c->type == T_MAPPING) {       /* vm_index's case, inline */
                mapping *m = c->u.m;
                svalue *v = map_find(m, sp);
                if (!v) *c = const_undef;
                else {
                    sv_fix_object(v);
                    sv_dup(c, v);
                }
                SAVE();
                vm_drop(sp--);
                if (--m->refs == 0) map_free_(m);
                vmbreak;
            }
            SAVE();
            vm_index(c, sp, 0);
            sp--;
            vmbreak;
        }
        vmcase(RINDEX) SAVE(); vm_index(sp - 1, sp, 1); sp--; vmbreak;
        vmcase(INDEX_LV) SAVE(); lv_index(sp - 1, 0); sp--; vmbreak;
        vmcase(RINDEX_LV) SAVE(); lv_index(sp - 1, 1); sp--; vmbreak;
        vmcase(RANGE)
        vmcase(RANGE_LV) {
            int lvalue = pc[-1] == OP_RANGE_LV, flags = *pc++;
            int n = !(flags & RANGE_NO_FROM) + !(flags & RANGE_NO_TO);
            svalue *c = sp - n;
            SAVE();
            if (lvalue) lv_range(c, flags);
            else vm_range(c, flags);
            sp = c;
            vmbreak;
        }
        vmcase(MEMBER) SAVE(); vm_class_member(sp, rd16(pc)); pc += 2; vmbreak;
        vmcase(MEMBER_LV) SAVE(); lv_member(sp, rd16(pc)); pc += 2; vmbreak;
        /* ------------------------------------------------ operators */
        BINOP(ADD, SETINT((int64_t)((uint64_t)x + (uint64_t)y)), FLT(a->u.f + b->u.f))
        BINOP(SUB, SETINT((int64_t)((uint64_t)x - (uint64_t)y)), FLT(a->u.f - b->u.f))
        BINOP(MUL, SETINT((int64_t)((uint64_t)x * (uint64_t)y)), FLT(a->u.f * b->u.f))
        vmcase(DIV) vmcase(MOD) {
            int op = pc[-1];
            svalue *a = sp - 1, *b = sp;
            if (a->type == T_INT && b->type == T_INT && b->u.n != 0 && b->u.n != -1) {
                sv_put_int(a, op == OP_DIV ? a->u.n / b->u.n : a->u.n % b->u.n);
                sp--;
            } else {
                svalue r;
                SAVE();
                arith_binary(op, &r, a, b);
                vm_free(b); vm_free(a);
                *--sp = r;
            }
            vmbreak;
        }
        BINOP(AND, SETINT(x & y), 0)
        BINOP(OR,  SETINT(x | y), 0)
        BINOP(XOR, SETINT(x ^ y), 0)
        BINOP(LSH, SETINT((int64_t)((uint64_t)x << (y & 63))), 0)
        BINOP(RSH, SETINT(x >> (y & 63)), 0)
        CMPOP(EQ, ==)
        CMPOP(NE, !=)
        CMPOP(LT, <)
        CMPOP(LE, <=)
        CMPOP(GT, >)
        CMPOP(GE, >=)
        vmcase(NEG)
            if (sp->type == T_INT) SETINT((int64_t)(0 - (uint64_t)sp->u.n));
            else { SAVE(); arith_unary(OP_NEG, sp); }
            vmbreak;
        vmcase(COMPL)
            if (sp->type == T_INT) SETINT(~sp->u.n);
            else { SAVE(); arith_unary(OP_COMPL, sp); }
            vmbreak;
        vmcase(NOT) {
            int t = truthy(sp);
            vm_free(sp);
            sv_put_int(sp, !t);
            vmbreak;
        }
        vmcase(CAST) pc += 2; vmbreak;           /* casts only inform the compiler in 2.7 */
        /* -------------------------------------------------- control */
        vmcase(JUMP) {
            int32_t off = rd32(pc);
            pc += 4;
            JUMPBY(off);
            vmbreak;
        }
        vmcase(JUMP_FALSE)
        vmcase(JUMP_TRUE) {
            int want = pc[-1] == OP_JUMP_TRUE;
            int32_t off = rd32(pc);
            int t = truthy(sp);
            pc += 4;
            vm_free(sp);
            sp--;
            if (t == want) JUMPBY(off);
            vmbreak;
        }
        vmcase(AND_JUMP)
        vmcase(OR_JUMP) {
            int want = pc[-1] == OP_OR_JUMP;
            int32_t off = rd32(pc);
            pc += 4;
            if (truthy(sp) == want) pc += off;
            else { vm_free(sp); sp--; }
            vmbreak;
        }
        vmcase(SWITCH) {
            const switch_table *t = &fp->prog->switches[rd16(pc)];
            SAVE();
            uint32_t target = vm_switch_target(t, sp);
            vm_free(sp);
            sp--;
            pc = fp->prog->code + target;
            vmbreak;
        }
        vmcase(FOREACH_INIT) SAVE(); vm_foreach_init(); sp = vm_sp; vmbreak;
        vmcase(FOREACH_NEXT) {
            int b = pc[0];
            int32_t off = rd32(pc + 1);
            pc += 5;
            if (sp[-2].type == T_ARRAY && sp[0].type == T_INT && b == 1) {
                array *a = sp[-2].u.a;
                int64_t i = sp[-1].u.n;
                if (i < a->size && a->item[i].type != T_OBJECT) {
                    sp[-1].u.n++;
                    sv_dup(++sp, &a->item[i]);
                    vmbreak;
                }
            }
            SAVE();
            if (!vm_foreach_next(b)) pc += off;
            sp = vm_sp;
            vmbreak;
        }
        vmcase(CATCH) {
            int32_t off = rd32(pc);
            pc += 4;
            SAVE();
            int status = vm_run_catch(pc + off);
            LOADSTATE();
            if (status == EXEC_CATCH_RETURN) goto do_return;
            vmbreak;
        }
        vmcase(END_CATCH)
            SAVE();
            if (!catch_fp) vm_error("END_CATCH outside a catch");
            return EXEC_END_CATCH;
        /* ---------------------------------------------------- calls */
        vmcase(CALL) {
            const func_impl *im = &fp->obprog->impl[fp->fn_offset + rd16(pc)];
            int b = pc[2];
            pc += 3;
            SAVE();
            if (!enter_local(fp, im, b)) {
                vm_enter(fp->ob, fp->obprog, im->prog, im->def, im->var_offset, im->fn_offset,
                         b, ORIGIN_LOCAL, 0);
            }
            LOADSTATE();
            vmbreak;
        }
        vmcase(CALL_INHERITED) {
            const inherit_def *in = &fp->prog->inherits[rd16(pc)];
            const func_impl *im = &in->prog->impl[rd16(pc + 2)];
            int b = pc[4];
            pc += 5;
            SAVE();
            vm_enter(fp->ob, fp->obprog, im->prog, im->def,
                     fp->var_offset + in->var_offset + im->var_offset,
                     fp->fn_offset + in->fn_offset + im->fn_offset, b, ORIGIN_LOCAL, 0);
            LOADSTATE();
            vmbreak;
        }
        vmcase(CALL_EFUN) {
            int e = rd16(pc), b = pc[2];
            pc += 3;
            SAVE();
            vm_call_efun(e, b);
            sp = vm_sp;
            vmbreak;
        }
        vmcase(CALL_SIMUL) {
            int s = rd16(pc), b = pc[2], fi;
            pc += 3;
            SAVE();
            object *ob = simul_target(s, &fi);
            vm_enter_index(ob, fi, b, ORIGIN_SIMUL_EFUN, FR_HOLDS | FR_OBCHANGE);
            LOADSTATE();
            vmbreak;
        }
        vmcase(CALL_OTHER) {
            int b = *pc++;
            SAVE();
            vm_setup_call_other(b, 0);
            LOADSTATE();
            vmbreak;
        }
        vmcase(CALL_FP) {
            int b = *pc++;
            SAVE();
            vm_setup_fp(sp - b, b, 0);
            LOADSTATE();
            vmbreak;
        }
        vmcase(RETURN_ZERO)
            sv_set_int(++sp, 0);
            goto do_return;
        vmcase(RETURN) {
        do_return:
            if (fp == catch_fp) {
                SAVE();
                return EXEC_CATCH_RETURN;
            }
            svalue *dst = locals - fp->below;
            for (svalue *v = dst; v < sp; v++) vm_drop(v);
            sv_move(dst, sp);
            sp = dst;
            if (!(fp->flags & (FR_ENTRY | FR_HOLDS))) {
                /* a local call: same object, nothing to release */
                vm_fp = --fp;
                pc = fp->pc;
                locals = fp->locals;
                vars = fp->vars;
                vmbreak;
            }
            vm_sp = sp;
            int flags = fp->flags;
            vm_leave();
            if (flags & FR_ENTRY) return EXEC_RETURNED;
            LOADSTATE();
            vmbreak;
        }
        /* --------------------------------------------- constructors */
        vmcase(AGGREGATE) {
            int n = rd16(pc);
            pc += 2;
            SAVE();
            array *a = arr_new((size_t)n);
            memcpy(a->item, sp - n + 1, (size_t)n * sizeof(svalue));
            sp -= n;
            sv_set_arr(++sp, a);
            vmbreak;
        }
        vmcase(AGGREGATE_MAP) {
            int n = rd16(pc);
            pc += 2;
            SAVE();
            vm_make_mapping(n);
            sp = vm_sp;
            vmbreak;
        }
        vmcase(NEW_CLASS) {
            int w = rd16(pc);
            pc += 2;
            SAVE();
            array *a = arr_new(fp->prog->classes[w].n_members);
            svalue *v = ++sp;
            v->type = T_CLASS; v->subtype = 0; v->x16 = (uint16_t)w; v->u.a = a;
            vmbreak;
        }
        vmcase(MAKE_FP_LOCAL) vmcase(MAKE_FP_EFUN) vmcase(MAKE_FP_SIMUL)
        vmcase(MAKE_FP_FUNCTIONAL) {
            int op = pc[-1], w = rd16(pc), b = pc[2];
            pc += 3;
            SAVE();
            vm_make_fp(op, w, b);
            sp = vm_sp;
            vmbreak;
        }
        vmcase(MAKE_FP_CALL_OTHER) {
            int b = *pc++;
            SAVE();
            vm_make_fp(OP_MAKE_FP_CALL_OTHER, 0, b);
            sp = vm_sp;
            vmbreak;
        }
        vmcase(SSCANF) {
            int n = *pc++;
            SAVE();
            vm_do_sscanf(n);
            sp = vm_sp;
            vmbreak;
        }
        vmcase(LINE_NOP) vmbreak;
        /* -------------------------------------------- fused forms */
        vmcase(ADD_EQ_LOCAL) {
            svalue *v = &locals[*pc++];
            if (likely(v->type == T_INT && sp->type == T_INT)) {
                sv_put_int(v, (int64_t)((uint64_t)v->u.n + (uint64_t)sp->u.n));
                sp--;
            } else {
                SAVE();
                vm_add_eq_local_slow(v);
                sp = vm_sp;
            }
            vmbreak;
        }
        BINOP8(ADD_INT8, ADD, (int64_t)((uint64_t)x + (uint64_t)y))
        BINOP8(SUB_INT8, SUB, (int64_t)((uint64_t)x - (uint64_t)y))
        BINOP8(MUL_INT8, MUL, (int64_t)((uint64_t)x * (uint64_t)y))
        BINOP8(AND_INT8, AND, x & y)
        LOCALOP8(LOCAL_ADD_INT8, ADD, (int64_t)((uint64_t)x + (uint64_t)y))
        LOCALOP8(LOCAL_SUB_INT8, SUB, (int64_t)((uint64_t)x - (uint64_t)y))
        LOCALOP8(LOCAL_MUL_INT8, MUL, (int64_t)((uint64_t)x * (uint64_t)y))
        LOCALOP8(LOCAL_AND_INT8, AND, x & y)
        CMPJUMP(EQ_LOCAL_JUMP, EQ, ==)
        CMPJUMP(NE_LOCAL_JUMP, NE, !=)
        CMPJUMP(LT_LOCAL_JUMP, LT, <)
        CMPJUMP(LE_LOCAL_JUMP, LE, <=)
        CMPJUMP(GT_LOCAL_JUMP, GT, >)
        CMPJUMP(GE_LOCAL_JUMP, GE, >=)
        INCJUMP(INC_LT_JUMP, LT, <)
        INCJUMP(INC_LE_JUMP, LE, <=)
        vmcase(SET_INDEX_LOCAL) {
            svalue *c = &locals[*pc++];
            SET_INDEX(c);
            vmbreak;
        }
        vmcase(CLEAR_LOCAL) {
            svalue *v = &locals[*pc++], old = *v;
            *v = const0;
            vm_free(&old);
            vmbreak;
        }
        vmcase(ASSIGN_REV) {
            int keep = *pc++;
            SAVE();
            lv_assign(sp, sp - 1);
            lv_release(sp);
            sp--;
            if (!keep) { vm_free(sp); sp--; }
            vmbreak;
        }
        vmcase(INIT_MEMBER) {
            svalue *m = &sp[-1].u.a->item[rd16(pc)], old = *m;
            pc += 2;
            *m = *sp--;
            vm_free(&old);
            vmbreak;
        }
        vmcase(INDEX_LOCAL) {
            svalue *c = &locals[*pc++];
            INDEX_SLOT(c);
            vmbreak;
        }
        vmcase(INDEX_GLOBAL) {
            svalue *c = &vars[rd16(pc)];
            pc += 2;
            INDEX_SLOT(c);
            vmbreak;
        }
        vmcase(SET_INDEX_GLOBAL) {
            svalue *c = &vars[rd16(pc)];
            pc += 2;
            SET_INDEX(c);
            vmbreak;
        }
        vmcase(INDEX_OP_LOCAL) {
            svalue *c = &locals[pc[0]];
            int op = pc[1];
            pc += 2;
            INDEX_UPDATE(c, op);
            vmbreak;
        }
        vmcase(INDEX_OP_GLOBAL) {
            svalue *c = &vars[rd16(pc)];
            int op = pc[2];
            pc += 3;
            INDEX_UPDATE(c, op);
            vmbreak;
        }
        vmdefault
            SAVE();
            vm_error("Illegal opcode %d", pc[-1]);
        }
    }
}
