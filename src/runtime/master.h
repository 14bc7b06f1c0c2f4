/*
 * master.h — the master object: the boot sequence, calling master applies,
 * and where compile errors and crashes are reported.
 *
 * Boot (FluffOS 2.7 order, TMI2-SURFACE §1.5): the simul_efun object (no
 * master yet: uid "NONAME", no euid), the master (create() runs, then
 * get_root_uid/get_bb_uid), flag(arg) for each -f, epilog(0), preload(f)
 * for every string in epilog's answer. Each step is a separate protected
 * top-level call: an error is traced to the debug log, handed to the
 * master, and the boot goes on. Only a master that fails to load stops it.
 */
#ifndef HEARTH_MASTER_H
#define HEARTH_MASTER_H

#include "object.h"

/* Boots the mudlib named by the config. Returns 0, or -1 when the master
 * could not be loaded (the reason is in the debug log and on stderr). */
int master_boot(const char **flags, int nflags);

/* Makes ob the master: binds get_root_uid/get_bb_uid (first load) and the
 * uids of the master. Errors from the applies propagate. */
void master_set(object *ob);

/* Calls apply `name` in the master with nargs args on the stack (protected
 * applies allowed). NULL when there is no master or no such function; the
 * args are consumed either way. LPC errors propagate. */
svalue *master_apply(const char *name, int nargs);
/* Nonzero if `name` exists in the master. */
int master_has(const char *name);
/* A valid_* check: the apply's answer is "allowed" unless it is int 0.
 * Without a master the answer is allowed; without the apply it is
 * `if_missing`. Args on the stack are consumed. */
int master_valid(const char *name, int nargs, int if_missing);

/* compile_hook.report: "file line N: msg" into the debug log, then the
 * master's log_error(file, "file line N: msg\n"). */
void master_compile_report(const char *file, int line, const char *msg, int is_warning);

/* Installs fatal-signal handlers that call the master's crash() apply
 * (crash(msg, this_player, this_object)) before the driver dies. */
void master_trap_crashes(void);

#endif
