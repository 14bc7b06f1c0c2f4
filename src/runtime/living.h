/*
 * living.h — living objects by name (set_living_name, find_living,
 * find_player), wizards, this_player().
 *
 * The name table maps living names to objects (not counted: destruct
 * removes the entry through commands_on_destruct -> living_remove_name).
 * find_living only answers objects that are still living
 * (O_ENABLE_COMMANDS); find_player also needs O_ONCE_INTERACTIVE.
 */
#ifndef HEARTH_LIVING_H
#define HEARTH_LIVING_H

#include "object.h"

/* Drops ob's living name, if it has one. */
void living_remove_name(object *ob);
/* The living object called `name` (user = 1: only ones that are or were
 * interactive), hidden ones only for objects that may see them. */
object *living_find(const char *name, int user);
/* Frees the name table (exit-time leak checks). */
void living_free_all(void);

#endif
