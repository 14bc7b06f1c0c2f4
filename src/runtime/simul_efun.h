/*
 * simul_efun.h — the simul_efun table.
 *
 * Simul_efun names get stable indexes the first time the compiler sees
 * them defined; CALL_SIMUL carries the index. When the simul_efun object
 * is (re)loaded, each index is bound to the function of that name in its
 * program, so compiled code survives a simul_efun reload.
 */
#ifndef HEARTH_SIMUL_EFUN_H
#define HEARTH_SIMUL_EFUN_H

#include "../base/str.h"
#include "../vm/program.h"

/* Index of simul_efun `name`, or -1 if the simul_efun object has none. */
int simul_lookup(const char *name);
/* Binds the table to a (new) simul_efun program; called after it loads.
 * With ob == NULL, only the names are taken from `p` (compile tool). */
void simul_bind(program *p, struct object *ob);
/* For CALL_SIMUL: the object and function index to call; error if unbound. */
struct object *simul_target(int index, int *func_index);
const char *simul_name(int index);
void simul_shutdown(void);

#endif
