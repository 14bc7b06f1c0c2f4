/*
 * main.c — the driver's command line.
 *
 *   hearth CONFIG [-fFLAG]...      boot the mud described by a MudOS config
 *   hearth --compile [--mudlib DIR] [-I DIR]... [--simul-efun FILE] [-W] FILE...
 *   hearth --disasm [--mudlib DIR] [-I DIR]... FILE
 *   hearth --run FILE [FUNC]       load FILE (its directory is the mudlib),
 *                                  call FUNC (default "main"), print the result
 *   hearth --version | --help
 *
 * Host paths stay absolute: the driver never chdir()s. Mud paths given to
 * --compile/--disasm are mud-absolute ("/std/user.c"); a host path inside
 * the mudlib is accepted too.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "base/dlog.h"
#include "base/str.h"
#include "efun/efun.h"
#include "efun/regexp.h"
#include "efun/sprintf.h"
#include "lang/compile.h"
#include "net/dns.h"
#include "net/lsock.h"
#include "net/so.h"
#include "runtime/backend.h"
#include "runtime/compile_tool.h"
#include "runtime/config.h"
#include "runtime/master.h"
#include "runtime/object.h"
#include "runtime/path.h"
#include "runtime/simul_efun.h"
#include "runtime/uids.h"
#include "vm/vm.h"
#include "vm/limits.h"

#define HEARTH_VERSION "Hearth 0.1 (MudOS/FluffOS 2.7 compatible)"

/* Defined by the runtime services (call_out, heart_beat, reset); weak so
 * the driver links while they are missing. */
void rt_services_init(void) __attribute__((weak));
void rt_services_free(void) __attribute__((weak));

static void usage(FILE *f) {
    fprintf(f,
        "usage: hearth CONFIG [-fFLAG]...\n"
        "       hearth --compile [--mudlib DIR] [-I DIR]... [--simul-efun FILE] [-W] FILE...\n"
        "       hearth --disasm [--mudlib DIR] [-I DIR]... FILE\n"
        "       hearth --run FILE [FUNC]\n"
        "       hearth --version | --help\n");
}

static double wall_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void start_core(void) {
    str_init();
    efun_init();
    vm_init();
}

/* Everything the driver holds, freed so leak checkers see a clean exit. */
static void stop_core(void) {
    lsock_free_all();
    so_close_all();
    resolve_shutdown();
    if (rt_services_free) rt_services_free();
    obj_shutdown();
    simul_shutdown();
    uid_shutdown();
    backend_free();
    rx_shutdown();
    vm_shutdown();
    efun_shutdown();
    config_free();
    dlog_close();
    str_shutdown();
}

/* ------------------------------------------------------------------ boot */
static int boot(const char *config_path, const char **flags, int nflags) {
    double t0 = wall_now();
    if (config_load(config_path) < 0) return 1;
    start_core();
    config_apply();
    rt_mudlib_dir = cfg.mudlib_dir;
    compile_hook.find_program = obj_find_program;
    compile_hook.report = master_compile_report;
    compile_hook.allow_efun_override = tool_allow_override;
    backend_init();
    backend_add_io(so_poll_prepare, so_poll_dispatch);
    backend_add_io(dns_poll_prepare, dns_poll_dispatch);
    master_trap_crashes();
    if (rt_services_init) rt_services_init();
    if (master_boot(flags, nflags) < 0) {
        stop_core();
        return 1;
    }
    int n = 0;
    for (object *ob = obj_list; ob; ob = ob->next_all) n++;
    dlog("Hearth: %s booted in %.1f ms, %d objects loaded.", cfg.name ? cfg.name : "mud",
         (wall_now() - t0) * 1000.0, n);
    fprintf(stderr, "Hearth: booted in %.1f ms (%d objects); no login port yet (LPC sockets only).\n",
            (wall_now() - t0) * 1000.0, n);
    backend_run();
    int status = backend_exit_status();
    dlog("Hearth: shutting down (status %d).", status);
    stop_core();
    return status;
}

/* ------------------------------------------------------------------- run */
typedef struct run_req { const char *path, *func; object *ob; lstr *out; } run_req;

static void run_step(void *arg) {
    run_req *r = arg;
    r->ob = obj_load(r->path);
    if (!r->ob) vm_error("Cannot load %s", r->path);
    svalue *res = vm_apply(r->func, r->ob, 0, ORIGIN_DRIVER);
    if (!res) vm_error("No function %s() in %s", r->func, r->path);
    if (sv_truthy(res)) r->out = sprintf_value(res);
}

static int run_file(const char *file, const char *func) {
    char real[PATH_MAX];
    if (!realpath(file, real)) {
        fprintf(stderr, "%s: no such file\n", file);
        return 1;
    }
    char *slash = strrchr(real, '/');
    *slash = 0;
    char mudpath[PATH_MAX];
    snprintf(mudpath, sizeof mudpath, "/%s", slash + 1);
    config_defaults(real[0] ? real : "/");
    start_core();
    config_apply();
    rt_mudlib_dir = cfg.mudlib_dir;
    tool_install_hooks(0, stderr);
    compile_hook.find_program = obj_find_program;
    backend_init();
    backend_add_io(so_poll_prepare, so_poll_dispatch);
    backend_add_io(dns_poll_prepare, dns_poll_dispatch);
    if (rt_services_init) rt_services_init();
    run_req r = { mudpath, func, NULL, NULL };
    /* A tool run has no eval budget and generous size limits. */
    vm_max_eval_cost = INT64_MAX;
    limit_array_size = limit_mapping_size = 1 << 24;
    limit_string_length = 1 << 28;
    vm_reset_eval();
    int failed = vm_protect(run_step, &r, 1);
    obj_reap_destructed();
    if (r.out) {
        fwrite(r.out->data, 1, r.out->len, stdout);
        fputc('\n', stdout);
        str_free(r.out);
    }
    fflush(stdout);
    stop_core();
    return failed ? 1 : 0;
}

