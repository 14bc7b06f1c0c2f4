/*
 * env.c — environments: move_object with the init() calls of 2.7,
 * inventories, present(), light and hidden objects (set_hide).
 *
 * A new arrival goes to the head of its container's inventory, so
 * all_inventory lists the newest first. Moving an object out of a
 * container first drops the actions it and its old neighbours gave each
 * other (commands.c); moving it in then calls init() as 2.7 does (see
 * run_inits). Light: `light` is the object's total light, its own plus its
 * contents'; set_light and moves keep every container on the way up in
 * step.
 */
#include <stdlib.h>
#include <string.h>
#include "env.h"
#include "commands.h"
#include "runtime.h"
#include "../efun/efun.h"
#include "../vm/vm.h"

/* ----------------------------------------------------------- visibility */
int env_valid_hide(object *ob) {
    if (!ob || obj_destructed(ob) || !master_ob || obj_destructed(master_ob)) return 0;
    svalue *mark = vm_sp;
    push_object(ob);
    svalue *r = vm_apply_master("valid_hide", 1);
    int ok = r && sv_truthy(r);
    rt_pop_to(mark);
    return ok;
}

int env_visible(object *ob) {
    if (!(ob->flags & O_HIDDEN)) return 1;
    object *me = vm_current_object;
    if (!me) return 1;
    return (me->flags & O_HIDDEN) || env_valid_hide(me);
}

/* Lazily asks valid_hide once per listing: -1 unknown, else 0/1. */
static int see_hidden(int *cache) {
    if (*cache < 0) *cache = vm_current_object ? env_valid_hide(vm_current_object) : 1;
    return *cache;
}

array *env_inventory(object *ob, int all) {
    int hidden = all ? 1 : -1;
    size_t n = 0;
    for (object *o = ob->contains; o; o = o->next_inv)
        if (!(o->flags & O_HIDDEN) || see_hidden(&hidden)) n++;
    array *a = arr_new(n);
    size_t i = 0;
    for (object *o = ob->contains; o && i < n; o = o->next_inv)
        if (!(o->flags & O_HIDDEN) || hidden > 0) sv_set_obj(&a->item[i++], o);
    return a;
}

/* ---------------------------------------------------------------- light */
static void add_light(object *ob, int32_t n) {
    if (n == 0) return;
    for (; ob; ob = ob->env) ob->light += n;
}

/* ---------------------------------------------------------------- moves */
static int living(const object *ob) { return (ob->flags & O_ENABLE_COMMANDS) != 0; }

static void call_init(object *ob, object *player) {
    svalue *mark = vm_sp;
    rt_apply_as(player, "init", ob, 0, ORIGIN_DRIVER);
    rt_pop_to(mark);
}

/* The init() calls after `item` arrived in `dest` (2.7 order): if item is
 * living, dest's init with this_player = item; then for each other object
 * `ob` in dest: if ob is living, item's init as ob; if item is living,
 * ob's init as item; last, if dest is living, item's init as dest. Stops
 * as soon as item has left dest. Objects that left or were destructed
 * meanwhile are skipped. The inventory is snapshotted (on the VM stack, so
 * an error frees it). */
static void run_inits(object *dest, object *item) {
    if (living(item)) {
        call_init(dest, item);
        if (item->env != dest) return;
    }
    svalue *mark = vm_sp;
    push_arr(env_inventory(dest, 1));
    array *inv = vm_sp->u.a;
    for (uint32_t i = 0; i < inv->size; i++) {
        if (inv->item[i].type != T_OBJECT) continue;
        object *ob = inv->item[i].u.ob;
        if (ob == item || obj_destructed(ob) || ob->env != dest) continue;
        if (living(ob)) {
            call_init(item, ob);
            if (item->env != dest) break;
        }
        if (obj_destructed(ob) || ob->env != dest) continue;
        if (living(item)) {
            call_init(ob, item);
            if (item->env != dest) break;
        }
    }
    rt_pop_to(mark);
    if (item->env == dest && !obj_destructed(dest) && living(dest))
        call_init(item, dest);
}

