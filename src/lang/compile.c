/*
 * compile.c — the compiler's public door: compile_file() runs parser,
 * layout, checker and code generator over one file; error counting and the
 * default hooks; and the program cache used by the stand-alone `--compile`
 * tool to resolve inherits (compile_cache_find).
 *
 * Compiles nest: an inherit may compile its parent first. Everything a
 * compile owns is in its cstate, and the error count is saved and
 * restored around each compile_file(), so the inner compile neither sees
 * nor disturbs the outer one's errors.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "codegen.h"

static void default_report(const char *file, int line, const char *msg, int is_warning);

compile_opts compile_options = {
    .mudlib = ".", .inherit_after_function = 1,
};
compile_hooks compile_hook = { compile_cache_find, default_report, NULL };

static int error_count;

/* ----------------------------------------------------------------- errors */
static void default_report(const char *file, int line, const char *msg, int is_warning) {
    fprintf(stderr, "%s:%d: %s%s\n", file, line, is_warning ? "warning: " : "", msg);
}

static void report_v(lstr *file, uint32_t line, int warning, const char *fmt, va_list ap) {
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    if (compile_hook.report) compile_hook.report(file ? file->data : "?", (int)line, buf, warning);
}

void compile_error(lstr *file, uint32_t line, const char *fmt, ...) {
    va_list ap;
    error_count++;
    va_start(ap, fmt);
    report_v(file, line, 0, fmt, ap);
    va_end(ap);
}

void compile_warning(lstr *file, uint32_t line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report_v(file, line, 1, fmt, ap);
    va_end(ap);
}

int compile_error_count(void) { return error_count; }

/* ------------------------------------------------------------ mud paths */
/* "std/x" -> "/std/x.c" in buf; 0 if it does not fit. */
static int canonical_path(const char *path, char *buf, size_t n) {
    size_t k = 0;
    buf[k++] = '/';
    for (const char *p = path; *p && k + 3 < n; p++) {
        if (*p == '/' && buf[k - 1] == '/') continue;
        buf[k++] = *p;
    }
    if (k + 3 >= n) return 0;
    buf[k] = 0;
    if (k < 3 || strcmp(buf + k - 2, ".c") != 0) {
        buf[k++] = '.';
        buf[k++] = 'c';
    }
    buf[k] = 0;
    return 1;
}

/* ---------------------------------------------------------------- compile */
static void compile_cleanup(cstate *cs) {
    gen_abort(cs);
    for (int i = 0; i < cs->inherits.n; i++) prog_free(cs->inherits.p[i].prog);
    for (int i = 0; i < cs->files.n; i++) str_free(cs->files.p[i]);
    for (int i = 0; i < cs->garbage.n; i++) str_free(cs->garbage.p[i]);
    free(cs->inherits.p);
    free(cs->vars.p);
    free(cs->own_vars.p);
    free(cs->classes.p);
    free(cs->files.p);
    free(cs->garbage.p);
    free(cs->own.p);
    free(cs->functionals.p);
    free(cs->funcs.p);
    free(cs->ahead.p);
    free(cs->init_ctx.locals.p);
    ptrmap_free(&cs->file_index);
    ptrmap_free(&cs->globals);
    ptrmap_free(&cs->class_index);
    ptrmap_free(&cs->own_fn);
    ptrmap_free(&cs->fn_visible);
    str_free(cs->name);
    arena_free(&cs->ar);
    if (cs->lx) lex_close(cs->lx);
    free(cs);
}

static program *generate(cstate *cs) {
    layout_functions(cs);
    if (error_count) return NULL;
    gen_begin(cs);
    for (int i = 0; i < cs->own.n; i++)
        if (cs->own.p[i]->has_body) gen_function(cs, cs->own.p[i]);
    for (int i = 0; i < cs->functionals.n; i++) gen_function(cs, cs->functionals.p[i]);
    if (cs->init_fn) gen_function(cs, cs->init_fn);
    if (error_count || cs->gen->failed) return NULL;
    return gen_finish(cs);
}

program *compile_file(const char *path) {
    char name[1024];
    int saved = error_count;
    program *p = NULL;
    error_count = 0;
    if (!canonical_path(path, name, sizeof name)) {
        compile_error(NULL, 0, "Path too long: %.100s", path);
        error_count = saved;
        return NULL;
    }
    cstate *cs = xcalloc(1, sizeof *cs);
    cs->name = str_newz(name);
    cs->lx = lex_open(name, &compile_options);
    if (cs->lx) {
        if (compile_options.strict_types_default) cs->pragmas |= PRAGMA_STRICT_TYPES;
        cs->init_ctx.fn = arena_alloc(&cs->ar, sizeof(fdecl));
        cs->init_ctx.kind = FC_INIT;
        parse_file(cs);
        if (!error_count) p = generate(cs);
    }
    compile_cleanup(cs);
    error_count = saved;
    return p;
}

/* ------------------------------------------------------------ the cache */
typedef struct cache_entry {
    struct cache_entry *next;
    char *name;
    program *prog;
    int busy;                   /* being compiled: inheriting it is a cycle */
} cache_entry;

#define CACHE_BUCKETS 1024
static cache_entry *cache[CACHE_BUCKETS];

static cache_entry **cache_slot(const char *name) {
    return &cache[hash_bytes(name, strlen(name)) & (CACHE_BUCKETS - 1)];
}

program *compile_cache_find(const char *path) {
    char name[1024];
    if (!canonical_path(path, name, sizeof name)) return NULL;
    cache_entry **slot = cache_slot(name);
    for (cache_entry *e = *slot; e; e = e->next) {
        if (strcmp(e->name, name) != 0) continue;
        if (e->busy) {
            lstr *f = str_newz(name);
            compile_error(f, 0, "Inheritance cycle: %s inherits itself", name);
            str_free(f);
            return NULL;
        }
        return e->prog;
    }
    cache_entry *e = xcalloc(1, sizeof *e);
    e->name = xstrdup(name);
    e->busy = 1;
    e->next = *slot;
    *slot = e;
    e->prog = compile_file(name);
    e->busy = 0;
    return e->prog;
}

void compile_cache_clear(void) {
    for (int i = 0; i < CACHE_BUCKETS; i++) {
        cache_entry *e = cache[i];
        while (e) {
            cache_entry *next = e->next;
            if (e->prog) prog_free(e->prog);
            free(e->name);
            free(e);
            e = next;
        }
        cache[i] = NULL;
    }
}
