/*
 * message.c — write, tell_object, say, tell_room, shout, message, receive
 * (routing rules in message.h).
 *
 * The efuns that reach several objects first collect their targets into an
 * array on the VM stack, then deliver: a catch_tell or receive_message
 * that moves or destructs objects cannot derail the walk, and an error
 * frees the array.
 */
#include <stdio.h>
#include <string.h>
#include "message.h"
#include "config.h"
#include "env.h"
#include "runtime.h"
#include "../efun/efun.h"
#include "../vm/vm.h"

void (*rt_output_hook)(object *user, lstr *text);

static void to_stdout(const char *s, size_t n) {
    fwrite(s, 1, n, stdout);
    fflush(stdout);
}

void msg_add_message(object *ob, const char *s, size_t len) {
    if (!ob || obj_destructed(ob) || !ob->interactive) return;
    if (!rt_output_hook) {
        to_stdout(s, len);
        return;
    }
    lstr *text = str_new(s, len);
    rt_output_hook(ob, text);
    str_free(text);
}

void msg_tell_object(object *ob, const char *s, size_t len) {
    if (!ob || obj_destructed(ob)) return;
    if (ob->interactive) {
        msg_add_message(ob, s, len);
        return;
    }
    svalue *mark = vm_sp;
    push_str(str_new(s, len));
    vm_apply("catch_tell", ob, 1, ORIGIN_DRIVER);
    rt_pop_to(mark);
}

/* Who write() talks to: this_player() (a destructed one counts as none),
 * else a shadow's target; shadows pass it on to the object they shadow.
 * NULL if nobody. */
static object *write_target(void) {
    object *ob = vm_command_giver;
    if (ob && obj_destructed(ob)) return NULL;
    if (!ob && vm_current_object && vm_current_object->shadowing) ob = vm_current_object;
    while (ob && ob->shadowing) ob = ob->shadowing;
    return ob;
}

void msg_write(const char *s, size_t len) {
    object *ob = write_target();
    if (ob) msg_tell_object(ob, s, len);
    else if (dialect_opts.stdout_write) to_stdout(s, len);
}

/* ---------------------------------------------------------------- helpers */
static int listener(const object *ob) {
    return !obj_destructed(ob) && ((ob->flags & O_ENABLE_COMMANDS) || ob->interactive);
}

/* Nonzero if ob is v, or is in v when v is an array. */
static int excluded(const svalue *v, const object *ob) {
    if (v->type == T_OBJECT) return v->u.ob == ob;
    if (v->type != T_ARRAY) return 0;
    for (uint32_t i = 0; i < v->u.a->size; i++)
        if (v->u.a->item[i].type == T_OBJECT && v->u.a->item[i].u.ob == ob) return 1;
    return 0;
}

/* A growing list of targets, kept in an array on the VM stack. */
typedef struct targets { array *a; uint32_t n; } targets;

static void targets_open(targets *t, size_t cap) {
    t->a = arr_new(cap ? cap : 1);
    t->n = 0;
    push_arr(t->a);
}

static void targets_add(targets *t, object *ob) {
    if (t->n < t->a->size) sv_set_obj(&t->a->item[t->n++], ob);
}

/* tell_object to each collected target still alive and not excluded. */
static void targets_tell(targets *t, const char *s, size_t len, const svalue *exclude) {
    for (uint32_t i = 0; i < t->n; i++) {
        svalue *v = &t->a->item[i];
        if (v->type != T_OBJECT || obj_destructed(v->u.ob)) continue;
        if (exclude && excluded(exclude, v->u.ob)) continue;
        msg_tell_object(v->u.ob, s, len);
    }
}

static size_t count_inv(const object *ob) {
    size_t n = 0;
    for (const object *o = ob->contains; o; o = o->next_inv) n++;
    return n;
}

/* ---------------------------------------------------------------- efuns */
/* write(x): x as text to this_player(); non-strings as 2.7 prints them. */
void f_write(svalue *argv, int argc, svalue *ret) {
    (void)argc; (void)ret;
    svalue *v = sv_check_object(&argv[0]);
    char buf[64];
    switch (v->type) {
    case T_STRING: msg_write(v->u.s->data, v->u.s->len); return;
    case T_INT: snprintf(buf, sizeof buf, "%lld", (long long)v->u.n); break;
    case T_FLOAT: snprintf(buf, sizeof buf, "%f", v->u.f); break;
    case T_OBJECT: {
        svalue *mark = vm_sp;
        lstr *t = str_printf("OBJ(%s)", v->u.ob->name->data);
        push_str(t);                    /* freed by the unwinder on error */
        msg_write(t->data, t->len);
        rt_pop_to(mark);
        return;
    }
    case T_ARRAY: strcpy(buf, "<ARRAY>"); break;
    case T_MAPPING: strcpy(buf, "<MAPPING>"); break;
    case T_FUNCTION: strcpy(buf, "<FUNCTION>"); break;
    case T_BUFFER: strcpy(buf, "<BUFFER>"); break;
    default: strcpy(buf, "<UNKNOWN>"); break;
    }
    msg_write(buf, strlen(buf));
}

void f_tell_object(svalue *argv, int argc, svalue *ret) {
    (void)argc; (void)ret;
    if (argv[0].type != T_OBJECT) return;
    msg_tell_object(argv[0].u.ob, argv[1].u.s->data, argv[1].u.s->len);
}

/* receive(text): raw output to the current object's own connection. */
void f_receive(svalue *argv, int argc, svalue *ret) {
    (void)argc; (void)ret;
    object *me = vm_current_object;
    if (!me || !me->interactive) return;
    if (argv[0].type == T_STRING) msg_add_message(me, argv[0].u.s->data, argv[0].u.s->len);
    else if (argv[0].type == T_BUFFER)
        msg_add_message(me, (const char *)argv[0].u.b->data, argv[0].u.b->size);
}

