/*
 * lexstate.h — the lexer's inside, shared by its four files:
 *   lex.c      the public API (lex.h), the identifier table, ownership
 *   scan.c     characters -> tokens (numbers, strings, text blocks, ...)
 *   preproc.c  file stack, #include, conditionals, the other directives
 *   ppexpr.c   #if expressions                          (both preproc.h)
 *   macro.c    the macro table, #define, expansion, predefined macros
 *
 * Token flow: the scanner cuts `ptok`s (a token plus what # and ## need)
 * out of a text buffer. preproc.c runs the scanner over the current file
 * and handles directive lines; macro.c reads those tokens and replaces
 * macro names by their expansions, kept on a stack of token contexts; lex.c
 * hands the result to the parser.
 *
 * Ownership: everything a token points at (string values, text arrays,
 * spellings, file names, identifiers) belongs to the lexer until lex_close,
 * so tokens are copied freely by value.
 */
#ifndef HEARTH_LEXSTATE_H
#define HEARTH_LEXSTATE_H

#include <stdint.h>
#include <stddef.h>
#include "lex.h"
#include "compile.h"

/* Token kinds that never leave the lexer. */
enum {
    PK_DIRECTIVE = TK_COUNT,  /* '#' first on a line: a directive follows */
    PK_HASH,                  /* '#' inside a directive line (stringify) */
    PK_HASHHASH,              /* '##' inside a directive line (paste) */
    PK_EOL                    /* end of a directive line */
};

/* Scanner modes. */
enum {
    SCAN_FILE,   /* program text: newlines are white space, directives, text blocks */
    SCAN_LINE,   /* a directive line: stops at the newline (PK_EOL) */
    SCAN_TEXT    /* a string of macro text: newlines are white space */
};

typedef struct ident ident;
typedef struct macro macro;

/* A preprocessing token. */
typedef struct ptok {
    token t;
    const char *sp;          /* spelling, for # and ## (not NUL-terminated) */
    uint32_t len;
    uint8_t ws;              /* white space came before it */
    uint8_t noexp;           /* a macro name that must not expand any more */
    uint8_t param;           /* in a macro body: parameter number + 1 */
    ident *id;               /* identifiers and keywords */
} ptok;

typedef struct tokvec {
    ptok *v;
    uint32_t n, cap;
} tokvec;

/* An entry of the identifier table: every name the lexer has seen. */
struct ident {
    lstr *s;                 /* interned name; the table holds one reference */
    int kind;                /* TK_IDENT or the keyword's token */
    macro *m;                /* current definition, NULL if none */
    ident *next;             /* hash chain */
    uint32_t hash;
};

enum { PREDEF_NONE, PREDEF_HARD, PREDEF_SOFT };

struct macro {
    int nparams;             /* -1: object-like */
    ptok *body;
    uint32_t n;
    uint8_t predef;          /* PREDEF_*: HARD ones cannot be redefined */
    uint8_t disabled;        /* being expanded (no self-recursion) */
    uint8_t is_line;         /* __LINE__ */
    uint8_t plain;           /* no # or ## in the body */
    macro *all;              /* every macro of this lexer, for lex_close */
};

/* A buffer of text being scanned; text[end - text] is a NUL sentinel. */
typedef struct scanbuf {
    const char *p, *end;
    lstr *file;              /* mud path, for tokens and errors */
    uint32_t line;
    uint8_t bol;             /* only white space so far on this line */
} scanbuf;

typedef struct infile {
    scanbuf sb;
    struct infile *prev;
} infile;

/* A list of tokens being read back: a macro expansion or an argument. */
typedef struct ctx {
    ptok *toks;
    uint32_t n, i;
    macro *m;                /* re-enabled when the context is popped */
    uint8_t barrier;         /* reading stops here (argument pre-expansion) */
} ctx;

typedef struct cond {
    lstr *file;
    uint32_t line;
    uint8_t taken;           /* one of its groups has been compiled */
} cond;

typedef struct pvec {
    void **v;
    uint32_t n, cap;
} pvec;

struct lexer {
    const compile_opts *opts;
    infile *in;              /* innermost file */
    int depth;               /* include depth */
    int at_eof;
    uint32_t pragmas;

    ident **itab;            /* identifier table, chained */
    uint32_t imask, icount;
    ident *id_defined;
    ident *ifree;            /* identifier nodes still free in the last chunk */
    uint32_t ifree_n;

    macro *macros;           /* list through macro.all */
    ctx *ctx;                /* expansion stack */
    uint32_t nctx, ctxcap;
    ptok pb;                 /* a token read ahead from the file */
    int has_pb;

    cond *conds;
    uint32_t ncond, condcap;

    pvec strs;               /* lstr * owned (values, file names) */
    pvec arrs;               /* array * owned (text array blocks) */
    pvec texts;              /* char * owned (file texts, spellings) */

    char *sbuf;              /* scratch for building strings */
    size_t slen, scap;
};

/* lex.c */
ident *lex_ident(lexer *lx, const char *s, size_t n, uint32_t h);
uint32_t lex_hash(const char *s, size_t n);
lstr *lex_own_str(lexer *lx, lstr *s);       /* keeps s until lex_close */
char *lex_own_text(lexer *lx, size_t n);     /* n bytes kept until lex_close */
void lex_sbuf_add(lexer *lx, const char *p, size_t n);
void tv_push(tokvec *tv, const ptok *t);
void pv_push(pvec *pv, void *p);

/* scan.c */
int scan_token(lexer *lx, scanbuf *sb, ptok *t, int mode);

#endif
