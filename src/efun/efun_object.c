/*
 * efun_object.c — efuns about objects as a whole: finding, loading,
 * cloning and destructing them, their names and programs (inheritance,
 * function_exists), the object lists (children, objects), the master.
 */
#include <stdlib.h>
#include <string.h>
#include "efun.h"
#include "../base/mem.h"
#include "../runtime/master.h"
#include "../runtime/object.h"
#include "../vm/vm.h"

/* ---------------------------------------------------------------- helpers */
/* The program name "/a/b.c" as "/a/b" (new string). */
static lstr *prog_base_name(const program *p) {
    size_t n = p->name->len;
    if (n > 2 && p->name->data[n - 2] == '.' && p->name->data[n - 1] == 'c') n -= 2;
    if (p->name->data[0] == '/') return str_new(p->name->data, n);
    return str_printf("/%.*s", (int)n, p->name->data);
}

/* The program name with a leading slash (new string). */
static lstr *prog_slash_name(const program *p) {
    if (p->name->data[0] == '/') return str_ref(p->name);
    return str_printf("/%s", p->name->data);
}

/* Whether hidden objects may be listed for this_object(): valid_hide. */
static int see_hidden(void) {
    object *me = vm_current_object;
    if (!me || (me->flags & O_HIDDEN)) return 1;
    push_object(me);
    return master_valid("valid_hide", 1, 0);
}

/* Snapshot of the live objects accepted by keep(ob, data), as an array. */
static array *collect(int (*keep)(object *, void *), void *data) {
    int hidden_ok = -1;
    size_t n = 0, k = 0;
    for (object *ob = obj_list; ob; ob = ob->next_all) n++;
    object **list = xmalloc((n ? n : 1) * sizeof *list);
    for (object *ob = obj_list; ob; ob = ob->next_all) {
        if (ob->flags & O_HIDDEN) {
            if (hidden_ok < 0) hidden_ok = see_hidden();
            if (!hidden_ok) continue;
        }
        if (!keep || keep(ob, data)) list[k++] = ob;
    }
    array *a = arr_new(k);
    for (size_t i = 0; i < k; i++) sv_set_obj(&a->item[i], list[i]);
    free(list);
    return a;
}

/* ----------------------------------------------------------- find / load */
void f_find_object(svalue *argv, int argc, svalue *ret) {
    object *ob;
    if (argc > 1 && argv[1].u.n) ob = obj_load(argv[0].u.s->data);
    else ob = obj_find(argv[0].u.s->data);
    if (ob && !obj_destructed(ob)) sv_set_obj(ret, ob);
}

/* clone_object(name, args...) and new(name, args...). */
void f_new(svalue *argv, int argc, svalue *ret) {
    for (int i = 1; i < argc; i++) push_svalue(&argv[i]);
    object *ob = obj_clone(argv[0].u.s->data, argc - 1);
    if (ob) sv_set_obj(ret, ob);
}

void f_destruct(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type == T_OBJECT) obj_destruct(argv[0].u.ob);
}

void f_master(svalue *argv, int argc, svalue *ret) {
    if (master_ob) sv_set_obj(ret, master_ob);
}

/* ------------------------------------------------------------------ names */
void f_file_name(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type == T_OBJECT) sv_set_str(ret, str_ref(argv[0].u.ob->name));
}

void f_clonep(svalue *argv, int argc, svalue *ret) {
    sv_set_int(ret, argv[0].type == T_OBJECT && !obj_destructed(argv[0].u.ob)
                    && (argv[0].u.ob->flags & O_CLONE));
}

void f_virtualp(svalue *argv, int argc, svalue *ret) {
    sv_set_int(ret, argv[0].type == T_OBJECT && (argv[0].u.ob->flags & O_VIRTUAL));
}

/* ------------------------------------------------------------ inheritance */
/* 1 if prog inherits thep (at any depth), 2 if it inherits another
 * version of the same file, else 0 (FluffOS order of checks). */
static int inherits(const program *prog, const program *thep) {
    for (int j = 0; j < prog->n_inherits; j++) {
        const program *pg = prog->inherits[j].prog;
        if (pg == thep) return 1;
        if (str_eq(pg->name, thep->name)) return 2;
        if (inherits(pg, thep)) return 1;
    }
    return 0;
}

void f_inherits(svalue *argv, int argc, svalue *ret) {
    object *ob = obj_find(argv[0].u.s->data);
    if (!ob || argv[1].type != T_OBJECT) return;
    sv_set_int(ret, inherits(argv[1].u.ob->prog, ob->prog));
}