/* Unlinks item from its environment, dropping the actions it and its old
 * neighbours gave each other. */
static void unlink_from_env(object *item) {
    object *env = item->env;
    cmd_remove_sent(env, item);
    cmd_remove_sent(item, env);
    add_light(env, -item->light);
    for (object **pp = &env->contains; *pp;) {
        if (*pp == item) {
            *pp = item->next_inv;
            continue;
        }
        cmd_remove_sent(item, *pp);
        cmd_remove_sent(*pp, item);
        pp = &(*pp)->next_inv;
    }
    item->env = NULL;
    item->next_inv = NULL;
}

void obj_move(object *item, object *dest) {
    for (object *o = dest; o; o = o->env)
        if (o == item) vm_error("Can't move object inside itself.");
    if (item->shadowing) vm_error("Can't move an object that is shadowing.");
    if (obj_destructed(dest)) vm_error("Can't move an object into a destructed object.");
    svalue *mark = vm_sp;
    push_object(item);                  /* keep both alive through the inits */
    push_object(dest);
    if (item->env) unlink_from_env(item);
    item->next_inv = dest->contains;
    dest->contains = item;
    item->env = dest;
    add_light(dest, item->light);
    run_inits(dest, item);
    rt_pop_to(mark);
}

/* ---------------------------------------------------------------- efuns */
/* The object an object-or-path argument names (loading a path), or an
 * error naming efun `fn`. */
static object *object_arg(svalue *v, const char *fn) {
    object *ob = NULL;
    if (v->type == T_OBJECT && !obj_destructed(v->u.ob)) ob = v->u.ob;
    else if (v->type == T_STRING) ob = obj_load(v->u.s->data);
    if (!ob || obj_destructed(ob) || (v->type == T_STRING && !env_visible(ob)))
        vm_error("Bad argument 1 to %s()", fn);
    return ob;
}

void f_environment(svalue *argv, int argc, svalue *ret) {
    object *ob = vm_current_object;
    if (argc > 0) {
        if (argv[0].type != T_OBJECT || obj_destructed(argv[0].u.ob))
            vm_error("environment() of destructed object.");
        ob = argv[0].u.ob;
    }
    if (ob && !obj_destructed(ob)) {
        if (ob->env && env_visible(ob->env)) sv_set_obj(ret, ob->env);
        return;
    }
    vm_error("environment() of destructed object.");
}

void f_move_object(svalue *argv, int argc, svalue *ret) {
    (void)argc; (void)ret;
    object *dest;
    if (argv[0].type == T_OBJECT && !obj_destructed(argv[0].u.ob)) {
        dest = argv[0].u.ob;
    } else if (argv[0].type == T_STRING) {
        dest = obj_load(argv[0].u.s->data);
        if (!dest || !env_visible(dest))
            vm_error("move_object failed: could not find destination");
    } else {
        vm_error("move_object failed: destination is 0");
    }
    object *me = vm_current_object;
    if (me && !obj_destructed(me)) obj_move(me, dest);
    else vm_error("move_object(): can't move a destructed object");
}

void f_all_inventory(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    if (argv[0].type != T_OBJECT || obj_destructed(argv[0].u.ob)) {
        sv_set_arr(ret, arr_new(0));
        return;
    }
    sv_set_arr(ret, env_inventory(argv[0].u.ob, 0));
}

static size_t deep_count(object *ob, int *hidden) {
    size_t n = 0;
    for (object *o = ob->contains; o; o = o->next_inv)
        if (!(o->flags & O_HIDDEN) || see_hidden(hidden)) n += 1 + deep_count(o, hidden);
    return n;
}

static void deep_collect(object *ob, array *a, size_t *i, int hidden) {
    for (object *o = ob->contains; o && *i < a->size; o = o->next_inv) {
        if ((o->flags & O_HIDDEN) && hidden <= 0) continue;
        sv_set_obj(&a->item[(*i)++], o);
        deep_collect(o, a, i, hidden);
    }
}

