/*
 * object.h — LPC objects: the object table, loading, cloning, destructing,
 * environments and the bookkeeping the runtime keeps per object.
 *
 * An object is referenced by svalues (counted), by the name table and the
 * all-objects list (not counted). destruct() unlinks it, frees its
 * variables and marks it O_DESTRUCTED; the struct itself lives until the
 * last svalue reference goes (a tombstone that reads as 0).
 * Names are stored without ".c" and with a leading slash: "/std/user",
 * "/std/user#12". Programs are named "/std/user.c".
 */
#ifndef HEARTH_OBJECT_H
#define HEARTH_OBJECT_H

#include <stdint.h>
#include "../vm/value.h"
#include "../vm/program.h"

enum object_flags {
    O_DESTRUCTED   = 1 << 0,
    O_CLONE        = 1 << 1,
    O_HEART_BEAT   = 1 << 2,
    O_ENABLE_COMMANDS = 1 << 3,   /* living */
    O_WIZARD       = 1 << 4,
    O_HIDDEN       = 1 << 5,     /* set_hide */
    O_VIRTUAL      = 1 << 6,
    O_RESET_STATE  = 1 << 7,     /* not touched since last reset */
    O_CREATED      = 1 << 8,     /* create() has run */
    O_ONCE_INTERACTIVE = 1 << 9, /* was interactive at some time (find_player) */
    O_NO_CLEAN_UP  = 1 << 10,    /* clean_up returned 0 */
    O_NO_RESET     = 1 << 11,    /* reset() not defined */
    O_IN_DESTRUCT  = 1 << 12
};

struct sentence;           /* add_action entry, commands.c */
struct interactive;        /* a connected user, net layer */
struct shadow_info;

typedef struct object {
    uint32_t refs;
    uint32_t flags;
    lstr *name;                      /* "/std/user#12" */
    program *prog;
    svalue *vars;                    /* prog->n_vars values */
    struct object *next_all, *prev_all;   /* all-objects list */
    struct object *next_hash;        /* name table chain */
    /* environment tree */
    struct object *env;
    struct object *contains;         /* first object inside */
    struct object *next_inv;         /* next sibling in env */
    /* shadows: `shadowing` = the object we shadow; `shadowed_by` = our shadow */
    struct object *shadowing, *shadowed_by;
    struct sentence *actions;        /* add_action list (commands this object offers) */
    struct interactive *interactive; /* NULL unless a user is connected */
    lstr *uid, *euid;
    lstr *living_name;
    int64_t load_time;
    int64_t next_reset;
    int64_t last_access;             /* for clean_up */
    uint32_t clone_number;
    int32_t light;
    /* added by the contrib efuns (efun_contrib.c): set_privs/query_privs;
     * NULL = no privs. Owned reference, freed with the object. */
    lstr *privs;
} object;

/* Globals of the running driver. */
extern object *obj_list;             /* all live objects */
extern object *master_ob, *simul_efun_ob;

int obj_destructed(const object *ob);
static inline object *obj_ref(object *ob) { ob->refs++; return ob; }
void obj_free_(object *ob);
static inline void obj_free(object *ob) { if (--ob->refs == 0) obj_free_(ob); }

object *obj_find(const char *name);          /* by name, loaded only; NULL if none */
object *obj_load(const char *name);          /* find or compile+create; errors via vm_error */
object *obj_clone(const char *name, int nargs);  /* args on the VM stack */
void obj_destruct(object *ob);
/* Normalises a mud path: strips ".c", leading/duplicate slashes,
 * resolves "." and ".."; returns NULL if it would climb out of the root.
 * Result has a leading '/'. Caller frees with str_free. */
lstr *obj_normalize_name(const char *name, int strip_c);
void obj_move(object *item, object *dest);   /* move_object, calls init()s */

/* Added by the runtime core (object.c, destruct.c). */
/* obj_load returns NULL (no error) when neither "<name>.c" nor a virtual
 * object exists; compile errors and create() errors raise. */
/* Frees destructed objects' variables; only between top-level calls. */
void obj_reap_destructed(void);
/* compile_hook.find_program for the running driver (loads the object). */
program *obj_find_program(const char *path);
/* Name table upkeep (renames for virtual objects and vital reloads). */
void obj_table_add(object *ob);
void obj_table_remove(object *ob);
void obj_rename(object *ob, lstr *name);    /* takes over name */
/* reload_object(): fresh variables, create() again. */
void obj_reload(object *ob);
/* Frees every object without running LPC (exit with leak checks). */
void obj_shutdown(void);
void obj_table_free(void);

#endif
