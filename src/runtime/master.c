/*
 * master.c — booting the mudlib and talking to the master object: the
 * boot sequence, apply helpers, compile-error reports, crash reports.
 *
 * Every boot step is its own top-level call under vm_protect: an error is
 * traced to the debug log and handed to the master's error_handler, and
 * the boot goes on with the next step. Only a master that does not load (or
 * whose get_root_uid/get_bb_uid do not answer strings) stops the boot.
 */
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include "master.h"
#include "config.h"
#include "simul_efun.h"
#include "uids.h"
#include "../base/dlog.h"
#include "../vm/vm.h"

/* ------------------------------------------------------------- applies */
svalue *master_apply(const char *name, int nargs) {
    if (!master_ob || obj_destructed(master_ob)) {
        vm_pop(nargs);
        return NULL;
    }
    return vm_apply_master(name, nargs);
}

int master_has(const char *name) {
    return master_ob && !obj_destructed(master_ob)
           && prog_find_function_cstr(master_ob->prog, name) >= 0;
}

int master_valid(const char *name, int nargs, int if_missing) {
    if (!master_ob || obj_destructed(master_ob)) {
        vm_pop(nargs);
        return 1;
    }
    if (!master_has(name)) {
        vm_pop(nargs);
        return if_missing;
    }
    svalue *r = master_apply(name, nargs);
    return !r || !(r->type == T_INT && r->u.n == 0);
}

/* An interned copy of the string answer of a no-argument apply, or NULL. */
static lstr *string_apply(const char *name) {
    svalue *r = master_apply(name, 0);
    if (!r || r->type != T_STRING) return NULL;
    return str_intern(r->u.s->data, r->u.s->len);
}

void master_set(object *ob) {
    object *old = master_ob;
    master_ob = obj_ref(ob);
    if (old) obj_free(old);
    lstr *root = string_apply("get_root_uid");
    if (!root) {
        vm_error("get_root_uid() in the master object does not work");
        return;
    }
    str_free(ob->uid);
    str_free(ob->euid);
    ob->uid = root;
    ob->euid = str_ref(root);
    if (uid_root) return;
    uid_root = str_ref(root);
    uid_backbone = string_apply("get_bb_uid");
    if (!uid_backbone) vm_error("get_bb_uid() in the master object does not work");
}

/* ------------------------------------------------------ compile reports */
typedef struct log_req { const char *file, *text; } log_req;

static void call_log_error(void *arg) {
    log_req *r = arg;
    push_cstr(r->file);
    push_cstr(r->text);
    master_apply("log_error", 2);
}

void master_compile_report(const char *file, int line, const char *msg, int is_warning) {
    char path[1024];
    snprintf(path, sizeof path, "%s%s", file[0] == '/' ? "" : "/", file);
    /* Accept a message already prefixed with "file:line: ". */
    size_t fl = strlen(file);
    if (strncmp(msg, file, fl) == 0 && msg[fl] == ':') {
        const char *p = strchr(msg + fl + 1, ':');
        if (p) msg = p + (p[1] == ' ' ? 2 : 1);
    }
    lstr *text = str_printf("%s line %d: %s%s\n", path, line,
                            is_warning ? "Warning: " : "", msg);
    dlog("%s", text->data);
    if (master_has("log_error")) {
        log_req r = { path, text->data };
        vm_protect(call_log_error, &r, 1);
    }
    str_free(text);
}

/* ----------------------------------------------------------------- boot */
typedef struct boot_req { const char *name; object *ob; } boot_req;

static void load_step(void *arg) {
    boot_req *r = arg;
    r->ob = obj_load(r->name);
}

static void set_master_step(void *arg) { master_set(((boot_req *)arg)->ob); }

static void flag_step(void *arg) {
    push_cstr(arg);
    master_apply("flag", 1);
}

/* Calls epilog(0) and keeps its array (NULL if none). */
static void epilog_step(void *arg) {
    array **out = arg;
    push_int(0);
    svalue *r = master_apply("epilog", 1);
    if (r && r->type == T_ARRAY) *out = arr_ref(r->u.a);
}

static void preload_step(void *arg) {
    push_svalue(arg);
    master_apply("preload", 1);
}

static int run_step(void (*fn)(void *), void *arg) {
    vm_reset_eval();
    int failed = vm_protect(fn, arg, 1);
    obj_reap_destructed();
    return failed;
}

static void open_debug_log(void) {
    char path[PATH_MAX * 2];
    const char *dir = cfg.log_dir ? cfg.log_dir : "/log";
    const char *file = cfg.debug_log_file ? cfg.debug_log_file : "debug.log";
    snprintf(path, sizeof path, "%s%s%s/%s", cfg.mudlib_dir, dir[0] == '/' ? "" : "/", dir, file);
    if (dlog_open(path) < 0) fprintf(stderr, "warning: cannot open debug log %s\n", path);
}

static void load_simul_efun(void) {
    if (!cfg.simul_efun_file || !*cfg.simul_efun_file) return;
    boot_req r = { cfg.simul_efun_file, NULL };
    if (run_step(load_step, &r) || !r.ob) {
        dlog("The simul_efun file %s was not loaded.", cfg.simul_efun_file);
        return;
    }
    simul_efun_ob = obj_ref(r.ob);
    simul_bind(r.ob->prog, r.ob);
}

static int load_master(void) {
    boot_req r = { cfg.master_file, NULL };
    if (run_step(load_step, &r) || !r.ob || run_step(set_master_step, &r)) {
        dlog("The master file %s was not loaded.", cfg.master_file);
        fprintf(stderr, "The master file %s was not loaded.\n", cfg.master_file);
        return -1;
    }
    return 0;
}

static void preload_all(void) {
    array *files = NULL;
    run_step(epilog_step, &files);
    if (!files) return;
    dlog("Loading preloaded files ...");
    for (uint32_t i = 0; i < files->size; i++)
        if (files->item[i].type == T_STRING) run_step(preload_step, &files->item[i]);
    arr_free(files);
}

int master_boot(const char **flags, int nflags) {
    open_debug_log();
    load_simul_efun();
    if (load_master() < 0) return -1;
    for (int i = 0; i < nflags; i++) run_step(flag_step, (void *)flags[i]);
    preload_all();
    return 0;
}

/* ---------------------------------------------------------------- crash */
static volatile sig_atomic_t crashing;

static void call_crash(void *arg) {
    push_cstr(arg);
    push_object(vm_command_giver);
    push_object(vm_current_object);
    master_apply("crash", 3);
}

static void on_fatal(int sig) {
    if (!crashing) {
        crashing = 1;
        char msg[64];
        snprintf(msg, sizeof msg, "driver crashed: signal %d (%s)", sig, strsignal(sig));
        dlog("%s", msg);
        if (master_has("crash")) vm_protect(call_crash, msg, 0);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

void master_trap_crashes(void) {
    int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE };
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa = {0};
        sa.sa_handler = on_fatal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_NODEFER;
        sigaction(sigs[i], &sa, NULL);
    }
}
