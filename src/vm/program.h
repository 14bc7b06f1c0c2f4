/*
 * program.h — a compiled LPC program: bytecode, constants, and the tables
 * that describe its functions, variables, inherits and classes.
 *
 * Inheritance layout (the contract between compiler and VM)
 *  - When P inherits Q, P's function table gets a copy of Q's whole table at
 *    a contiguous block starting at inherits[k].fn_offset: entry fn_offset+j
 *    stands for Q's entry j (flags FN_INHERITED, inherit = k, index = j).
 *    Likewise P's variables start with each inherited program's variables at
 *    inherits[k].var_offset, then P's own.
 *  - A definition in P of a name already inherited overrides it: every
 *    inherited entry with that name (not FN_PRIVATE) becomes FN_ALIAS with
 *    `index` = the index of P's new entry. This is what makes calls virtual:
 *    code of Q calls its own function j as (frame fn_offset + j) in the
 *    *object's* program table, which may now lead to P's definition.
 *  - `impl[i]` (filled by prog_link) is entry i fully resolved: the program
 *    whose code runs, the func_def there, and the variable/function offsets
 *    of that program inside P. The VM only reads impl[].
 *  - Function names visible for call_other and for unqualified calls are in
 *    `lookup` (name -> index), built by prog_link; FN_HIDDEN entries (private
 *    inherited ones, functionals) are not in it.
 *
 * Programs are refcounted: each object of the program and each program that
 * inherits it hold a reference.
 */
#ifndef HEARTH_PROGRAM_H
#define HEARTH_PROGRAM_H

#include <stdint.h>
#include "value.h"

/* Compile-time types (declared types of variables, functions, args).
 * A type is a base code plus TY_ARRAY bits for each `*` level (1 level is
 * enough in practice: `int **` is kept as TY_ARRAY of TY_ANY). */
enum lpc_type {
    TY_UNKNOWN = 0, TY_VOID, TY_INT, TY_FLOAT, TY_STRING, TY_OBJECT,
    TY_MAPPING, TY_FUNCTION, TY_BUFFER, TY_MIXED, TY_CLASS
};
#define TY_ARRAY     0x100      /* "array of" bit, or'ed with the element type */
#define TY_CLASS_ID(t)  ((t) >> 16)     /* for TY_CLASS: class index << 16 */

enum func_flags {
    FN_STATIC     = 1 << 0,     /* only when the dialect keeps `static` for functions */
    FN_PRIVATE    = 1 << 1,
    FN_PROTECTED  = 1 << 2,     /* not callable by call_other */
    FN_PUBLIC     = 1 << 3,
    FN_NOMASK     = 1 << 4,
    FN_VARARGS    = 1 << 5,     /* missing args are fine */
    FN_TRUE_VARARGS = 1 << 6,   /* last param `type *x...` collects the rest */
    FN_INHERITED  = 1 << 7,     /* defined in inherits[inherit], its index `index` */
    FN_ALIAS      = 1 << 8,     /* overridden: see entry `index` of this program */
    FN_PROTOTYPE  = 1 << 9,     /* declared, never defined here */
    FN_HIDDEN     = 1 << 10,    /* not visible by name (private inherited, functional) */
    FN_FUNCTIONAL = 1 << 11,    /* body of (: ... :) or function(...) { } */
    FN_DENIED     = 1 << 12,    /* a call_other from another object was refused
                                   (2.7's apply cache then refuses self calls too) */
    FN_BINDABLE   = 1 << 13     /* functional touching no global and calling no
                                   function of its program: bind() may move it */
};

typedef struct func_def {
    lstr *name;                 /* interned */
    uint32_t address;           /* code offset of the body (defined here) */
    uint16_t flags;
    uint16_t inherit;           /* FN_INHERITED: index into inherits[] */
    uint16_t index;             /* FN_INHERITED: entry in that program; FN_ALIAS: entry here */
    uint8_t num_args;           /* declared parameters */
    uint8_t num_locals;         /* further local slots after the parameters */
    uint32_t type;              /* return type, enum lpc_type | TY_ARRAY ... */
    uint32_t *arg_types;        /* num_args entries or NULL; owned by this program */
    uint32_t line;              /* line of the definition */
    uint64_t ref_args;          /* bit i set: parameter i is declared `ref` */
} func_def;

typedef struct var_def {
    lstr *name;
    uint32_t type;
    uint16_t flags;             /* VAR_* */
} var_def;

