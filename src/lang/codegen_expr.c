/*
 * codegen_expr.c — bytecode for expressions.
 *
 * Three entry points by what the caller needs: gen_expr leaves the value on
 * the stack; gen_effect evaluates for side effects only (the statement
 * forms: SET_LOCAL, INC_LOCAL, ASSIGN_POP); gen_branch jumps on the truth
 * of a condition, threading && || ! into jumps without materialising 0/1.
 *
 * Common shapes get fused instructions: `x += e;` on a local, `e OP k` with
 * a small constant, `local OP k` in conditions, and `local[k] = v;`.
 *
 * Lvalues: a local or global gives LOCAL_LV / GLOBAL_LV; an element,
 * member or range of something that is itself an lvalue chains *_LV ops.
 * A container that is not an lvalue (f()[0] = 1) is refused: the VM's *_LV
 * ops take an lvalue beneath them.
 */
#include "../efun/efun.h"
#include "../vm/opcodes.h"
#include "codegen.h"

static void gen_lvalue(gen_state *g, node *n);

/* ------------------------------------------------------------- constants */
static void gen_int(gen_state *g, int64_t v) {
    if (v == 0) emit_op(g, OP_PUSH_ZERO);
    else if (v == 1) emit_op(g, OP_PUSH_ONE);
    else if (v >= -128 && v <= 127) { emit_op(g, OP_PUSH_INT8); emit_u8(g, (unsigned)(v & 0xff)); }
    else if (v >= INT32_MIN && v <= INT32_MAX) { emit_op(g, OP_PUSH_INT32); emit_i32(g, (int32_t)v); }
    else { emit_op(g, OP_PUSH_INT64); emit_i64(g, v); }
}

static void gen_const(gen_state *g, int k) {
    if (k > 65535) {
        gen_error(g, NULL, "Too many constants");
        return;
    }
    emit_op(g, OP_PUSH_CONST);
    emit_u16(g, (unsigned)k);
}

/* ---------------------------------------------------------------- lists */
static int gen_list(gen_state *g, node *list) {
    int k = 0;
    for (; list; list = list->next, k++) gen_expr(g, list);
    return k;
}

/* Call arguments: `ref x` passes x's lvalue. */
static int gen_args(gen_state *g, node *list, const node *call) {
    int k = 0;
    for (; list; list = list->next, k++) {
        if (list->kind == N_REF) gen_lvalue(g, list->a);
        else gen_expr(g, list);
    }
    if (k > 255) gen_error(g, call, "Too many arguments (at most 255)");
    return k;
}

static void op_w_b(gen_state *g, int op, int w, int b) {
    emit_op(g, op);
    emit_u16(g, (unsigned)w);
    emit_u8(g, (unsigned)b);
}

/* -------------------------------------------------------------- lvalues */
static void gen_container(gen_state *g, node *n) {
    if (ast_is_lvalue(n)) gen_lvalue(g, n);
    else gen_error(g, n, "Illegal lvalue: only a variable's elements, members or ranges can be assigned");
}

static void gen_range_bounds(gen_state *g, node *n) {
    if (n->b) gen_expr(g, n->b);
    if (n->c) gen_expr(g, n->c);
}

static void gen_lvalue(gen_state *g, node *n) {
    switch (n->kind) {
    case N_LOCAL:
        emit_op(g, (n->flags & NF_REF) ? OP_LOCAL_REF_LV : OP_LOCAL_LV);
        emit_u8(g, (unsigned)n->x);
        break;
    case N_GLOBAL:
        emit_op(g, OP_GLOBAL_LV);
        emit_u16(g, (unsigned)n->x);
        break;
    case N_INDEX:
        gen_container(g, n->a);
        gen_expr(g, n->b);
        emit_op(g, (n->flags & NF_FROM_END) ? OP_RINDEX_LV : OP_INDEX_LV);
        break;
    case N_RANGE:
        gen_container(g, n->a);
        gen_range_bounds(g, n);
        emit_op(g, OP_RANGE_LV);
        emit_u8(g, (unsigned)n->x);
        break;
    case N_MEMBER:
        gen_container(g, n->a);
        emit_op(g, OP_MEMBER_LV);
        emit_u16(g, (unsigned)n->x);
        break;
    default:
        gen_error(g, n, "Illegal lvalue");
        break;
    }
}

int plain_local(const node *n) { return n->kind == N_LOCAL && !(n->flags & NF_REF); }

