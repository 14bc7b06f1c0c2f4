/*
 * message.h — text to users and objects: write, tell_object, say,
 * tell_room, shout, message/receive_message, receive.
 *
 * Where text goes (2.7 rules):
 *  - to an interactive object: straight to its connection, through
 *    rt_output_hook (installed by the network layer; without a hook the
 *    text goes to stdout, which is what a console run wants);
 *  - to any other object, by tell_object/say/tell_room/shout/write: its
 *    catch_tell(text) apply, if it has one;
 *  - write() with no this_player(): to stdout when the dialect's
 *    `stdout write` is on (the default: the LPC test runner and boot-time
 *    messages rely on it), else nowhere.
 * message() calls receive_message(class, text) in each living or
 * interactive target; a target that is neither passes the message to the
 * objects directly inside it.
 */
#ifndef HEARTH_MESSAGE_H
#define HEARTH_MESSAGE_H

#include <stddef.h>
#include "object.h"

/* Delivers text to a connected user; the string is borrowed. */
extern void (*rt_output_hook)(object *user, lstr *text);

/* Raw text to ob's connection; nothing if ob is not interactive (or is
 * destructed). */
void msg_add_message(object *ob, const char *s, size_t len);
/* tell_object: interactive -> connection, else ob->catch_tell(text). */
void msg_tell_object(object *ob, const char *s, size_t len);
/* write() from C (printf): to this_player(), see above. */
void msg_write(const char *s, size_t len);

#endif
