/*
 * living.c — the living-name table and the efuns about living objects,
 * wizards and this_player().
 *
 * The table is a chained hash of (object) nodes keyed by the object's
 * living_name; a lookup moves the node it finds to the front of its chain,
 * as 2.7 does, since the same few names are asked for again and again.
 */
#include <stdlib.h>
#include <string.h>
#include "living.h"
#include "commands.h"
#include "env.h"
#include "../base/mem.h"
#include "../efun/efun.h"
#include "../vm/vm.h"

typedef struct lnode { object *ob; struct lnode *next; } lnode;

static lnode **buckets;
static uint32_t lmask, lcount;

static uint32_t name_hash(const char *s, size_t n) { return hash_bytes(s, n); }

static void table_grow(void) {
    uint32_t size = buckets ? (lmask + 1) * 2 : 64;
    lnode **nb = xcalloc(size, sizeof *nb);
    for (uint32_t i = 0; buckets && i <= lmask; i++) {
        for (lnode *n = buckets[i], *next; n; n = next) {
            next = n->next;
            uint32_t h = name_hash(n->ob->living_name->data, n->ob->living_name->len) & (size - 1);
            n->next = nb[h];
            nb[h] = n;
        }
    }
    free(buckets);
    buckets = nb;
    lmask = size - 1;
}

void living_remove_name(object *ob) {
    if (!ob->living_name) return;
    lnode **pp = buckets ? &buckets[name_hash(ob->living_name->data, ob->living_name->len) & lmask] : NULL;
    for (; pp && *pp; pp = &(*pp)->next) {
        if ((*pp)->ob == ob) {
            lnode *n = *pp;
            *pp = n->next;
            free(n);
            lcount--;
            break;
        }
    }
    str_free(ob->living_name);
    ob->living_name = NULL;
}

static void set_name(object *ob, const lstr *name) {
    living_remove_name(ob);
    if (!buckets || lcount >= 2 * (lmask + 1)) table_grow();
    ob->living_name = str_intern(name->data, name->len);
    lnode *n = xmalloc(sizeof *n);
    uint32_t h = name_hash(name->data, name->len) & lmask;
    n->ob = ob;
    n->next = buckets[h];
    buckets[h] = n;
    lcount++;
}

/* Lazily asks valid_hide once for the current object: -1 unknown. */
static int may_see_hidden(int *cache) {
    if (*cache < 0) *cache = env_valid_hide(vm_current_object);
    return *cache;
}

object *living_find(const char *name, int user) {
    if (!buckets) return NULL;
    size_t len = strlen(name);
    lnode **head = &buckets[name_hash(name, len) & lmask];
    int hidden = -1;
    for (lnode **pp = head; *pp; pp = &(*pp)->next) {
        object *ob = (*pp)->ob;
        if ((ob->flags & O_HIDDEN) && !may_see_hidden(&hidden)) continue;
        if (user && !(ob->flags & O_ONCE_INTERACTIVE)) continue;
        if (!(ob->flags & O_ENABLE_COMMANDS) || obj_destructed(ob)) continue;
        if (ob->living_name->len != len || memcmp(ob->living_name->data, name, len) != 0) continue;
        if (pp != head) {
            lnode *n = *pp;
            *pp = n->next;
            n->next = *head;
            *head = n;
        }
        return ob;
    }
    return NULL;
}

void living_free_all(void) {
    for (uint32_t i = 0; buckets && i <= lmask; i++) {
        for (lnode *n = buckets[i], *next; n; n = next) {
            next = n->next;
            free(n);            /* the object keeps its name string (object.c frees it) */
        }
    }
    free(buckets);
    buckets = NULL;
    lmask = lcount = 0;
}

/* ---------------------------------------------------------------- efuns */
static int is_living(const object *ob) {
    return (ob->flags & O_ENABLE_COMMANDS) && !obj_destructed(ob);
}

void f_living(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    sv_set_int(ret, argv[0].type == T_OBJECT && is_living(argv[0].u.ob));
}

void f_set_living_name(svalue *argv, int argc, svalue *ret) {
    (void)argc; (void)ret;
    object *me = vm_current_object;
    if (me && !obj_destructed(me)) set_name(me, argv[0].u.s);
}

void f_find_living(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    sv_set_obj(ret, living_find(argv[0].u.s->data, 0));
}

void f_find_player(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    sv_set_obj(ret, living_find(argv[0].u.s->data, 1));
}

/* livings(): every living object the current object may see. */
void f_livings(svalue *argv, int argc, svalue *ret) {
    (void)argv; (void)argc;
    int hidden = -1;
    size_t n = 0, i = 0;
    for (object *ob = obj_list; ob; ob = ob->next_all)
        if (is_living(ob) && (!(ob->flags & O_HIDDEN) || may_see_hidden(&hidden))) n++;
    array *a = arr_new(n);
    for (object *ob = obj_list; ob && i < n; ob = ob->next_all)
        if (is_living(ob) && (!(ob->flags & O_HIDDEN) || hidden > 0)) sv_set_obj(&a->item[i++], ob);
    sv_set_arr(ret, a);
}

/* named_livings(): the living objects that have a living name. */
void f_named_livings(svalue *argv, int argc, svalue *ret) {
    (void)argv; (void)argc;
    int hidden = -1;
    size_t n = 0, k = 0;
    for (uint32_t i = 0; buckets && i <= lmask; i++)
        for (lnode *l = buckets[i]; l; l = l->next)
            if (is_living(l->ob) && (!(l->ob->flags & O_HIDDEN) || may_see_hidden(&hidden))) n++;
    array *a = arr_new(n);
    for (uint32_t i = 0; buckets && i <= lmask; i++)
        for (lnode *l = buckets[i]; l && k < n; l = l->next)
            if (is_living(l->ob) && (!(l->ob->flags & O_HIDDEN) || hidden > 0))
                sv_set_obj(&a->item[k++], l->ob);
    sv_set_arr(ret, a);
}

void f_wizardp(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    sv_set_int(ret, argv[0].type == T_OBJECT && (argv[0].u.ob->flags & O_WIZARD) != 0);
}

/* enable_wizard()/disable_wizard(): only an interactive object changes. */
void f_enable_wizard(svalue *argv, int argc, svalue *ret) {
    (void)argv; (void)argc; (void)ret;
    object *me = vm_current_object;
    if (me && me->interactive) me->flags |= O_WIZARD;
}

void f_disable_wizard(svalue *argv, int argc, svalue *ret) {
    (void)argv; (void)argc; (void)ret;
    object *me = vm_current_object;
    if (me && me->interactive) me->flags &= ~(uint32_t)O_WIZARD;
}

/* this_player(0): the command giver; this_player(1) and
 * this_interactive(): the user whose input is being handled. */
void f_this_player(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    object *ob = argv[0].u.n ? cmd_interactive : vm_command_giver;
    if (ob && !obj_destructed(ob)) sv_set_obj(ret, ob);
}
