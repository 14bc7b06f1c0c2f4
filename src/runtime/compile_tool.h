/*
 * compile_tool.h — compiling without a running mud, for `hearth --compile`
 * and `--disasm`: programs are compiled once and cached by name, inherits
 * come from the cache (no objects are created), compile messages are
 * printed as "file:line: message".
 */
#ifndef HEARTH_COMPILE_TOOL_H
#define HEARTH_COMPILE_TOOL_H

#include <stdio.h>
#include "../vm/program.h"

/* Installs the tool's compile hooks (messages to `out`, find_program from
 * the cache, every efun:: override allowed). Warnings only if asked. */
void tool_install_hooks(int warnings, FILE *out);
/* The program of a mud path ("/std/user.c", "/std/user", or a host path
 * inside the mudlib), compiled on first use; NULL after printed errors.
 * The cache keeps the reference. */
program *tool_compile(const char *path);
/* compile_hook.allow_efun_override for a running mud: the master's
 * valid_override(file, name, file); allowed without a master or apply. */
int tool_allow_override(const char *file, const char *name);
/* Frees the cache (compile_cache_clear). */
void tool_free(void);

#endif
