/*
 * rt_hooks.h — calls obj_destruct (destruct.c) makes into the other
 * runtime modules when an object goes away, so that no module keeps a
 * pointer to it. object.c also uses some of them: reload_object() clears
 * the same state, and a blueprint that is cloned loses its heart beat.
 *
 * Each hook is defined by the module that owns the state (named beside it)
 * and declared weak here: a module that is not linked in is skipped.
 * obj_destruct calls socket_on_destruct first; the others, in this order,
 * after the shadows were unlinked and the inventory moved out, and before
 * the object leaves its environment and the all-objects list:
 *
 *   socket_on_destruct      net/lsock.c  close the sockets it owns
 *   commands_on_destruct    commands.c   drop the actions ob gave others and
 *                                        that others gave ob; living name
 *   heart_beat_on_destruct  heart_beat.c stop its heart beat
 *   call_out_on_destruct    call_out.c   remove its call_outs
 *   net_on_destruct         net layer    close its connection (interactive)
 *
 * The user-connection part of the network layer is not written yet, so
 * nothing defines net_on_destruct today.
 *
 * The object's variables are freed later, at the end of the current
 * top-level evaluation (obj_reap_destructed), since its code may still run.
 */
#ifndef HEARTH_RT_HOOKS_H
#define HEARTH_RT_HOOKS_H

struct object;

void commands_on_destruct(struct object *ob) __attribute__((weak));
void heart_beat_on_destruct(struct object *ob) __attribute__((weak));
void call_out_on_destruct(struct object *ob) __attribute__((weak));
void net_on_destruct(struct object *ob) __attribute__((weak));
void socket_on_destruct(struct object *ob) __attribute__((weak));

#endif