static int int_in(const node *n, int64_t lo, int64_t hi) {
    return n->kind == N_INT && n->v.n >= lo && n->v.n <= hi;
}

int local_cmp_int(const node *n) {
    return n->kind == N_BINOP && n->op >= OP_EQ && n->op <= OP_GE && plain_local(n->a) &&
           int_in(n->b, INT32_MIN, INT32_MAX);
}

/* A value whose evaluation has no effects (so it may move past others). */
static int pure_value(const node *n) {
    return n->kind == N_INT || n->kind == N_FLOAT || n->kind == N_STRING ||
           n->kind == N_GLOBAL || plain_local(n);
}

static int const_value(const node *n) {
    return n->kind == N_INT || n->kind == N_FLOAT || n->kind == N_STRING;
}

/* An expression whose evaluation changes nothing (it may still error). */
static int no_effects(const node *n) {
    if (!n) return 1;
    switch (n->kind) {
    case N_INT: case N_FLOAT: case N_STRING: case N_LOCAL: case N_GLOBAL: case N_CAPTURED:
        return 1;
    case N_BINOP: case N_UNOP: case N_LAND: case N_LOR: case N_COND:
    case N_INDEX: case N_RANGE: case N_MEMBER:
        return no_effects(n->a) && no_effects(n->b) && no_effects(n->c);
    default:
        return 0;
    }
}

/* 2.7 evaluates `lhs = rhs` right side first; the order only shows when
 * one side has effects. */
static int order_matters(const node *n) {
    return !const_value(n->b) && !(no_effects(n->a) && no_effects(n->b));
}

/* A plain local or a global: a container the fused index opcodes name. */
static int var_slot(const node *n) {
    return plain_local(n) || n->kind == N_GLOBAL;
}

/* Emits a fused opcode naming variable n: the local form's, or the
 * global one's. */
static void emit_var_op(gen_state *g, const node *n, int local_op, int global_op) {
    if (n->kind == N_GLOBAL) {
        emit_op(g, global_op);
        emit_u16(g, (unsigned)n->x);
    } else {
        emit_op(g, local_op);
        emit_u8(g, (unsigned)n->x);
    }
}

/* `var[k] = v;` with a pure v: SET_INDEX_LOCAL/GLOBAL (k and v are
 * evaluated before the container is read, as INDEX_LV reads it after k). */
static int gen_set_index(gen_state *g, node *n) {
    node *lhs = n->a;
    if (n->op != 0 || lhs->kind != N_INDEX || (lhs->flags & NF_FROM_END) ||
        !var_slot(lhs->a) || !pure_value(n->b) || order_matters(n))
        return 0;
    gen_expr(g, lhs->b);
    gen_expr(g, n->b);
    emit_var_op(g, lhs->a, OP_SET_INDEX_LOCAL, OP_SET_INDEX_GLOBAL);
    return 1;
}

/* c[k]: INDEX_LOCAL/GLOBAL when c is a variable and k has no effects, so
 * reading c after k sees what reading it first would. */
static void gen_index(gen_state *g, node *n) {
    if (!(n->flags & NF_FROM_END) && var_slot(n->a) && no_effects(n->b)) {
        gen_expr(g, n->b);
        emit_var_op(g, n->a, OP_INDEX_LOCAL, OP_INDEX_GLOBAL);
        return;
    }
    gen_expr(g, n->a);
    gen_expr(g, n->b);
    emit_op(g, (n->flags & NF_FROM_END) ? OP_RINDEX : OP_INDEX);
}

/* The statement `var[k] OP= v;` with a pure v (op ADD_EQ..RSH_EQ), or
 * `var[k]++;` / `var[k]--;` (v NULL, op PRE_INC/PRE_DEC): INDEX_OP_LOCAL/
 * GLOBAL. k is evaluated first as the lvalue path does; the container is
 * read after v, which changes nothing and cannot fail. */
static int gen_index_update(gen_state *g, node *lhs, node *v, int op) {
    if (lhs->kind != N_INDEX || (lhs->flags & NF_FROM_END) || !var_slot(lhs->a) ||
        (v && !pure_value(v)))
        return 0;
    gen_expr(g, lhs->b);
    if (v) gen_expr(g, v);
    emit_var_op(g, lhs->a, OP_INDEX_OP_LOCAL, OP_INDEX_OP_GLOBAL);
    emit_u8(g, (unsigned)op);
    return 1;
}