enum var_flags { VAR_NOSAVE = 1, VAR_PRIVATE = 2, VAR_PROTECTED = 4, VAR_PUBLIC = 8,
                 VAR_INHERITED = 16, VAR_HIDDEN = 32,
                 VAR_NOSAVE_INH = 64 };     /* came through a `nosave inherit`: save_object
                                               skips it, restore_object neither clears it
                                               nor refuses a line naming it (2.7) */

typedef struct inherit_def {
    struct program *prog;       /* counted reference */
    lstr *label;                /* name used in label::f() (file base name) */
    uint16_t fn_offset;         /* where its functions start in our table */
    uint16_t var_offset;        /* where its variables start in our variables */
    uint16_t flags;             /* INH_PRIVATE, INH_PROTECTED... */
} inherit_def;

enum inherit_flags { INH_PRIVATE = 1, INH_PROTECTED = 2, INH_PUBLIC = 4,
                     INH_NOSAVE = 8 };      /* `nosave inherit` */

typedef struct class_def {
    lstr *name;
    uint16_t n_members;
    lstr **member_names;
    uint32_t *member_types;
} class_def;

/* Switch tables: SWITCH names one. Int cases are sorted, non-overlapping
 * ranges (lo == hi for a single value); string cases are sorted by
 * (hash, bytes) for binary search by the subject's str_hash. A `case 0:` in
 * a string switch is an int case. Targets are absolute code offsets. */
typedef struct switch_int { int64_t lo, hi; uint32_t target; } switch_int;
typedef struct switch_str { lstr *s; uint32_t target; } switch_str;
typedef struct switch_table {
    uint32_t n_ints, n_strs;
    switch_int *ints;
    switch_str *strs;
    uint32_t default_target;    /* the end of the switch when no default */
} switch_table;

typedef struct line_entry {
    uint32_t pc;                /* first code offset of this line */
    uint32_t line;
    uint16_t file;              /* index into files[] (0 = the program's file) */
} line_entry;

typedef struct func_impl {      /* impl[i]: where entry i really runs */
    struct program *prog;       /* program holding the code (not counted) */
    const func_def *def;        /* its func_def (with address) */
    uint16_t var_offset;        /* of prog's variables inside this program */
    uint16_t fn_offset;         /* of prog's functions inside this program */
} func_impl;

typedef struct program {
    uint32_t refs;
    lstr *name;                 /* "/std/user.c" */
    uint8_t *code;
    uint32_t code_len;
    svalue *consts;             /* strings (interned) and floats */
    uint32_t n_consts;
    func_def *funcs;
    uint16_t n_funcs;
    var_def *vars;              /* all variables, inherited ones first */
    uint16_t n_vars;
    inherit_def *inherits;
    uint16_t n_inherits;
    class_def *classes;
    uint16_t n_classes;
    switch_table *switches;
    uint32_t n_switches;
    line_entry *lines;
    uint32_t n_lines;
    lstr **files;               /* source files for line entries */
    uint16_t n_files;
    uint32_t flags;             /* PROG_* */
    func_impl *impl;            /* n_funcs, filled by prog_link */
    struct prog_lookup *lookup; /* name -> visible function index */
    uint32_t load_time;
} program;

enum prog_flags {
    PROG_STRICT_TYPES = 1,      /* compiled with #pragma strict_types */
    PROG_SAVE_BINARY = 2,       /* #pragma save_binary: recorded only, no
                                   binaries are saved yet */
    PROG_HAS_CREATE = 4         /* set by prog_link; nothing reads it yet
                                   (objects apply "create" by name) */
};

/* The function that runs a program's global variable initialisers (after
 * calling its parents' ones, in inherit order); the VM runs it on every new
 * object before create(). Its name is not an LPC identifier, so it never
 * clashes with a mudlib function (TMI-2's /std/room.c defines and calls
 * its own __INIT()). It is FN_HIDDEN: not in the lookup, not callable by
 * name or call_other. prog_init_function() returns its index or -1. */
#define PROG_INIT_NAME "#__INIT"
int prog_init_function(const program *p);

/* Fills impl[] and the name lookup; call once after the compiler built P. */
void prog_link(program *p);
/* Visible function index for name, or -1. `name` need not be interned. */
int prog_find_function(const program *p, const lstr *name);
int prog_find_function_cstr(const program *p, const char *name);
/* Source position of a code offset: file name and line. */
uint32_t prog_line_of(const program *p, uint32_t pc, lstr **file);
void prog_free_(program *p);
static inline program *prog_ref(program *p) { p->refs++; return p; }
static inline void prog_free(program *p) { if (--p->refs == 0) prog_free_(p); }

#endif
