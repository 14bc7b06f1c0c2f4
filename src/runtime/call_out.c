/*
 * call_out.c — delayed calls: call_out, remove_call_out, find_call_out,
 * call_out_info, and running them when due.
 *
 * Pending calls are a doubly linked list sorted by due time (backend
 * clock), ties in the order they were made; a new call is placed by
 * scanning from the tail, where nearly all of them go. One backend timer
 * is armed for the head. When it fires, every call due at that moment
 * runs, each as its own top-level evaluation: a fresh eval budget, errors
 * reported and contained, this_player() = the player of the moment the
 * call_out was made (THIS_PLAYER_IN_CALL_OUT) or else the object itself
 * when it is living, this_interactive() = 0, origin() "call_out" (or
 * "internal", per the dialect). Calls made meanwhile wait for the next
 * turn of the loop, even with delay 0.
 *
 * A call holds counted references to its object (or function pointer),
 * its arguments and its player; destructing the object drops its calls.
 * Handles are positive and unique for the life of the driver.
 */
#include <math.h>
#include <stdlib.h>
#include "backend.h"
#include "commands.h"
#include "config.h"
#include "rt_hooks.h"
#include "runtime.h"
#include "../base/mem.h"
#include "../efun/efun.h"
#include "../efun/sprintf.h"
#include "../vm/vm.h"

typedef struct pcall {
    struct pcall *next, *prev;
    double due;
    int64_t handle;
    object *ob;                 /* NULL when fp is set */
    lstr *fname;
    funcptr *fp;
    array *args;                /* NULL when none */
    object *player;             /* NULL when none */
} pcall;

static pcall *head, *tail;
static int64_t next_handle = 1;
static int timer_id;            /* 0: no timer armed */
static double timer_due;

static void run_due(void *unused);

/* ------------------------------------------------------------- the list */
static void co_insert(pcall *c) {
    pcall *p = tail;
    while (p && p->due > c->due) p = p->prev;
    c->prev = p;
    c->next = p ? p->next : head;
    if (c->next) c->next->prev = c; else tail = c;
    if (p) p->next = c; else head = c;
}

static void co_unlink(pcall *c) {
    if (c->prev) c->prev->next = c->next; else head = c->next;
    if (c->next) c->next->prev = c->prev; else tail = c->prev;
    c->next = c->prev = NULL;
}

static void co_free(pcall *c) {
    if (c->ob) obj_free(c->ob);
    str_free(c->fname);
    if (c->fp) fp_free(c->fp);
    if (c->args) arr_free(c->args);
    if (c->player) obj_free(c->player);
    free(c);
}

static void co_remove(pcall *c) {
    co_unlink(c);
    co_free(c);
}

/* Keeps one backend timer armed for the earliest call. */
static void co_arm(void) {
    if (!head || (timer_id && timer_due <= head->due)) return;
    if (timer_id) backend_cancel(timer_id);
    double now = backend_now();
    timer_due = head->due;
    timer_id = backend_after(head->due > now ? head->due - now : 0, run_due, NULL);
}

/* The object a call runs in. */
static object *co_owner(const pcall *c) { return c->ob ? c->ob : c->fp->owner; }

/* Whole seconds until c is due, as 2.7 counts them. */
static int64_t time_left(const pcall *c) {
    double d = ceil(c->due - backend_now() - 1e-6);
    return d > 0 ? (int64_t)d : 0;
}

/* ------------------------------------------------------------- running */
static void co_body(void *p) {
    pcall *c = p;
    svalue *mark = vm_sp;
    int n = c->args ? (int)c->args->size : 0;
    for (int i = 0; i < n; i++) push_svalue(sv_check_object(&c->args->item[i]));
    if (c->fp) {
        vm_call_fp(c->fp, n);
    } else {
        int origin = dialect_opts.call_out_origin ? ORIGIN_CALL_OUT : ORIGIN_INTERNAL;
        vm_apply_str(c->fname, c->ob, n, origin);
    }
    rt_pop_to(mark);
}

static void co_run(pcall *c) {
    object *ob = co_owner(c);
    if (!ob || obj_destructed(ob)) return;
    object *player = NULL;
    if (c->player && !obj_destructed(c->player)) {
        player = c->player;
    } else if (c->ob) {
        player = c->ob;
        while (player->shadowing) player = player->shadowing;
        if (!(player->flags & O_ENABLE_COMMANDS)) player = NULL;
    }
    vm_command_giver = player;
    vm_reset_eval();
    vm_protect(co_body, c, 1);
}

static void run_due(void *unused) {
    (void)unused;
    timer_id = 0;
    double now = backend_now();
    object *saved_cg = vm_command_giver, *saved_int = cmd_interactive;
    cmd_interactive = NULL;
    while (head && head->due <= now) {
        pcall *c = head;
        co_unlink(c);
        co_run(c);
        co_free(c);
    }
    vm_command_giver = saved_cg;
    cmd_interactive = saved_int;
    co_arm();
}

