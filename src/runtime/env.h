/*
 * env.h — environments (containers) and hidden objects.
 *
 * The tree lives in the object struct (env, contains, next_inv); links
 * are not counted, object.c unlinks a destructed object. obj_move (declared
 * in object.h) is defined in env.c.
 */
#ifndef HEARTH_ENV_H
#define HEARTH_ENV_H

#include "object.h"

/* master()->valid_hide(ob): may ob see (and be) hidden objects? 0 without
 * a master or without the apply. */
int env_valid_hide(object *ob);
/* Nonzero if the current object may see ob: ob is not hidden, or the
 * current object is hidden itself or passes valid_hide. */
int env_visible(object *ob);
/* The objects directly inside ob (newest first), hidden ones only if the
 * current object may see them or `all` is set. New array. */
array *env_inventory(object *ob, int all);

#endif
