/*
 * ast.h — the syntax tree the parser builds for one source file, and the
 * arena it lives in.
 *
 * Why a tree and not Lua's one pass: LPC lets a function call another that
 * is defined further down without a prototype, and lets `inherit` come after
 * function definitions, so function indexes are only known once the whole
 * file has been read. The parser therefore builds a tree per function body;
 * after the end of file the function table is laid out (layout.c), then each
 * body is checked (types.c) and turned into bytecode (codegen.c).
 *
 * Every node and every compile-time table lives in one arena freed in one go
 * when the compile ends (arena_free), so error paths never leak.
 *
 * Constant folding happens while the tree is built (ast_binop, ast_unop), so
 * `case LIMIT * 4:` and `-5` are plain constants by the time anyone looks.
 */
#ifndef HEARTH_AST_H
#define HEARTH_AST_H

#include <stddef.h>
#include <stdint.h>
#include "../base/str.h"

/* ------------------------------------------------------------------ arena */
typedef struct arena_chunk arena_chunk;
typedef struct arena {
    arena_chunk *head;
    size_t used, cap;          /* of the head chunk */
} arena;

void *arena_alloc(arena *a, size_t n);            /* zeroed, 8-aligned */
void arena_free(arena *a);

/* ------------------------------------------------------------------- nodes */
enum node_kind {
    /* expressions */
    N_INT, N_FLOAT, N_STRING,
    N_LOCAL,        /* x = slot; flags NF_REF: a `ref` parameter */
    N_GLOBAL,       /* x = variable index in the program being built */
    N_CAPTURED,     /* x = index of a $(expr) value in the running functional */
    N_BINOP,        /* op = OP_ADD.. OP_GE; a, b */
    N_UNOP,         /* op = OP_NEG, OP_NOT, OP_COMPL; a */
    N_LAND, N_LOR,  /* a && b, a || b */
    N_COND,         /* a ? b : c */
    N_COMMA,        /* a, b */
    N_ASSIGN,       /* a = b; op = 0 or OP_ADD_EQ.. OP_RSH_EQ */
    N_INCDEC,       /* op = OP_PRE_INC.. OP_POST_DEC; a */
    N_INDEX,        /* a[b]; flags NF_FROM_END for a[<b] */
    N_RANGE,        /* a[b..c]; x = RANGE_* bits, b/c NULL when absent */
    N_MEMBER,       /* a->name (v.s); x = member index after types.c */
    N_CALL,         /* v.s(args a); y = 1 efun::f, 2 new(); types.c sets op = CALL_*, x */
    N_CALL_SUPER,   /* ::f / label::f (b = label string node); types.c: x inherit, y index */
    N_CALL_FP,      /* (*a)(args b) or a local function value called */
    N_CALL_OTHER,   /* a->name(args c); b = name string node */
    N_ARRAY,        /* ({ a... }) */
    N_MAPPING,      /* ([ k: v ... ]) as a list k1 v1 k2 v2 in a */
    N_NEW_CLASS,    /* x = class index; a = N_CLASS_INIT list */
    N_FUNCTIONAL,   /* v.fn = the hidden function; a = $(expr) capture list */
    N_FP,           /* (: name, args :); v.s name, a args; y = 1 efun::; types.c: op FPK_*, x */
    N_FP_OTHER,     /* (: ob, "fn", args :); a ob, b name, c args */
    N_CATCH,        /* catch(a) or catch { a } (flags NF_BLOCK) */
    N_SSCANF,       /* sscanf(a, b, lvalues c) */
    N_CAST,         /* (type)a: compile time only; type = the cast type */
    N_REF,          /* `ref a` as a call argument */
    N_CLASS_INIT,   /* `name: a` in new(class X, ...); x = member index after types.c */
    /* statements */
    S_EXPR,         /* a; */
    S_BLOCK,        /* { a... } */
    S_IF,           /* if (a) b else c */
    S_WHILE,        /* while (a) b */
    S_DO,           /* do b while (a) */
    S_FOR,          /* for (a; b; c) d */
    S_FOREACH,      /* foreach (a[, b] in c) d; a, b are N_LOCAL/N_GLOBAL */
    S_SWITCH,       /* switch (a) b */
    S_CASE,         /* case a[..b]: (x = 1 for a range); flags NF_DEFAULT */
    S_BREAK, S_CONTINUE,
    S_RETURN,       /* return [a]; */
    N_KIND_COUNT
};