/* -------------------------------------------------------- bookkeeping */
void call_out_on_destruct(object *ob) {
    for (pcall *c = head, *next; c; c = next) {
        next = c->next;
        if (co_owner(c) == ob) {
            co_remove(c);
        } else if (c->player == ob) {
            obj_free(c->player);
            c->player = NULL;
        }
    }
}

void call_out_free_all(void) {
    while (head) co_remove(head);
    if (timer_id) backend_cancel(timer_id);
    timer_id = 0;
}

/* The first pending call of ob to function `name`, or NULL. */
static pcall *find_named(const object *ob, const lstr *name) {
    for (pcall *c = head; c; c = c->next)
        if (c->ob == ob && c->fname && str_eq(c->fname, name)) return c;
    return NULL;
}

static pcall *find_handle(int64_t handle) {
    for (pcall *c = head; c; c = c->next)
        if (c->handle == handle) return c;
    return NULL;
}

/* ---------------------------------------------------------------- efuns */
/* call_out(fn, delay, args...): returns the call's handle (0 if the
 * current object is destructed). */
void f_call_out(svalue *argv, int argc, svalue *ret) {
    object *me = vm_current_object;
    if (!me || obj_destructed(me)) return;
    array *args = argc > 2 ? arr_new((size_t)(argc - 2)) : NULL;     /* may raise: first */
    pcall *c = xcalloc(1, sizeof *c);
    int64_t delay = argv[1].type == T_INT ? argv[1].u.n
                  : argv[1].type == T_FLOAT ? (int64_t)argv[1].u.f : 0;
    if (argv[0].type == T_STRING) {
        c->ob = obj_ref(me);
        c->fname = str_intern(argv[0].u.s->data, argv[0].u.s->len);
    } else {
        c->fp = argv[0].u.fp;
        c->fp->refs++;
    }
    c->args = args;
    for (int i = 2; i < argc; i++) sv_copy(&args->item[i - 2], &argv[i]);
    if (vm_command_giver && !obj_destructed(vm_command_giver)) c->player = obj_ref(vm_command_giver);
    c->due = backend_now() + (double)(delay > 0 ? delay : 0);
    c->handle = next_handle++;
    co_insert(c);
    co_arm();
    sv_set_int(ret, c->handle);
}

/* remove_call_out(name | handle): the seconds the call had left, or -1.
 * remove_call_out(): removes all the current object's calls, returns 0. */
void f_remove_call_out(svalue *argv, int argc, svalue *ret) {
    object *me = vm_current_object;
    if (argc == 0) {
        for (pcall *c = head, *next; c; c = next) {
            next = c->next;
            if (me && co_owner(c) == me) co_remove(c);
        }
        return;
    }
    pcall *c = argv[0].type == T_STRING ? find_named(me, argv[0].u.s)
             : argv[0].type == T_INT ? find_handle(argv[0].u.n) : NULL;
    if (!c) {
        sv_set_int(ret, -1);
        return;
    }
    sv_set_int(ret, time_left(c));
    co_remove(c);
}

/* find_call_out(name | handle): the seconds left, or -1. */
void f_find_call_out(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    pcall *c = argv[0].type == T_STRING ? find_named(vm_current_object, argv[0].u.s)
             : argv[0].type == T_INT ? find_handle(argv[0].u.n) : NULL;
    sv_set_int(ret, c ? time_left(c) : -1);
}

/* call_out_info(): ({ object, function, seconds left }) for each pending
 * call whose object is alive; a function pointer shows as its %O text,
 * "(: tick :)", as 2.7 gives it. */
void f_call_out_info(svalue *argv, int argc, svalue *ret) {
    (void)argv; (void)argc;
    size_t n = 0, i = 0;
    for (pcall *c = head; c; c = c->next) {
        object *ob = co_owner(c);
        if (ob && !obj_destructed(ob)) n++;
    }
    array *a = arr_new(n);
    sv_set_arr(ret, a);
    for (pcall *c = head; c && i < n; c = c->next) {
        object *ob = co_owner(c);
        if (!ob || obj_destructed(ob)) continue;
        array *e = arr_new(3);
        sv_set_obj(&e->item[0], ob);
        if (c->fname) sv_set_str(&e->item[1], str_ref(c->fname));
        else {
            svalue f;
            sv_set_fp(&f, c->fp);       /* borrowed: not freed */
            sv_set_str(&e->item[1], sprintf_value(&f));
        }
        sv_set_int(&e->item[2], time_left(c));
        sv_set_arr(&a->item[i++], e);
    }
}
