/*
 * compile.h — turning an LPC source file into a program.
 *
 * compile_file() runs lexer, parser and code generator and returns a linked
 * program (prog_link done) or NULL after reporting errors through the
 * installed error hook. Inherited programs are obtained through the
 * find_program hook: the runtime loads the inherited object; the
 * stand-alone `--compile` tool compiles and caches programs directly.
 *
 * Simul_efuns: the compiler asks simul_lookup() whether a name is a
 * simul_efun (after local functions, before efuns), and emits CALL_SIMUL
 * with a stable index; the VM maps indexes to the simul_efun object's
 * functions at run time (simul_efun.h).
 */
#ifndef HEARTH_COMPILE_H
#define HEARTH_COMPILE_H

#include "../vm/program.h"

typedef struct compile_opts {
    const char *mudlib;             /* host directory of the mudlib root */
    const char **include_dirs;      /* mud paths for #include <x>, NULL-terminated */
    const char *global_include;     /* e.g. "<mudlib.h>" or NULL */
    const char **defines;           /* extra predefines "NAME" or "NAME=value", NULL-terminated */
    int strict_types_default;       /* dialect: default #pragma strict_types */
    int static_is_nosave;           /* dialect: `static` on variables means nosave */
    int inherit_after_function;     /* dialect: allow inherit after definitions */
} compile_opts;

extern compile_opts compile_options;   /* set by the driver from the config */

/* Hooks the driver installs. */
typedef struct compile_hooks {
    /* The program for an inherit path (mud path, with or without .c);
     * NULL after an error message explaining why. */
    program *(*find_program)(const char *path);
    /* A compile error or warning, "file:line: message" already formatted. */
    void (*report)(const char *file, int line, const char *msg, int is_warning);
    /* valid_override-style check for efun::name; 1 = allowed. */
    int (*allow_efun_override)(const char *file, const char *name);
} compile_hooks;

extern compile_hooks compile_hook;

/* Compiles a mud path ("/std/user.c"). Returns a new reference or NULL. */
program *compile_file(const char *path);
/* Called by the lexer and parser. Counts errors for the running compile. */
void compile_error(lstr *file, uint32_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void compile_warning(lstr *file, uint32_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int compile_error_count(void);

/* Program cache for the stand-alone `--compile` tool (the default
 * find_program hook): compiles an inherited file once, by canonical name
 * ("/std/x.c"), and reports inheritance cycles. Returned programs are
 * borrowed from the cache; compile_cache_clear() drops them all. */
program *compile_cache_find(const char *path);
void compile_cache_clear(void);

/* Disassembly of a program (for --disasm and dump_prog). */
void disasm_program(const program *p, void (*out)(void *ctx, const char *line), void *ctx);

#endif
