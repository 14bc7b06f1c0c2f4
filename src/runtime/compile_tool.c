/*
 * compile_tool.c — the stand-alone compile cache behind `--compile` and
 * `--disasm` (see compile_tool.h).
 *
 * The cache itself is the compiler's (compile_cache_find): each file is
 * compiled once, a failure is remembered so its errors print once, and an
 * inherit of a file being compiled is reported as a cycle. This file adds
 * the mud-path handling, the report format and the hooks.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "compile_tool.h"
#include "config.h"
#include "master.h"
#include "object.h"
#include "path.h"
#include "../lang/compile.h"
#include "../vm/vm.h"

static int show_warnings;
static FILE *report_out;

/* ---------------------------------------------------------------- hooks */
static void report(const char *file, int line, const char *msg, int is_warning) {
    if (is_warning && !show_warnings) return;
    size_t fl = strlen(file);
    FILE *out = report_out ? report_out : stdout;
    if (strncmp(msg, file, fl) == 0 && msg[fl] == ':') fprintf(out, "%s\n", msg);
    else fprintf(out, "%s:%d: %s%s\n", file, line, is_warning ? "warning: " : "", msg);
    fflush(out);
}

static int allow_all(const char *file, const char *name) { return 1; }

void tool_install_hooks(int warnings, FILE *out) {
    show_warnings = warnings;
    report_out = out;
    compile_hook.report = report;
    compile_hook.find_program = compile_cache_find;
    compile_hook.allow_efun_override = allow_all;
}

typedef struct override_req { const char *file, *name; int ok; } override_req;

static void ask_override(void *arg) {
    override_req *r = arg;
    push_cstr(r->file);
    push_cstr(r->name);
    push_cstr(r->file);
    r->ok = master_valid("valid_override", 3, 1);
}

int tool_allow_override(const char *file, const char *name) {
    override_req r = { file, name, 1 };
    if (!master_ob) return 1;
    if (vm_protect(ask_override, &r, 1)) return 0;
    return r.ok;
}

/* ---------------------------------------------------------------- cache */
/* The mud name of path: a host path inside the mudlib loses its prefix. */
static lstr *mud_name(const char *path) {
    size_t ml = cfg.mudlib_dir ? strlen(cfg.mudlib_dir) : 0;
    if (ml > 1 && strncmp(path, cfg.mudlib_dir, ml) == 0 && path[ml] == '/') path += ml;
    return obj_normalize_name(path, 1);
}

static int source_exists(const char *file) {
    host_path hp;
    struct stat st;
    return path_resolve(file, strlen(file), &hp) && stat(hp.host, &st) == 0 && S_ISREG(st.st_mode);
}

program *tool_compile(const char *path) {
    lstr *name = mud_name(path);
    if (!name) {
        report(path, 0, "Illegal path name", 0);
        return NULL;
    }
    char file[PATH_MAX];
    snprintf(file, sizeof file, "%s.c", name->data);
    str_free(name);
    if (!source_exists(file)) {
        report(file, 0, "No such file", 0);
        return NULL;
    }
    return compile_cache_find(file);
}

void tool_free(void) { compile_cache_clear(); }
