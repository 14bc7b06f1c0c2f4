/*
 * codegen.h — what the code generator's files (codegen.c: statements and
 * the buffer; codegen_expr.c: expressions; codegen_prog.c: switch tables
 * and program assembly) share. Private to them.
 */
#ifndef HEARTH_CODEGEN_H
#define HEARTH_CODEGEN_H

#include "parse.h"

typedef VEC(uint32_t) jlist;            /* jump operand positions to patch */

enum loop_kind { LOOP_PLAIN, LOOP_FOREACH, LOOP_SWITCH };

typedef struct loopctx {
    struct loopctx *up;
    int kind;
    int catch_depth;                    /* catches open outside the loop */
    jlist breaks, continues;
} loopctx;

typedef struct case_label {
    const node *n;                      /* the S_CASE (for messages) */
    int is_str;
    int64_t lo, hi;
    lstr *s;
    uint32_t target;
} case_label;

typedef struct switch_ctx {
    struct switch_ctx *up;
    VEC(case_label) cases;
    int has_default;
    uint32_t default_target;
} switch_ctx;

struct gen_state {
    cstate *cs;
    VEC(uint8_t) code;
    VEC(svalue) consts;
    ptrmap str_consts;                  /* interned lstr -> const index + 1 */
    VEC(line_entry) lines;
    VEC(switch_table) switches;
    fdecl *fn;                          /* function being generated */
    int reachable;
    int catch_depth;
    int failed;
    loopctx *loop;
    switch_ctx *sw;
};

/* codegen.c */
void emit_op(gen_state *g, int op);
void emit_u8(gen_state *g, unsigned v);
void emit_u16(gen_state *g, unsigned v);
void emit_i32(gen_state *g, int32_t v);
void emit_i64(gen_state *g, int64_t v);
uint32_t emit_jump(gen_state *g, int op);
void emit_jump_back(gen_state *g, int op, uint32_t target);
void patch_to(gen_state *g, uint32_t at, uint32_t target);
void patch_here(gen_state *g, uint32_t at);
void patch_list(gen_state *g, jlist *l, uint32_t target);
uint32_t here(gen_state *g);
void mark_line(gen_state *g, const node *n);
int const_string(gen_state *g, lstr *s);
int const_float(gen_state *g, double f);
void gen_stmts(gen_state *g, node *list);
void gen_error(gen_state *g, const node *n, const char *msg);

/* codegen_expr.c */
void gen_expr(gen_state *g, node *n);
void gen_effect(gen_state *g, node *n);
void gen_branch(gen_state *g, node *n, int jump_if, jlist *to);
/* A local that is not a `ref` parameter. */
int plain_local(const node *n);
/* `local OP k` for a comparison OP and an int k that fits 32 bits. */
int local_cmp_int(const node *n);

/* codegen_prog.c */
void switch_case(gen_state *g, node *n);
void switch_finish(gen_state *g, switch_ctx *sw, int table, uint32_t end);

#endif