static void gen_assign(gen_state *g, node *n, int want) {
    node *lhs = n->a;
    if (n->op == 0 && (plain_local(lhs) || lhs->kind == N_GLOBAL)) {
        gen_expr(g, n->b);
        if (want) emit_op(g, OP_DUP);
        emit_op(g, lhs->kind == N_GLOBAL ? OP_SET_GLOBAL : OP_SET_LOCAL);
        if (lhs->kind == N_GLOBAL) emit_u16(g, (unsigned)lhs->x);
        else emit_u8(g, (unsigned)lhs->x);
        return;
    }
    if (!want && gen_set_index(g, n)) return;
    if (!want && n->op != 0 && gen_index_update(g, lhs, n->b, n->op)) return;
    if (!want && n->op == OP_ADD_EQ && plain_local(lhs)) {
        gen_expr(g, n->b);
        emit_op(g, OP_ADD_EQ_LOCAL);
        emit_u8(g, (unsigned)lhs->x);
        return;
    }
    if (n->op == 0 && order_matters(n)) {
        gen_expr(g, n->b);
        gen_lvalue(g, lhs);
        emit_op(g, OP_ASSIGN_REV);
        emit_u8(g, want ? 1u : 0u);
        return;
    }
    gen_lvalue(g, lhs);
    gen_expr(g, n->b);
    if (n->op == 0) {
        emit_op(g, want ? OP_ASSIGN : OP_ASSIGN_POP);
        return;
    }
    emit_op(g, n->op);
    if (!want) emit_op(g, OP_POP);
}

static void gen_incdec(gen_state *g, node *n, int want) {
    int inc = n->op == OP_PRE_INC || n->op == OP_POST_INC;
    if (!want && plain_local(n->a)) {
        emit_op(g, inc ? OP_INC_LOCAL : OP_DEC_LOCAL);
        emit_u8(g, (unsigned)n->a->x);
        return;
    }
    if (!want && gen_index_update(g, n->a, NULL, inc ? OP_PRE_INC : OP_PRE_DEC)) return;
    gen_lvalue(g, n->a);
    if (!want) {
        emit_op(g, inc ? OP_PRE_INC : OP_PRE_DEC);
        emit_op(g, OP_POP);
        return;
    }
    emit_op(g, n->op);
}

/* ---------------------------------------------------------------- calls */
static void gen_call(gen_state *g, node *n) {
    int argc = gen_args(g, n->a, n);
    switch (n->op) {
    case CALL_LOCAL: op_w_b(g, OP_CALL, n->x, argc); break;
    case CALL_SIMUL: op_w_b(g, OP_CALL_SIMUL, n->x, argc); break;
    case CALL_EFUN: op_w_b(g, OP_CALL_EFUN, n->x, argc); break;
    case CALL_INHERIT:
        emit_op(g, OP_CALL_INHERITED);
        emit_u16(g, (unsigned)n->x);
        emit_u16(g, (unsigned)n->y);
        emit_u8(g, (unsigned)argc);
        break;
    default:
        gen_error(g, n, "Unresolved call");
        break;
    }
}

static void gen_fp(gen_state *g, node *n) {
    int argc = gen_args(g, n->a, n);
    switch (n->op) {
    case FPK_LOCAL: op_w_b(g, OP_MAKE_FP_LOCAL, n->x, argc); break;
    case FPK_SIMUL: op_w_b(g, OP_MAKE_FP_SIMUL, n->x, argc); break;
    case FPK_EFUN: op_w_b(g, OP_MAKE_FP_EFUN, n->x, argc); break;
    default: gen_error(g, n, "Unresolved function pointer"); break;
    }
}

static void gen_catch(gen_state *g, node *n) {
    uint32_t at = emit_jump(g, OP_CATCH);
    g->catch_depth++;
    if (n->flags & NF_BLOCK) {
        gen_stmts(g, n->a->a);
    } else {
        gen_expr(g, n->a);
        emit_op(g, OP_POP);
    }
    g->catch_depth--;
    emit_op(g, OP_END_CATCH);
    patch_here(g, at);
}

static void gen_sscanf(gen_state *g, node *n) {
    int k = 0;
    gen_expr(g, n->a);
    gen_expr(g, n->b);
    for (node *lv = n->c; lv; lv = lv->next, k++) gen_lvalue(g, lv);
    if (k > 255) gen_error(g, n, "Too many sscanf arguments");
    emit_op(g, OP_SSCANF);
    emit_u8(g, (unsigned)k);
}

