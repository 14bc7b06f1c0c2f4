/*
 * object.c — the object table and the life of an object: loading (with
 * virtual objects and the compiler's inherit hook), cloning, names.
 * Destruction lives in destruct.c.
 *
 * Ownership: a live object holds one reference to itself, the "table
 * reference", dropped when it is reaped after destruct; every svalue holds
 * another. The name table and the all-objects list are not counted.
 *
 * Loads nest: compiling A may load the object of A's inherit B, whose
 * create() may load C... The loads in progress are kept on a small stack,
 * used for the "inherit chain too deep" limit and to catch inheritance
 * cycles. An LPC error longjmps out of these C frames without popping the
 * stack, so each entry records its C frame address, and entries whose frame
 * is gone (deeper than the current one on the downward-growing C stack)
 * are dropped on the next push.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include "object.h"
#include "config.h"
#include "master.h"
#include "path.h"
#include "rt_hooks.h"
#include "uids.h"
#include "../base/mem.h"
#include "../lang/compile.h"
#include "../vm/vm.h"

object *obj_list;
object *master_ob, *simul_efun_ob;

/* reset.c: sets ob->next_reset (weak: a fallback is computed here). */
void reset_schedule(object *ob) __attribute__((weak));

/* ------------------------------------------------------------ name table */
static object **table;
static uint32_t table_mask, table_count;

static uint32_t name_hash(const char *s, size_t n) { return hash_bytes(s, n); }

static void table_grow(void) {
    uint32_t size = table ? (table_mask + 1) * 2 : 1024;
    object **nt = xcalloc(size, sizeof *nt);
    for (uint32_t i = 0; table && i <= table_mask; i++) {
        for (object *ob = table[i], *next; ob; ob = next) {
            next = ob->next_hash;
            uint32_t h = name_hash(ob->name->data, ob->name->len) & (size - 1);
            ob->next_hash = nt[h];
            nt[h] = ob;
        }
    }
    free(table);
    table = nt;
    table_mask = size - 1;
}

static object *table_find(const char *name, size_t len) {
    if (!table) return NULL;
    for (object *ob = table[name_hash(name, len) & table_mask]; ob; ob = ob->next_hash)
        if (ob->name->len == len && memcmp(ob->name->data, name, len) == 0) return ob;
    return NULL;
}

void obj_table_add(object *ob) {
    if (!table || table_count >= table_mask) table_grow();
    uint32_t h = name_hash(ob->name->data, ob->name->len) & table_mask;
    ob->next_hash = table[h];
    table[h] = ob;
    table_count++;
}

/* Unlinks ob from the name table; a no-op if it is not there. */
void obj_table_remove(object *ob) {
    if (!table) return;
    object **pp = &table[name_hash(ob->name->data, ob->name->len) & table_mask];
    for (; *pp; pp = &(*pp)->next_hash) {
        if (*pp == ob) {
            *pp = ob->next_hash;
            ob->next_hash = NULL;
            table_count--;
            return;
        }
    }
}

/* Renames a live object (virtual objects, vital-object reload). */
void obj_rename(object *ob, lstr *name) {
    obj_table_remove(ob);
    str_free(ob->name);
    ob->name = name;
    obj_table_add(ob);
}

/* ----------------------------------------------------------------- names */
lstr *obj_normalize_name(const char *name, int strip_c) {
    char buf[PATH_MAX];
    if (!path_normalize(name, strlen(name), buf, sizeof buf)) return NULL;
    size_t n = strlen(buf);
    while (strip_c && n > 2 && buf[n - 1] == 'c' && buf[n - 2] == '.') n -= 2;
    return str_new(buf, n);
}

int obj_destructed(const object *ob) { return (ob->flags & O_DESTRUCTED) != 0; }

object *obj_find(const char *name) {
    lstr *n = obj_normalize_name(name, 1);
    if (!n) return NULL;
    object *ob = table_find(n->data, n->len);
    str_free(n);
    return ob;
}

/* ------------------------------------------------------- creating objects */
/* A new object of program p (reference taken over) named `name` (taken
 * over), linked into the list and the table. */
