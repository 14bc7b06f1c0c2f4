/*
 * uids.h — user ids (the uids package of MudOS): who owns an object (uid)
 * and whose rights it acts with (euid).
 *
 * uid and euid strings are interned; object fields hold counted references
 * (euid may be NULL: "no effective user", which forbids loading and cloning
 * once the master exists).
 */
#ifndef HEARTH_UIDS_H
#define HEARTH_UIDS_H

#include "object.h"

extern lstr *uid_root, *uid_backbone;    /* from get_root_uid / get_bb_uid */

/* Gives a newly created object its uid and euid, 2.7 style: NONAME before
 * the master exists, else master->creator_file("/path"); same uid as the
 * loader (this_object()) -> the loader's euid; backbone uid -> the
 * loader's euid (trust_backbone); else no euid (or euid = uid with
 * auto_seteuid). Raises an LPC error (after destructing ob) when
 * creator_file refuses and the dialect is not lenient. */
void uid_assign(object *ob);
/* Sets a uid/euid slot to an interned copy of s (NULL clears). */
void uid_set(lstr **slot, const char *s);
void uid_shutdown(void);

#endif