void f_deep_inventory(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    if (argv[0].type != T_OBJECT || obj_destructed(argv[0].u.ob)) {
        sv_set_arr(ret, arr_new(0));
        return;
    }
    object *ob = argv[0].u.ob;
    int hidden = -1;
    size_t n = deep_count(ob, &hidden), i = 0;
    array *a = arr_new(n);
    deep_collect(ob, a, &i, hidden);
    sv_set_arr(ret, a);
}

/* The first object from `ob` on that the current object may see. */
static object *first_visible(object *ob) {
    while (ob && (ob->flags & O_HIDDEN) && !env_visible(ob)) ob = ob->next_inv;
    return ob;
}

void f_first_inventory(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    object *ob = object_arg(&argv[0], "first_inventory");
    sv_set_obj(ret, first_visible(ob->contains));
}

void f_next_inventory(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    if (argv[0].type != T_OBJECT || obj_destructed(argv[0].u.ob)) return;
    sv_set_obj(ret, first_visible(argv[0].u.ob->next_inv));
}

/* --------------------------------------------------------------- present */
/* Calls ob->id(name); nonzero if it answered true. */
static int has_id(object *ob, const char *name, size_t len) {
    svalue *mark = vm_sp;
    push_str(str_new(name, len));
    svalue *r = vm_apply("id", ob, 1, ORIGIN_DRIVER);
    int yes = r && sv_truthy(r);
    rt_pop_to(mark);
    return yes;
}

/* The object among `ob` and its next siblings whose id() accepts `str`;
 * "name 3" asks for the third such object. 0 if an id() destructed the
 * object it was called in (2.7). */
static object *present_in(const lstr *str, object *ob) {
    size_t len = str->len;
    int64_t count = 0;
    const char *s = str->data;
    if (len && s[len - 1] >= '0' && s[len - 1] <= '9') {
        size_t p = len - 1;
        while (p > 0 && s[p] >= '0' && s[p] <= '9') p--;
        if (s[p] == ' ') {
            count = atoll(s + p + 1) - 1;
            len = p;
        }
    }
    for (; ob; ob = ob->next_inv) {
        int yes = has_id(ob, s, len);
        if (obj_destructed(ob)) return NULL;
        if (!yes) continue;
        if (count-- > 0) continue;
        return ob;
    }
    return NULL;
}

/* present(str|ob [, env]): with env, only env's inventory; else the
 * current object's inventory, then its environment itself (by id) and the
 * environment's inventory. An env of 0 counts as none (2.7). */
void f_present(svalue *argv, int argc, svalue *ret) {
    int specific = argc > 1 && argv[1].type == T_OBJECT;
    object *ob = specific ? argv[1].u.ob : vm_current_object;
    if (!ob || obj_destructed(ob)) return;
    if (argv[0].type == T_OBJECT) {
        object *x = argv[0].u.ob;
        if (obj_destructed(x)) return;
        if (x->env == ob || (!specific && ob->env && x->env == ob->env)) sv_set_obj(ret, x);
        return;
    }
    if (argv[0].type != T_STRING) return;
    lstr *str = argv[0].u.s;
    object *found = present_in(str, ob->contains);
    if (!found && !specific && ob->env && !obj_destructed(ob)) {
        object *env = ob->env;
        int yes = has_id(env, str->data, str->len);
        if (obj_destructed(env)) return;
        found = yes ? env : present_in(str, env->contains);
    }
    sv_set_obj(ret, found);
}

/* ---------------------------------------------------------- light, hide */
void f_set_light(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    object *ob = vm_current_object;
    if (!ob) return;
    add_light(ob, (int32_t)argv[0].u.n);
    while (ob->env) ob = ob->env;
    sv_set_int(ret, ob->light);
}

void f_set_hide(svalue *argv, int argc, svalue *ret) {
    (void)argc; (void)ret;
    object *me = vm_current_object;
    if (!me || obj_destructed(me) || !env_valid_hide(me)) return;
    if (argv[0].u.n) me->flags |= O_HIDDEN;
    else me->flags &= ~(uint32_t)O_HIDDEN;
}
