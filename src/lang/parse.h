/*
 * parse.h — the state of one compile, shared by the compiler's back half:
 * parser (parse*.c), function table layout (layout.c), type checker
 * (types.c) and code generator (codegen.c). Nothing outside src/lang
 * includes this; the public door is compile.h.
 *
 * One `cstate` lives for one compile_file() call. Compiles nest (an
 * inherited file may be compiled while its heir waits), so no module keeps
 * per-compile data in globals.
 */
#ifndef HEARTH_PARSE_H
#define HEARTH_PARSE_H

#include "ast.h"
#include "lex.h"
#include "compile.h"
#include "../vm/program.h"

/* Growable array of T in a struct { T *p; int n, cap; }. */
#define VEC(T) struct { T *p; int n, cap; }
void vec_grow_(void *pp, int *cap, size_t elem);
#define vec_push(v, item) \
    do { if ((v).n == (v).cap) vec_grow_(&(v).p, &(v).cap, sizeof *(v).p); \
         (v).p[(v).n++] = (item); } while (0)

/* Pointer-keyed hash map (keys are interned lstr*); values are ints. */
typedef struct ptrmap {
    const void **keys;
    int *vals;
    int mask, count;
} ptrmap;
int ptrmap_get(const ptrmap *m, const void *key, int dflt);
void ptrmap_put(ptrmap *m, const void *key, int val);
void ptrmap_free(ptrmap *m);

/* Declaration modifiers as parsed (mapped to FN_* / VAR_* by their users). */
enum modifier {
    M_STATIC = 1, M_NOSAVE = 2, M_PRIVATE = 4, M_PROTECTED = 8, M_PUBLIC = 16,
    M_NOMASK = 32, M_VARARGS = 64
};

/* A local variable in scope while a function body is parsed. */
typedef struct local_var {
    lstr *name;
    uint32_t type;
    uint16_t slot;
    uint16_t depth;     /* block depth it was declared at */
    uint8_t is_ref;
} local_var;

enum fctx_kind { FC_FUNCTION, FC_FUNCTIONAL, FC_ANON, FC_INIT };

/* The function whose body is being parsed (functionals nest). */
typedef struct fctx {
    struct fctx *parent;
    fdecl *fn;
    int kind;
    VEC(local_var) locals;
    int n_slots;            /* slots in use now */
    int depth;              /* block nesting */
    int loops, switches;    /* for break/continue checks */
    int max_dollar;         /* highest $n seen (functionals) */
    node *captures, *cap_tail;
    int n_captures;
    int switch_default;     /* innermost switch already has a default */
    int saved_dollar_plain;
} fctx;

typedef struct gen_state gen_state;     /* codegen.c */

struct cstate {
    arena ar;
    lexer *lx;
    token tok;                  /* current token */
    VEC(token) ahead;           /* lookahead: ahead.p[ahead_pos .. ahead.n) */
    int ahead_pos;
    int dollar_plain;           /* $(x) is just (x): in (: ob, "fn" :) pointers */
    lstr *name;                 /* program name "/dir/file.c" (counted) */
    uint32_t pragmas;
    int seen_function;
    int parse_errors;           /* syntax errors so far */
    int silent;                 /* skipping after a syntax error */

    /* tables of the program being built */
    VEC(inherit_def) inherits;
    VEC(var_def) vars;          /* inherited ones; own ones appended by layout */
    VEC(var_def) own_vars;      /* own globals while parsing */
    VEC(class_def) classes;
    VEC(lstr *) files;          /* counted */
    VEC(lstr *) garbage;        /* strings made during the compile */
    ptrmap file_index;          /* lexer's file lstr* -> files[] index + 1 */
    ptrmap globals;             /* name -> encoded var index + 1 (visible ones) */
    ptrmap class_index;         /* name -> class index + 1 */
    ptrmap own_fn;              /* name -> position in own list + 1 */
    VEC(fdecl *) own;           /* own named functions in order */
    VEC(fdecl *) functionals;   /* hidden function bodies in order */
    fdecl *init_fn;             /* the initialiser (PROG_INIT_NAME), if needed */
    node *init_stmts, *init_tail;
    fctx *fc;                   /* function being parsed */
    fctx init_ctx;              /* context of global initialisers */

    /* function table (layout.c) */
    VEC(func_def) funcs;
    ptrmap fn_visible;          /* name -> table index + 1 */

    gen_state *gen;
    int nest;                   /* parse_enter levels now open */
    int last_exact;             /* was the last function defined exact? (2.7
                                   types a later global initialiser so) */
};

/* Global variables while parsing: inherited ones by their index in vars,
 * own ones as OWN_VAR | position, because an inherit may still come after
 * them and push them down. global_index() gives the final index once
 * layout_functions() has appended the own ones. */
#define OWN_VAR 0x40000000
int global_lookup(cstate *cs, lstr *name);      /* encoded index or -1 */
int global_index(cstate *cs, int encoded);      /* final index */

/* ---- parse.c: tokens, errors, entry ---- */
void parse_file(cstate *cs);
void next_token(cstate *cs);
const token *peek_token(cstate *cs, int n);     /* n = 1: the one after tok */
int accept(cstate *cs, int kind);
void expect(cstate *cs, int kind, const char *what);
void syntax_error(cstate *cs, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Opens one level of nesting (an expression, operand or statement inside
 * another): 1, and the caller does cs->nest-- when done; or, past the
 * limit that keeps the recursive parser and code generator on the C
 * stack, 0 after reporting the error and ending the parse. */
int parse_enter(cstate *cs);
void error_at(cstate *cs, const node *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void warn_at(cstate *cs, const node *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
uint16_t file_id(cstate *cs, lstr *file);
lstr *keep_string(cstate *cs, lstr *s);         /* s owned by the compile */
lstr *intern_name(cstate *cs, const char *s);   /* interned, owned by the compile */

/* ---- parse_decl.c: top level, types ---- */
int is_type_start(cstate *cs);
uint32_t parse_type(cstate *cs, int allow_void);
int lookup_class(cstate *cs, lstr *name);
void parse_toplevel(cstate *cs);

/* ---- parse_stmt.c ---- */
node *parse_block(cstate *cs);
void fctx_begin(cstate *cs, fctx *fc, fdecl *fn, int kind);
void fctx_end(cstate *cs, fctx *fc);
int declare_local(cstate *cs, lstr *name, uint32_t type, int is_ref, uint32_t line);
local_var *find_local(fctx *fc, lstr *name);

/* ---- parse_expr.c ---- */
node *parse_expr(cstate *cs);           /* comma expression */
node *parse_assign(cstate *cs);         /* one assignment expression */

/* ---- layout.c: inherits and the function table ---- */
void layout_inherit(cstate *cs, program *q, int modifiers, lstr *path, uint32_t line);
void layout_functions(cstate *cs);
fdecl *own_function(cstate *cs, lstr *name);
fdecl *new_fdecl(cstate *cs, lstr *name, uint32_t line);
int find_visible_function(cstate *cs, lstr *name);
const func_def *resolve_func_def(cstate *cs, int index);

/* ---- types.c ---- */
void types_function(cstate *cs, fdecl *fn);
/* After types_function: a functional that may be bound to any object. */
int types_bindable(const fdecl *fn);

/* ---- codegen.c ---- */
void gen_begin(cstate *cs);
void gen_function(cstate *cs, fdecl *fn);
program *gen_finish(cstate *cs);
void gen_abort(cstate *cs);

#endif