enum node_flags {
    NF_REF = 1,         /* N_LOCAL: a `ref` parameter */
    NF_FROM_END = 2,    /* N_INDEX: a[<b] */
    NF_BLOCK = 4,       /* N_CATCH: catch { } */
    NF_DEFAULT = 8,     /* S_CASE: default: */
    NF_FOREACH_REF = 16, /* N_LOCAL: `type ref x` declared by a foreach */
    NF_EXACT = 32,      /* N_ASSIGN of a global initialiser typed as in an
                           exact function (see cstate.last_exact) */
    /* Literals carry 2.7's static type, which decides where an assignment
     * converts between int and float (types.c): */
    NF_ZERO = 64,       /* N_INT: the literal 0 (or folded from it): mixed;
                           N_UNOP: -x written 0 - x, typed as x */
    NF_CAST = 128       /* literal under a cast: n->type is the cast type */
};

/* Call kinds filled in by types.c (node->op of N_CALL / N_CALL_SUPER). */
enum call_kind { CALL_UNRESOLVED = 0, CALL_LOCAL, CALL_INHERIT, CALL_SIMUL, CALL_EFUN };
/* Function pointer kinds (node->op of N_FP). */
enum fp_ref_kind { FPK_UNRESOLVED = 0, FPK_LOCAL, FPK_SIMUL, FPK_EFUN };

typedef struct fdecl fdecl;

typedef struct node {
    uint16_t kind;
    uint16_t op;
    uint16_t flags;
    uint16_t file;      /* index into the program's files[] */
    uint32_t line;
    uint32_t type;      /* static type (lpc_type), set by types.c */
    int32_t x, y;
    struct node *a, *b, *c, *d;
    struct node *next;  /* next in a list (arguments, statements) */
    union {
        int64_t n;
        double f;
        lstr *s;        /* interned for names; owned by the compile */
        fdecl *fn;
    } v;
} node;

/* A function being compiled: a named one, a prototype, a functional or
 * the hidden variable initialiser. */
struct fdecl {
    lstr *name;             /* interned; the compile holds the reference */
    uint32_t type;          /* return type */
    uint16_t flags;         /* FN_* */
    uint8_t num_args;
    uint16_t num_slots;     /* parameters + locals */
    uint32_t *arg_types;    /* num_args entries (arena) */
    uint64_t ref_args;
    uint32_t line;
    uint16_t file;
    uint8_t exact;          /* body is type checked (typed or strict) */
    uint8_t strict;         /* #pragma strict_types was on */
    uint8_t has_body;
    uint8_t implicit;       /* created by a call to an undefined name */
    node *body;             /* S_BLOCK or NULL */
    int index;              /* entry in the final function table */
    int n_captures;         /* functional: $(x) values */
    struct fdecl *next;     /* definition order */
};

typedef struct cstate cstate;

/* Node constructors. Binary and unary operators fold constants. */
node *ast_node(cstate *cs, int kind, uint32_t line);
node *ast_int(cstate *cs, int64_t n, uint32_t line);
node *ast_float(cstate *cs, double f, uint32_t line);
node *ast_string(cstate *cs, lstr *s, uint32_t line);
node *ast_binop(cstate *cs, int op, node *a, node *b, uint32_t line);
node *ast_unop(cstate *cs, int op, node *a, uint32_t line);
node *ast_logic(cstate *cs, int kind, node *a, node *b, uint32_t line);
node *ast_cond(cstate *cs, node *a, node *b, node *c, uint32_t line);
int ast_is_const(const node *n);
int ast_truthy_const(const node *n);       /* n must be ast_is_const */
int ast_count(const node *list);
int ast_is_lvalue(const node *n);

#endif