static void gen_aggregate(gen_state *g, node *n) {
    int k = gen_list(g, n->a);
    if (n->kind == N_MAPPING) k /= 2;
    if (k > 65535) gen_error(g, n, "Too many elements in a literal");
    emit_op(g, n->kind == N_MAPPING ? OP_AGGREGATE_MAP : OP_AGGREGATE);
    emit_u16(g, (unsigned)k);
}

static void gen_logic(gen_state *g, node *n) {
    gen_expr(g, n->a);
    uint32_t at = emit_jump(g, n->kind == N_LAND ? OP_AND_JUMP : OP_OR_JUMP);
    gen_expr(g, n->b);
    patch_here(g, at);
}

static void gen_cond(gen_state *g, node *n, int want) {
    jlist f = {0};
    gen_branch(g, n->a, 0, &f);
    if (want) gen_expr(g, n->b);
    else gen_effect(g, n->b);
    uint32_t j = emit_jump(g, OP_JUMP);
    patch_list(g, &f, here(g));
    if (want) gen_expr(g, n->c);
    else gen_effect(g, n->c);
    patch_here(g, j);
}

_Static_assert(OP_LOCAL_AND_INT8 - OP_LOCAL_ADD_INT8 == OP_AND_INT8 - OP_ADD_INT8 &&
               OP_LOCAL_MUL_INT8 - OP_LOCAL_ADD_INT8 == OP_MUL_INT8 - OP_ADD_INT8,
               "LOCAL_*_INT8 parallel *_INT8");

/* e OP k with a small constant k: one fused instruction (two fused into
 * one when e is a local). */
static void gen_binop(gen_state *g, node *n) {
    int fused = -1;
    switch (n->op) {
    case OP_ADD: fused = OP_ADD_INT8; break;
    case OP_SUB: fused = OP_SUB_INT8; break;
    case OP_MUL: fused = OP_MUL_INT8; break;
    case OP_AND: fused = OP_AND_INT8; break;
    default: break;
    }
    if (fused >= 0 && int_in(n->b, -128, 127)) {
        if (n->a->kind == N_LOCAL && !(n->a->flags & NF_REF)) {
            emit_op(g, fused - OP_ADD_INT8 + OP_LOCAL_ADD_INT8);
            emit_u8(g, (unsigned)n->a->x);
        } else {
            gen_expr(g, n->a);
            emit_op(g, fused);
        }
        emit_u8(g, (unsigned)(n->b->v.n & 0xff));
        return;
    }
    gen_expr(g, n->a);
    gen_expr(g, n->b);
    emit_op(g, n->op);
}