/* say(text [, exclude]): to the speaker's environment, the listeners
 * beside it and those inside it. The speaker is the current object if it
 * is living or interactive (it is this_player() meanwhile), else
 * this_player(), else the current object. */
void f_say(svalue *argv, int argc, svalue *ret) {
    (void)ret;
    object *me = vm_current_object;
    if (!me) return;
    object *saved = vm_command_giver;
    if (listener(me)) vm_command_giver = me;
    object *origin = vm_command_giver ? vm_command_giver : me;
    svalue *mark = vm_sp;
    targets t;
    targets_open(&t, 1 + (origin->env ? count_inv(origin->env) : 0) + count_inv(origin));
    if (origin->env) {
        if (listener(origin->env)) targets_add(&t, origin->env);
        for (object *o = origin->env->contains; o; o = o->next_inv)
            if (o != origin && listener(o)) targets_add(&t, o);
    }
    for (object *o = origin->contains; o; o = o->next_inv)
        if (listener(o)) targets_add(&t, o);
    targets_tell(&t, argv[0].u.s->data, argv[0].u.s->len, argc > 1 ? &argv[1] : NULL);
    rt_pop_to(mark);
    vm_command_giver = saved;
}

/* The text tell_room sends for a non-string second argument (2.7). */
static lstr *room_text(const svalue *v) {
    switch (v->type) {
    case T_STRING: return str_ref(v->u.s);
    case T_OBJECT: return str_newz(v->u.ob->name->data + 1);
    case T_INT: return str_printf("%lld", (long long)v->u.n);
    case T_FLOAT: return str_printf("%f", v->u.f);
    default: vm_error("Bad argument 2 to tell_room()");
    }
}

/* The room tell_room's first argument names (loading a file name). */
static object *room_arg(const svalue *v) {
    object *room = NULL;
    if (v->type == T_OBJECT) room = v->u.ob;
    else if (v->type == T_STRING) room = obj_load(v->u.s->data);
    if (room && !obj_destructed(room) && (v->type != T_STRING || env_visible(room))) return room;
    vm_error("Bad argument 1 to tell_room()");
}

/* tell_room(room, text [, exclude]): to the listeners in room. */
void f_tell_room(svalue *argv, int argc, svalue *ret) {
    (void)ret;
    object *room = room_arg(&argv[0]);
    svalue *mark = vm_sp;
    lstr *text = room_text(sv_check_object(&argv[1]));
    push_str(text);
    targets t;
    targets_open(&t, count_inv(room));
    for (object *o = room->contains; o; o = o->next_inv)
        if (listener(o)) targets_add(&t, o);
    targets_tell(&t, text->data, text->len, argc > 2 ? &argv[2] : NULL);
    rt_pop_to(mark);
}

/* shout(text): to every living object that has an environment, except
 * this_player(). */
void f_shout(svalue *argv, int argc, svalue *ret) {
    (void)argc; (void)ret;
    size_t n = 0;
    for (object *o = obj_list; o; o = o->next_all)
        if (listener(o) && o->env && o != vm_command_giver) n++;
    svalue *mark = vm_sp;
    targets t;
    targets_open(&t, n);
    for (object *o = obj_list; o; o = o->next_all)
        if (listener(o) && o->env && o != vm_command_giver) targets_add(&t, o);
    targets_tell(&t, argv[0].u.s->data, argv[0].u.s->len, NULL);
    rt_pop_to(mark);
}

/* receive_message(class, msg) in each listening target; other targets
 * pass it to what they contain (one level when `recurse`). */
static void deliver(const svalue *cls, const svalue *msg, array *scope, const svalue *exclude,
                    int recurse) {
    for (uint32_t i = 0; i < scope->size; i++) {
        svalue *v = &scope->item[i];
        object *ob = NULL;
        if (v->type == T_STRING) {
            ob = obj_load(v->u.s->data);
            if (!ob || !env_visible(ob)) continue;
        } else if (v->type == T_OBJECT) {
            ob = v->u.ob;
        }
        if (!ob || obj_destructed(ob)) continue;
        svalue *mark = vm_sp;
        if (listener(ob)) {
            if (exclude && excluded(exclude, ob)) continue;
            push_svalue(cls);
            push_svalue(msg);
            vm_apply("receive_message", ob, 2, ORIGIN_DRIVER);
        } else if (recurse) {
            push_arr(env_inventory(ob, 1));
            deliver(cls, msg, vm_sp->u.a, exclude, 0);
        }
        rt_pop_to(mark);
    }
}

/* message(class, msg, targets [, exclude]): targets is an object, a file
 * name or an array of them; 0 sends msg (a string) to this_player(). */
void f_message(svalue *argv, int argc, svalue *ret) {
    (void)ret;
    svalue *target = sv_check_object(&argv[2]);
    const svalue *exclude = argc > 3 ? &argv[3] : NULL;
    svalue *mark = vm_sp;
    array *scope;
    switch (target->type) {
    case T_ARRAY:
        scope = target->u.a;
        break;
    case T_OBJECT:
    case T_STRING:
        scope = arr_new(1);
        push_arr(scope);
        sv_copy(&scope->item[0], target);
        break;
    default:
        if (argv[1].type == T_STRING)
            msg_add_message(vm_command_giver, argv[1].u.s->data, argv[1].u.s->len);
        return;
    }
    deliver(&argv[0], &argv[1], scope, exclude, 1);
    rt_pop_to(mark);
}