/* --------------------------------------------------------- compile tools */
typedef struct tool_args {
    const char *mudlib, *simul_efun;
    const char *includes[64];
    int n_includes, warnings;
    const char **files;
    int n_files;
} tool_args;

/* Parses the options of --compile/--disasm; returns -1 on a usage error. */
static int parse_tool_args(int argc, char **argv, tool_args *t) {
    memset(t, 0, sizeof *t);
    t->mudlib = ".";
    t->files = calloc((size_t)argc + 1, sizeof *t->files);
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--mudlib") == 0 && i + 1 < argc) t->mudlib = argv[++i];
        else if (strcmp(a, "--simul-efun") == 0 && i + 1 < argc) t->simul_efun = argv[++i];
        else if (strcmp(a, "-I") == 0 && i + 1 < argc && t->n_includes < 63)
            t->includes[t->n_includes++] = argv[++i];
        else if (strncmp(a, "-I", 2) == 0 && a[2] && t->n_includes < 63)
            t->includes[t->n_includes++] = a + 2;
        else if (strcmp(a, "-W") == 0) t->warnings = 1;
        else if (a[0] == '-' && a[1] == '-') return -1;
        else t->files[t->n_files++] = a;
    }
    return t->n_files > 0 ? 0 : -1;
}

/* Sets up the mudlib, include path and simul_efun names for a tool run. */
static int tool_setup(tool_args *t) {
    char real[PATH_MAX];
    if (!realpath(t->mudlib, real)) {
        fprintf(stderr, "%s: no such mudlib directory\n", t->mudlib);
        return -1;
    }
    config_defaults(real);
    if (t->n_includes > 0) {
        size_t len = 1;
        for (int i = 0; i < t->n_includes; i++) len += strlen(t->includes[i]) + 1;
        char *joined = calloc(1, len);
        for (int i = 0; i < t->n_includes; i++) {
            if (i) strcat(joined, ":");
            strcat(joined, t->includes[i]);
        }
        free(cfg.include_dirs);
        cfg.include_dirs = joined;
    }
    start_core();
    config_apply();
    rt_mudlib_dir = cfg.mudlib_dir;
    tool_install_hooks(t->warnings, stdout);
    if (t->simul_efun) {
        program *p = tool_compile(t->simul_efun);
        if (!p) return -1;
        simul_bind(p, NULL);
    }
    return 0;
}

static int compile_files(int argc, char **argv) {
    tool_args t;
    if (parse_tool_args(argc, argv, &t) < 0) { usage(stderr); free(t.files); return 2; }
    int failed = 0;
    if (tool_setup(&t) < 0) failed = 1;
    else
        for (int i = 0; i < t.n_files; i++)
            if (!tool_compile(t.files[i])) failed = 1;
    free(t.files);
    tool_free();
    stop_core();
    return failed;
}

static void print_line(void *ctx, const char *line) {
    (void)ctx;
    puts(line);
}

static int disasm_file(int argc, char **argv) {
    tool_args t;
    if (parse_tool_args(argc, argv, &t) < 0 || t.n_files != 1) {
        usage(stderr);
        free(t.files);
        return 2;
    }
    int status = 1;
    if (tool_setup(&t) == 0) {
        program *p = tool_compile(t.files[0]);
        if (p) {
            disasm_program(p, print_line, NULL);
            status = 0;
        }
    }
    free(t.files);
    tool_free();
    stop_core();
    return status;
}

/* ------------------------------------------------------------------ main */
int main(int argc, char **argv) {
    if (argc < 2) { usage(stderr); return 2; }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) { usage(stdout); return 0; }
    if (strcmp(cmd, "--version") == 0) { puts(HEARTH_VERSION); return 0; }
    if (strcmp(cmd, "--compile") == 0) return compile_files(argc - 2, argv + 2);
    if (strcmp(cmd, "--disasm") == 0) return disasm_file(argc - 2, argv + 2);
    if (strcmp(cmd, "--run") == 0) {
        if (argc < 3 || argc > 4) { usage(stderr); return 2; }
        return run_file(argv[2], argc == 4 ? argv[3] : "main");
    }
    if (cmd[0] == '-') { usage(stderr); return 2; }
    const char *flags[64];
    int nflags = 0;
    for (int i = 2; i < argc; i++) {
        if (strncmp(argv[i], "-f", 2) == 0 && nflags < 64) {
            flags[nflags++] = argv[i][2] ? argv[i] + 2 : (i + 1 < argc ? argv[++i] : "");
        } else {
            fprintf(stderr, "unknown option %s\n", argv[i]);
            usage(stderr);
            return 2;
        }
    }
    return boot(cmd, flags, nflags);
}