/* ------------------------------------------------------------ dispatch */
void gen_expr(gen_state *g, node *n) {
    switch (n->kind) {
    case N_INT: gen_int(g, n->v.n); break;
    case N_FLOAT: gen_const(g, const_float(g, n->v.f)); break;
    case N_STRING: gen_const(g, const_string(g, n->v.s)); break;
    case N_LOCAL:
        emit_op(g, (n->flags & NF_REF) ? OP_LOCAL_REF : OP_LOCAL);
        emit_u8(g, (unsigned)n->x);
        break;
    case N_GLOBAL: emit_op(g, OP_GLOBAL); emit_u16(g, (unsigned)n->x); break;
    case N_CAPTURED: emit_op(g, OP_CAPTURED); emit_u8(g, (unsigned)n->x); break;
    case N_BINOP: gen_binop(g, n); break;
    case N_UNOP: gen_expr(g, n->a); emit_op(g, n->op); break;
    case N_LAND: case N_LOR: gen_logic(g, n); break;
    case N_COND: gen_cond(g, n, 1); break;
    case N_COMMA: gen_effect(g, n->a); gen_expr(g, n->b); break;
    case N_ASSIGN: gen_assign(g, n, 1); break;
    case N_INCDEC: gen_incdec(g, n, 1); break;
    case N_INDEX: gen_index(g, n); break;
    case N_RANGE:
        gen_expr(g, n->a);
        gen_range_bounds(g, n);
        emit_op(g, OP_RANGE);
        emit_u8(g, (unsigned)n->x);
        break;
    case N_MEMBER: gen_expr(g, n->a); emit_op(g, OP_MEMBER); emit_u16(g, (unsigned)n->x); break;
    case N_CALL: case N_CALL_SUPER: mark_line(g, n); gen_call(g, n); break;
    case N_CALL_FP: {
        gen_expr(g, n->a);
        int argc = gen_args(g, n->b, n);
        emit_op(g, OP_CALL_FP);
        emit_u8(g, (unsigned)argc);
        break;
    }
    case N_CALL_OTHER: {
        mark_line(g, n);
        gen_expr(g, n->a);
        gen_expr(g, n->b);
        int argc = gen_args(g, n->c, n);
        emit_op(g, OP_CALL_OTHER);
        emit_u8(g, (unsigned)argc);
        break;
    }
    case N_ARRAY: case N_MAPPING: gen_aggregate(g, n); break;
    case N_NEW_CLASS:
        emit_op(g, OP_NEW_CLASS);
        emit_u16(g, (unsigned)n->x);
        for (node *m = n->a; m; m = m->next) {
            gen_expr(g, m->a);
            emit_op(g, OP_INIT_MEMBER);
            emit_u16(g, (unsigned)m->x);
        }
        break;
    case N_FUNCTIONAL: {
        int k = gen_list(g, n->a);
        op_w_b(g, OP_MAKE_FP_FUNCTIONAL, n->v.fn->index, k);
        break;
    }
    case N_FP: gen_fp(g, n); break;
    case N_FP_OTHER: {
        gen_expr(g, n->a);
        gen_expr(g, n->b);
        int argc = gen_args(g, n->c, n);
        emit_op(g, OP_MAKE_FP_CALL_OTHER);
        emit_u8(g, (unsigned)argc);
        break;
    }
    case N_CATCH: gen_catch(g, n); break;
    case N_SSCANF: gen_sscanf(g, n); break;
    case N_CAST: gen_expr(g, n->a); break;
    case N_REF: gen_expr(g, n->a); break;
    default: gen_error(g, n, "Cannot generate code for this expression"); break;
    }
}

void gen_effect(gen_state *g, node *n) {
    switch (n->kind) {
    case N_ASSIGN: gen_assign(g, n, 0); break;
    case N_INCDEC: gen_incdec(g, n, 0); break;
    case N_COMMA: gen_effect(g, n->a); gen_effect(g, n->b); break;
    case N_COND: gen_cond(g, n, 0); break;
    case N_INT: case N_FLOAT: case N_STRING: case N_LOCAL: case N_GLOBAL: case N_CAPTURED: break;
    case N_CAST: gen_effect(g, n->a); break;
    default: gen_expr(g, n); emit_op(g, OP_POP); break;
    }
}

/* Emits a jump (added to `to`) taken when n's truth equals jump_if. */
void gen_branch(gen_state *g, node *n, int jump_if, jlist *to) {
    jlist skip = {0};
    switch (n->kind) {
    case N_UNOP:
        if (n->op != OP_NOT) break;
        gen_branch(g, n->a, !jump_if, to);
        return;
    case N_LAND: case N_LOR: {
        int is_and = n->kind == N_LAND;
        if (jump_if != is_and) {           /* && jumping on false, || on true */
            gen_branch(g, n->a, jump_if, to);
            gen_branch(g, n->b, jump_if, to);
        } else {
            gen_branch(g, n->a, !jump_if, &skip);
            gen_branch(g, n->b, jump_if, to);
            patch_list(g, &skip, here(g));
        }
        return;
    }
    case N_INT: case N_FLOAT: case N_STRING:
        if (ast_truthy_const(n) == jump_if) vec_push(*to, emit_jump(g, OP_JUMP));
        return;
    case N_CAST:
        gen_branch(g, n->a, jump_if, to);
        return;
    case N_BINOP:
        if (!local_cmp_int(n)) break;
        emit_op(g, OP_EQ_LOCAL_JUMP + (n->op - OP_EQ));
        emit_u8(g, (unsigned)n->a->x);
        emit_u8(g, (unsigned)jump_if);
        emit_i32(g, (int32_t)n->b->v.n);
        vec_push(*to, (uint32_t)g->code.n);
        emit_i32(g, 0);
        return;
    default:
        break;
    }
    gen_expr(g, n);
    vec_push(*to, emit_jump(g, jump_if ? OP_JUMP_TRUE : OP_JUMP_FALSE));
}