static object *obj_new(lstr *name, program *p) {
    object *ob = xcalloc(1, sizeof *ob);
    ob->refs = 1;                           /* the table reference */
    ob->name = name;
    ob->prog = p;
    ob->vars = p->n_vars ? xcalloc(p->n_vars, sizeof(svalue)) : NULL;
    for (int i = 0; i < p->n_vars; i++) ob->vars[i].subtype = ST_UNDEFINED;  /* as 2.7: undefinedp() */
    int64_t now = (int64_t)time(NULL);
    ob->load_time = now;
    ob->last_access = now;
    if (reset_schedule) {
        reset_schedule(ob);
    } else {
        int64_t t = cfg.time_to_reset > 0 ? cfg.time_to_reset : 1800;
        ob->next_reset = now + t / 2 + (t / 2 > 0 ? random() % (t / 2) : 0);
    }
    ob->flags = O_RESET_STATE;
    ob->next_all = obj_list;
    if (obj_list) obj_list->prev_all = ob;
    obj_list = ob;
    obj_table_add(ob);
    return ob;
}

void obj_free_(object *ob) {
    str_free(ob->name);
    str_free(ob->uid);
    str_free(ob->euid);
    str_free(ob->living_name);
    str_free(ob->privs);
    if (ob->prog) prog_free(ob->prog);
    free(ob->vars);
    free(ob);
}

/* Variable initialisers, then create() with the nargs values on the
 * stack, as the driver (origin "driver"). */
static void call_create(object *ob, int nargs) {
    int fi = prog_init_function(ob->prog);
    if (fi >= 0) vm_call_index(ob, fi, 0, ORIGIN_DRIVER);
    if (!obj_destructed(ob)) vm_apply("create", ob, nargs, ORIGIN_DRIVER);
    else vm_pop(nargs);
    if (!obj_destructed(ob)) ob->flags |= O_CREATED | O_RESET_STATE;
}

/* master valid_object(ob): a plain 0 refuses the load. */
static void check_valid_object(object *ob) {
    if (!master_ob) return;
    push_object(ob);
    if (!master_valid("valid_object", 1, 1)) {
        obj_destruct(ob);
        vm_error("master object: valid_object() denied permission to load '%s'.",
                 ob->name->data);
    }
}

/* --------------------------------------------------------- loads in flight */
typedef struct loading { lstr *name; void *frame; } loading;
static loading stack[64];
static int depth;

/* Drops entries whose C frame was unwound by an error: a live outer load
 * always sits in a frame above (at a higher address than) a new one. */
static void prune(void *frame) {
    while (depth > 0 && (char *)stack[depth - 1].frame <= (char *)frame)
        str_free(stack[--depth].name);
}

static int loading_now(const lstr *name) {
    for (int i = 0; i < depth; i++)
        if (str_eq(stack[i].name, name)) return 1;
    return 0;
}

/* Pushes a load in progress; takes over the reference to name. */
static void load_push(lstr *name, void *frame) {
    prune(frame);
    int limit = cfg.inherit_chain_size > 0 ? (int)cfg.inherit_chain_size : 30;
    if (limit > 64) limit = 64;
    if (depth >= limit) {
        char msg[300];
        snprintf(msg, sizeof msg, "%s", name->data);
        str_free(name);
        vm_error("Inherit chain too deep: > %d when trying to load '%s'.", limit, msg);
    }
    stack[depth].name = name;
    stack[depth].frame = frame;
    depth++;
}

static void load_pop(void) { if (depth > 0) str_free(stack[--depth].name); }

/* The object table and the names a load abandoned by an error left on the
 * load stack (exit with leak checks). */
void obj_table_free(void) {
    free(table);
    table = NULL;
    table_mask = table_count = 0;
    while (depth > 0) load_pop();
}

/* ------------------------------------------------------- virtual objects */
/* Asks the master's compile_object for `name` (normalised, "/a/b"). On
 * success the object is renamed to `name` (or a clone name) and flagged
 * O_VIRTUAL. Returns NULL if the master gives no object. */