void f_shallow_inherit_list(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type != T_OBJECT) return;
    const program *p = argv[0].u.ob->prog;
    array *a = arr_new(p->n_inherits);
    for (int i = 0; i < p->n_inherits; i++)
        sv_set_str(&a->item[i], prog_slash_name(p->inherits[i].prog));
    sv_set_arr(ret, a);
}

/* Every inherited program, breadth first, repeats included (as 2.7). */
void f_deep_inherit_list(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type != T_OBJECT) return;
    const program *list[256];
    int next = 1;
    list[0] = argv[0].u.ob->prog;
    for (int cur = 0; cur < next && next < 256; cur++)
        for (int j = 0; j < list[cur]->n_inherits && next < 256; j++)
            list[next++] = list[cur]->inherits[j].prog;
    array *a = arr_new((size_t)(next - 1));
    for (int i = 1; i < next; i++) sv_set_str(&a->item[i - 1], prog_slash_name(list[i]));
    sv_set_arr(ret, a);
}

/* The entry of a function hidden from name lookup (private in an inherited
 * program) called name, or -1. */
static int find_hidden_function(const program *p, const lstr *name) {
    for (int i = 0; i < p->n_funcs; i++) {
        const func_def *d = &p->funcs[i];
        if ((d->flags & (FN_HIDDEN | FN_FUNCTIONAL)) == FN_HIDDEN && str_eq(d->name, name))
            return i;
    }
    return -1;
}

/* function_exists(name, ob, flag): the file ("/a/b") defining it; hidden
 * functions (static, protected, private, even private in an inherited
 * program, as 2.7 finds them) only with flag. */
void f_function_exists(svalue *argv, int argc, svalue *ret) {
    object *ob = argc > 1 && argv[1].type == T_OBJECT ? argv[1].u.ob : vm_current_object;
    int flag = argc > 2 && argv[2].type == T_INT && argv[2].u.n;
    if (!ob || obj_destructed(ob)) return;
    const program *p = ob->prog;
    int fi = prog_find_function(p, argv[0].u.s);
    if (fi < 0 && flag) fi = find_hidden_function(p, argv[0].u.s);
    if (fi < 0) return;
    const func_impl *im = &p->impl[fi];
    uint16_t flags = p->funcs[fi].flags | im->def->flags;
    if (flags & FN_PROTOTYPE) return;
    if (!flag && (flags & (FN_PROTECTED | FN_PRIVATE | FN_HIDDEN | FN_STATIC))) return;
    sv_set_str(ret, prog_base_name(im->prog));
}

/* ----------------------------------------------------------- object lists */
static int is_child(object *ob, void *data) {
    const lstr *base = data;
    return strncmp(ob->name->data, base->data, base->len) == 0
           && (ob->name->len == base->len || ob->name->data[base->len] == '#');
}

void f_children(svalue *argv, int argc, svalue *ret) {
    lstr *base = obj_normalize_name(argv[0].u.s->data, 1);
    if (!base) { sv_set_arr(ret, arr_new(0)); return; }
    sv_set_arr(ret, collect(is_child, base));
    str_free(base);
}

/* objects(), objects(fn name in this_object), objects(function). The
 * filter runs on a snapshot: it may destruct objects. */
void f_objects(svalue *argv, int argc, svalue *ret) {
    array *all = collect(NULL, NULL);
    if (argc == 0 || argv[0].type == T_INT) { sv_set_arr(ret, all); return; }
    push_arr(all);                      /* owned by the stack across errors */
    uint32_t k = 0;
    for (uint32_t i = 0; i < all->size; i++) {
        object *ob = all->item[i].u.ob;
        if (all->item[i].type != T_OBJECT || obj_destructed(ob)) continue;
        svalue *r;
        push_object(ob);
        if (argv[0].type == T_STRING) r = vm_apply_str(argv[0].u.s, vm_current_object, 1, ORIGIN_EFUN);
        else r = vm_call_fp(argv[0].u.fp, 1);
        if (!r || !sv_truthy(r)) sv_free(&all->item[i]);
    }
    for (uint32_t i = 0; i < all->size; i++) k += sv_check_object(&all->item[i])->type == T_OBJECT;
    array *out = arr_new(k);
    k = 0;
    for (uint32_t i = 0; i < all->size; i++)
        if (all->item[i].type == T_OBJECT) sv_copy(&out->item[k++], &all->item[i]);
    sv_set_arr(ret, out);
    vm_pop(1);
}

void f_reload_object(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type == T_OBJECT) obj_reload(argv[0].u.ob);
}

