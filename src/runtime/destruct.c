/*
 * destruct.c — destructing objects, and freeing what they leave behind.
 *
 * obj_destruct follows FluffOS 2.7: the shadows of a shadowed object go
 * with it; each object inside gets move_or_destruct(env) and is destructed
 * if it did not move; the other runtime modules drop their pointers
 * (rt_hooks.h); the object leaves its environment, the name table and the
 * all-objects list and becomes a tombstone (O_DESTRUCTED) that reads as 0.
 * The master and the simul_efun object are replaced by a fresh copy first.
 *
 * The variables of a destructed object are freed later, by
 * obj_reap_destructed() at the end of the top-level evaluation: the
 * object's own code may still be running and writing them.
 */
#include <stdlib.h>
#include "object.h"
#include "master.h"
#include "rt_hooks.h"
#include "simul_efun.h"
#include "../vm/vm.h"

static object *restrict_destruct;   /* only this one may go (move_or_destruct) */
static object *destructed;          /* tombstones waiting for reaping, via next_all */

/* ------------------------------------------------------------- shadows */
/* Destructs every shadow of ob, top down, ob (the shadowed one) last. */
static void destruct_shadow_chain(object *ob) {
    object *top = ob->shadowed_by;
    while (top->shadowed_by) top = top->shadowed_by;
    while (top) {
        object *t = top;
        top = top->shadowing;
        if (top) top->shadowed_by = NULL;
        t->shadowing = NULL;
        obj_destruct(t);
    }
}

static void unlink_shadow(object *ob) {
    if (ob->shadowing) ob->shadowing->shadowed_by = ob->shadowed_by;
    if (ob->shadowed_by) ob->shadowed_by->shadowing = ob->shadowing;
    ob->shadowing = ob->shadowed_by = NULL;
}

/* ----------------------------------------------------------- inventory */
typedef struct move_req { object *item, *dest; } move_req;

static void apply_move_or_destruct(void *arg) {
    move_req *r = arg;
    push_object(r->dest);
    vm_apply("move_or_destruct", r->item, 1, ORIGIN_DRIVER);
}

/* Offers every object inside ob a move to ob's environment; those that
 * stay are destructed. Returns 0 if ob itself got destructed meanwhile. */
static int empty_inventory(object *ob) {
    while (ob->contains) {
        object *item = ob->contains;
        move_req r = { item, ob->env };
        object *saved = restrict_destruct;
        restrict_destruct = item;
        vm_protect(apply_move_or_destruct, &r, 1);
        restrict_destruct = saved;
        if (obj_destructed(ob)) return 0;
        if (item == ob->contains) obj_destruct(item);
    }
    return 1;
}

/* Unlinks ob from its environment; its light leaves every container up
 * the chain (2.7). */
static void leave_environment(object *ob) {
    object *env = ob->env;
    if (!env) return;
    for (object *e = env; e; e = e->env) e->light -= ob->light;
    for (object **pp = &env->contains; *pp; pp = &(*pp)->next_inv) {
        if (*pp == ob) { *pp = ob->next_inv; break; }
    }
    ob->env = NULL;
    ob->next_inv = NULL;
}

/* ------------------------------------------------------ vital objects */
typedef struct reload_req { const char *name; object *ob; } reload_req;
static void do_reload(void *arg) { reload_req *r = arg; r->ob = obj_load(r->name); }

/* Loads a new copy of the master or simul_efun object `ob` and installs
 * it. Raises an error (ob untouched) when the copy does not load. */
static void replace_vital(object *ob) {
    obj_table_remove(ob);
    reload_req r = { ob->name->data, NULL };
    if (vm_protect(do_reload, &r, 1) || !r.ob) {
        obj_table_add(ob);
        vm_error("Destruct on vital object failed: new copy failed to reload.");
    }
    if (ob == simul_efun_ob) {
        simul_efun_ob = obj_ref(r.ob);
        simul_bind(r.ob->prog, r.ob);
        obj_free(ob);
    } else {
        master_set(r.ob);
    }
}

/* ------------------------------------------------------------ destruct */
static void call_hooks(object *ob) {
    if (commands_on_destruct) commands_on_destruct(ob);
    if (heart_beat_on_destruct) heart_beat_on_destruct(ob);
    if (call_out_on_destruct) call_out_on_destruct(ob);
    if (net_on_destruct) net_on_destruct(ob);
}

void obj_destruct(object *ob) {
    if (restrict_destruct && restrict_destruct != ob)
        vm_error("Only this_object() can be destructed from move_or_destruct.");
    if (obj_destructed(ob) || (ob->flags & O_IN_DESTRUCT)) return;
    if (socket_on_destruct) socket_on_destruct(ob);
    if (ob->shadowed_by && !ob->shadowing) {
        destruct_shadow_chain(ob);
        return;
    }
    unlink_shadow(ob);
    if (!empty_inventory(ob)) return;
    if (ob == master_ob || ob == simul_efun_ob) replace_vital(ob);
    else obj_table_remove(ob);
    ob->flags |= O_IN_DESTRUCT;
    call_hooks(ob);
    leave_environment(ob);
    if (ob->prev_all) ob->prev_all->next_all = ob->next_all;
    else obj_list = ob->next_all;
    if (ob->next_all) ob->next_all->prev_all = ob->prev_all;
    ob->prev_all = NULL;
    ob->next_all = destructed;
    destructed = ob;
    ob->flags = (ob->flags | O_DESTRUCTED) & ~(O_IN_DESTRUCT | O_HEART_BEAT);
}

/* Frees the variables of the destructed objects and drops their table
 * references. Call only when no LPC code runs (between top-level calls). */
void obj_reap_destructed(void) {
    if (vm_fp) return;
    while (destructed) {
        object *ob = destructed;
        destructed = ob->next_all;
        ob->next_all = NULL;
        for (int i = 0; i < ob->prog->n_vars; i++) sv_free(&ob->vars[i]);
        obj_free(ob);
    }
}

/* Tears every object down without running LPC (exit with leak checks). */
void obj_shutdown(void) {
    if (master_ob) { obj_free(master_ob); master_ob = NULL; }
    if (simul_efun_ob) { obj_free(simul_efun_ob); simul_efun_ob = NULL; }
    while (obj_list) {
        object *ob = obj_list;
        obj_list = ob->next_all;
        if (obj_list) obj_list->prev_all = NULL;
        obj_table_remove(ob);
        call_hooks(ob);
        ob->env = ob->contains = ob->next_inv = NULL;
        ob->shadowing = ob->shadowed_by = NULL;
        ob->flags |= O_DESTRUCTED;
        ob->prev_all = NULL;
        ob->next_all = destructed;
        destructed = ob;
    }
    obj_reap_destructed();
    obj_table_free();
}