static object *load_virtual(lstr *name, int clone, int nargs) {
    if (!master_ob) { vm_pop(nargs); return NULL; }
    const char *arg = dialect_opts.compile_object_slash ? name->data : name->data + 1;
    array *args = NULL;
    if (clone && nargs > 0) {
        args = arr_new((size_t)nargs);
        for (int i = nargs - 1; i >= 0; i--) { args->item[i] = *vm_sp; vm_sp--; }
    } else {
        vm_pop(nargs);
    }
    push_cstr(arg);
    int argc = 1;
    if (dialect_opts.compile_object_slash) {
        push_int(clone);
        argc++;
        if (args) { push_arr(args); argc++; args = NULL; }
    }
    if (args) arr_free(args);
    svalue *r = master_apply("compile_object", argc);
    if (!r || r->type != T_OBJECT || obj_destructed(r->u.ob)) return NULL;
    object *ob = r->u.ob;
    if (!clone) {
        object *other = table_find(name->data, name->len);
        if (other && other != ob) {
            obj_destruct(ob);
            vm_error("Virtual object name duplicates an existing object name.");
        }
        ob->flags &= ~O_CLONE;
        obj_rename(ob, str_ref(name));
    } else {
        static uint32_t vclone;
        ob->flags |= O_CLONE;
        ob->clone_number = ++vclone;
        obj_rename(ob, str_printf("%s#%u", name->data, ob->clone_number));
    }
    ob->flags |= O_VIRTUAL;
    ob->load_time = (int64_t)time(NULL);
    uid_assign(ob);
    return ob;
}

/* ------------------------------------------------------------------ load */
/* The error that stopped the load of an inherited object during the
 * running compile: the compiler cannot be unwound, so obj_find_program
 * catches it, and load_new raises it again once the compile is over. */
static lstr *inherit_error;

static _Noreturn void raise_stashed(lstr *err) {
    char msg[1024];
    const char *m = err->data[0] == '*' ? err->data + 1 : err->data;
    size_t n = strlen(m);
    if (n > 0 && m[n - 1] == '\n') n--;
    snprintf(msg, sizeof msg, "%.*s", (int)n, m);
    str_free(err);
    vm_error("%s", msg);
}

/* Nonzero if "<name>.c" is a regular file in the mudlib. */
static int source_exists(const lstr *name) {
    char buf[PATH_MAX];
    host_path hp;
    struct stat st;
    int n = snprintf(buf, sizeof buf, "%s.c", name->data);
    if (n < 0 || n >= (int)sizeof buf) return 0;
    if (!path_resolve(buf, (size_t)n, &hp)) return 0;
    return stat(hp.host, &st) == 0 && S_ISREG(st.st_mode);
}

/* The load proper, for a normalised name not in the table. Returns NULL
 * when there is no source file and no virtual object. */
static object *load_new(lstr *name) {
    if (!source_exists(name)) {
        object *saved = vm_command_giver;
        object *ob = load_virtual(name, 0, 0);
        vm_command_giver = saved;
        return ob;
    }
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s.c", name->data);
    object *saved = vm_command_giver;
    lstr *outer_error = inherit_error;
    inherit_error = NULL;
    program *p = compile_file(path);
    lstr *err = inherit_error;
    inherit_error = outer_error;
    vm_command_giver = saved;
    if (err && !p) raise_stashed(err);
    str_free(err);
    /* Loading an inherited object may have loaded us already. */
    object *ob = table_find(name->data, name->len);
    if (ob) {
        if (p) prog_free(p);
        return ob;
    }
    if (!p) {
        vm_error("Error in loading object '%s'", name->data);
        return NULL;
    }
    ob = obj_new(str_ref(name), p);
    check_valid_object(ob);
    uid_assign(ob);
    call_create(ob, 0);
    vm_command_giver = saved;
    return ob;
}

/* Whether path has a "." or ".." part before its last one: 2.7 will not
 * load such a name (its object names are never written that way). */
static int has_dot_part(const char *path) {
    for (const char *p = path; *p; p++) {
        if (*p != '.' || (p != path && p[-1] != '/')) continue;
        if (p[1] == '/' || (p[1] == '.' && (p[2] == '/' || p[2] == '\0'))) return 1;
    }
    return 0;
}

object *obj_load(const char *name) {
    lstr *n = has_dot_part(name) ? NULL : obj_normalize_name(name, 1);
    if (!n) {
        vm_error("Illegal path name '%s'.", name);
        return NULL;
    }
    object *ob = table_find(n->data, n->len);
    if (ob) { str_free(n); return ob; }
    if (strchr(name, '#')) { str_free(n); vm_error("Cannot load a clone."); }
    if (master_ob && vm_current_object && !vm_current_object->euid
        && !obj_destructed(vm_current_object)) {
        str_free(n);
        vm_error("Can't load objects when no effective user.");
    }
    load_push(n, __builtin_frame_address(0));    /* the stack owns n now */
    ob = load_new(n);
    load_pop();
    return ob;
}

