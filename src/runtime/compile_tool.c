/*
 * compile_tool.c — the stand-alone compile cache behind `--compile` and
 * `--disasm` (see compile_tool.h).
 *
 * Entries are kept in an array in first-request order and found by a
 * linear probe table on the normalised name. An entry is "compiling" while
 * its file is being compiled, which is how an inheritance cycle is seen.
 * A failed compile is cached as NULL so its errors print once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "compile_tool.h"
#include "config.h"
#include "master.h"
#include "object.h"
#include "path.h"
#include "../base/mem.h"
#include "../lang/compile.h"
#include "../vm/vm.h"

typedef struct entry { lstr *name; program *prog; int compiling; } entry;

static entry *entries;
static int n_entries, cap_entries;
static int *slots;              /* entry index + 1, 0 = empty */
static uint32_t slot_mask;
static int show_warnings;

static void rebuild(void) {
    free(slots);
    slot_mask = slot_mask ? slot_mask * 2 + 1 : 1023;
    slots = xcalloc(slot_mask + 1, sizeof *slots);
    for (int i = 0; i < n_entries; i++) {
        uint32_t h = str_hash(entries[i].name) & slot_mask;
        while (slots[h]) h = (h + 1) & slot_mask;
        slots[h] = i + 1;
    }
}

static int find(lstr *name) {
    if (!slots) return -1;
    for (uint32_t h = str_hash(name) & slot_mask; slots[h]; h = (h + 1) & slot_mask)
        if (str_eq(entries[slots[h] - 1].name, name)) return slots[h] - 1;
    return -1;
}

static int add(lstr *name) {
    if (n_entries == cap_entries) {
        cap_entries = cap_entries ? cap_entries * 2 : 256;
        entries = xrealloc(entries, sizeof *entries * (size_t)cap_entries);
    }
    entries[n_entries] = (entry){ name, NULL, 1 };
    n_entries++;
    if ((uint32_t)n_entries * 2 > slot_mask) rebuild();
    else {
        uint32_t h = str_hash(name) & slot_mask;
        while (slots[h]) h = (h + 1) & slot_mask;
        slots[h] = n_entries;
    }
    return n_entries - 1;
}

/* ---------------------------------------------------------------- hooks */
static void report(const char *file, int line, const char *msg, int is_warning) {
    if (is_warning && !show_warnings) return;
    size_t fl = strlen(file);
    if (strncmp(msg, file, fl) == 0 && msg[fl] == ':') printf("%s\n", msg);
    else printf("%s:%d: %s%s\n", file, line, is_warning ? "warning: " : "", msg);
    fflush(stdout);
}

static int allow_all(const char *file, const char *name) { return 1; }

void tool_install_hooks(int warnings) {
    show_warnings = warnings;
    compile_hook.report = report;
    compile_hook.find_program = tool_compile;
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
    int i = find(name);
    if (i >= 0) {
        str_free(name);
        if (entries[i].compiling) {
            report(path, 0, "Inheritance cycle: the file inherits itself", 0);
            return NULL;
        }
        return entries[i].prog;
    }
    i = add(name);
    char file[PATH_MAX];
    snprintf(file, sizeof file, "%s.c", name->data);
    program *p = NULL;
    if (source_exists(file)) p = compile_file(file);
    else report(file, 0, "No such file", 0);
    entries[i].prog = p;
    entries[i].compiling = 0;
    return p;
}

void tool_free(void) {
    for (int i = 0; i < n_entries; i++) {
        if (entries[i].prog) prog_free(entries[i].prog);
        str_free(entries[i].name);
    }
    free(entries);
    free(slots);
    entries = NULL;
    slots = NULL;
    n_entries = cap_entries = 0;
    slot_mask = 0;
}
