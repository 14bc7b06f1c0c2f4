/*
 * shadow.c — shadows: shadow(), query_shadowing(), remove_shadow().
 *
 * A chain is linked through two object fields: ob->shadowed_by is the
 * object shadowing ob, ob->shadowing the object ob shadows. The bottom of
 * a chain is the real object (shadowing == NULL); a new shadow always goes
 * on top. Calls from outside enter at the top (the VM's call path walks
 * shadowed_by). Links are not counted; destruct.c takes a destructed
 * object out of its chain (and destructs the shadows of a real object).
 */
#include "object.h"
#include "master.h"
#include "../efun/efun.h"
#include "../vm/vm.h"

static int is_nomask(const program *p, int fi) {
    if (p->funcs[fi].flags & FN_NOMASK) return 1;
    const func_def *d = p->impl ? p->impl[fi].def : NULL;
    return d && (d->flags & FN_NOMASK);
}

/* The name of a function of `shadow` that `victim` has as nomask, or NULL. */
static const char *nomask_clash(const program *shadow, const program *victim) {
    for (int i = 0; i < shadow->n_funcs; i++) {
        const func_def *f = &shadow->funcs[i];
        if (f->flags & (FN_FUNCTIONAL | FN_PROTOTYPE)) continue;
        int vi = prog_find_function(victim, f->name);
        if (vi >= 0 && is_nomask(victim, vi)) return f->name->data;
    }
    return NULL;
}

/* 2.7's checks before `me` may shadow ob, then master valid_shadow(ob).
 * Errors for the illegal cases; 0 if the master refuses. */
static int may_shadow(object *me, object *ob) {
    if (me->shadowing) vm_error("shadow: Already shadowing.");
    if (me->shadowed_by) vm_error("shadow: Can't shadow when shadowed.");
    if (me->env) vm_error("shadow: The shadow must not reside inside another object.");
    if (ob == master_ob) vm_error("shadow: cannot shadow the master object.");
    if (ob->shadowing) vm_error("shadow: Can't shadow a shadow.");
    const char *fn = nomask_clash(me->prog, ob->prog);
    if (fn) vm_error("Illegal to shadow 'nomask' function \"%s\".", fn);
    push_object(ob);
    return master_valid("valid_shadow", 1, 0) && !obj_destructed(ob);
}

/* shadow(ob, 1): the current object shadows ob (on top of any shadows it
 * already has); returns the object now directly below it, or 0.
 * shadow(ob, 0): the object shadowing ob, or 0. */
void f_shadow(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    if (argv[0].type != T_OBJECT || obj_destructed(argv[0].u.ob)) return;
    object *ob = argv[0].u.ob, *me = vm_current_object;
    if (!argv[1].u.n) {
        sv_set_obj(ret, ob->shadowed_by);
        return;
    }
    if (!me || obj_destructed(me)) return;
    if (ob == me) vm_error("shadow: Can't shadow self.");
    if (!may_shadow(me, ob) || obj_destructed(me)) return;
    while (ob->shadowed_by) ob = ob->shadowed_by;
    me->shadowing = ob;
    ob->shadowed_by = me;
    sv_set_obj(ret, ob);
}

void f_query_shadowing(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    if (argv[0].type == T_OBJECT) sv_set_obj(ret, argv[0].u.ob->shadowing);
}

static void unlink_shadow(object *ob) {
    if (ob->shadowing) ob->shadowing->shadowed_by = ob->shadowed_by;
    if (ob->shadowed_by) ob->shadowed_by->shadowing = ob->shadowing;
    ob->shadowing = ob->shadowed_by = NULL;
}

/* remove_shadow(ob): takes ob out of its chain; 1 if it was in one. */
void f_remove_shadow(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    if (argv[0].type != T_OBJECT) return;
    object *ob = argv[0].u.ob;
    if (!ob->shadowing && !ob->shadowed_by) return;
    unlink_shadow(ob);
    sv_set_int(ret, 1);
}
