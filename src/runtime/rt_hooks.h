/*
 * rt_hooks.h — calls object.c makes into the other runtime modules when an
 * object goes away, so that no module keeps a pointer to it.
 *
 * Each hook is defined by the module that owns the state (named beside it)
 * and declared weak here: a module that is not linked in is skipped.
 * obj_destruct calls them in this order, after the inventory was moved out
 * and before the object is unlinked from its environment and the tables:
 *
 *   shadow_on_destruct      shadow.c     unlink ob from a shadow chain
 *   commands_on_destruct    commands.c   drop the actions ob gave others and
 *                                        that others gave ob; living name
 *   heart_beat_on_destruct  heart_beat.c stop its heart beat
 *   call_out_on_destruct    call_out.c   remove its call_outs
 *   net_on_destruct         net layer    close its connection (interactive)
 *   socket_on_destruct      net layer    close the sockets it owns
 *
 * The object's variables are freed later, at the end of the current
 * top-level evaluation (obj_reap_destructed), since its code may still run.
 */
#ifndef HEARTH_RT_HOOKS_H
#define HEARTH_RT_HOOKS_H

struct object;

void shadow_on_destruct(struct object *ob) __attribute__((weak));
void commands_on_destruct(struct object *ob) __attribute__((weak));
void heart_beat_on_destruct(struct object *ob) __attribute__((weak));
void call_out_on_destruct(struct object *ob) __attribute__((weak));
void net_on_destruct(struct object *ob) __attribute__((weak));
void socket_on_destruct(struct object *ob) __attribute__((weak));

#endif