typedef struct load_req { const char *path; object *ob; } load_req;
static void do_load(void *arg) { load_req *r = arg; r->ob = obj_load(r->path); }

/* compile_hook.find_program: the program of the object of an inherit,
 * loading it if needed. Refuses (NULL) a cycle, with a compile error, and
 * a failed load, whose error is kept for load_new to raise after the
 * compile. The program returned is borrowed from the object. */
program *obj_find_program(const char *path) {
    lstr *n = obj_normalize_name(path, 1);
    if (!n) return NULL;
    prune(__builtin_frame_address(0));
    int cycle = loading_now(n);
    object *ob = cycle ? NULL : table_find(n->data, n->len);
    str_free(n);
    if (cycle) {
        compile_hook.report(path, 0, "Inheritance cycle: file inherits itself", 0);
        return NULL;
    }
    if (!ob) {
        load_req r = { path, NULL };
        if (vm_protect(do_load, &r, 0) == 0) {
            ob = r.ob;
        } else if (!inherit_error) {
            inherit_error = vm_error_value.type == T_STRING
                            ? str_ref(vm_error_value.u.s)
                            : str_printf("*Error in loading inherited file '%s'", path);
        }
    }
    return ob && !obj_destructed(ob) ? ob->prog : NULL;
}

/* ----------------------------------------------------------------- clone */
object *obj_clone(const char *name, int nargs) {
    if (master_ob && vm_current_object && !vm_current_object->euid
        && !obj_destructed(vm_current_object))
        vm_error("Object must call seteuid() prior to calling clone_object().");
    object *saved = vm_command_giver;
    object *bp = obj_load(name);
    if (!bp || obj_destructed(bp)) { vm_pop(nargs); return NULL; }
    if (bp->flags & O_CLONE) vm_error("Cannot clone from a clone");
    if (bp->flags & O_VIRTUAL) {
        lstr *vname = str_ref(bp->name);
        object *ob = load_virtual(vname, 1, nargs);
        str_free(vname);
        vm_command_giver = saved;
        return ob;
    }
    /* 2.7: a master copy that is cloned from loses its heart beat */
    if ((bp->flags & O_HEART_BEAT) && heart_beat_on_destruct) heart_beat_on_destruct(bp);
    static uint32_t clones;
    uint32_t num = clones++;
    object *ob = obj_new(str_printf("%s#%u", bp->name->data, num), prog_ref(bp->prog));
    ob->clone_number = num;
    ob->flags |= O_CLONE;
    ob->load_time = bp->load_time;
    uid_assign(ob);
    call_create(ob, nargs);
    vm_command_giver = saved;
    return obj_destructed(ob) ? NULL : ob;
}

/* ---------------------------------------------------------------- reload */
/* reload_object(): variables back to 0, sockets, shadows, heart beat and
 * call_outs gone, euid reset, then initialisers and create() again. */
void obj_reload(object *ob) {
    if (obj_destructed(ob)) return;
    for (int i = 0; i < ob->prog->n_vars; i++) sv_free(&ob->vars[i]);
    if (socket_on_destruct) socket_on_destruct(ob);
    if (ob->shadowed_by && !ob->shadowing) {
        for (object *s = ob->shadowed_by, *next; s; s = next) {
            next = s->shadowed_by;
            s->shadowed_by = s->shadowing = NULL;
            obj_destruct(s);
        }
    }
    if (ob->shadowing) ob->shadowing->shadowed_by = ob->shadowed_by;
    if (ob->shadowed_by) ob->shadowed_by->shadowing = ob->shadowing;
    ob->shadowing = ob->shadowed_by = NULL;
    if (heart_beat_on_destruct) heart_beat_on_destruct(ob);
    if (call_out_on_destruct) call_out_on_destruct(ob);
    str_free(ob->euid);
    ob->euid = dialect_opts.auto_seteuid && ob->uid ? str_ref(ob->uid) : NULL;
    call_create(ob, 0);
}
