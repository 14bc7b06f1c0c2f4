/*
 * path.h — mud paths and the host files behind them.
 *
 * A mud path is absolute from the mudlib root ("/std/user.c"; a path
 * without a leading slash means the same). Every file the driver touches
 * for LPC goes through path_valid(): it asks the master (valid_read /
 * valid_write, 2.7 style), normalises "." and "..", refuses anything that
 * would climb out of the root, and refuses a host path whose symlinks lead
 * outside the root. Nothing outside the mudlib is ever opened.
 */
#ifndef HEARTH_PATH_H
#define HEARTH_PATH_H

#include <limits.h>
#include <stddef.h>

struct object;

/* Host directory of the mudlib root (absolute or relative to the working
 * directory); set by the runtime from the config before anything is loaded.
 * A weak default of "." is defined in path.c. */
extern const char *rt_mudlib_dir;

typedef struct host_path {
    char mud[PATH_MAX];      /* normalised mud path, leading '/' ("/" = root) */
    char host[PATH_MAX];     /* the same file on the host; ends in "/" if the path did */
    int trailing_slash;      /* the path given ended in "/" or "/." */
} host_path;

/* Normalises mud path `in` (len bytes) into out ("/a/b"): drops empty and
 * "." components, resolves "..". Returns 0 if it would climb above the root
 * or does not fit, 1 otherwise. */
int path_normalize(const char *in, size_t len, char *out, size_t outsz);

/* Resolves a mud path to the host without asking the master: fills *hp and
 * returns 1, or 0 when the path escapes the root (by ".." or a symlink). */
int path_resolve(const char *mudpath, size_t len, host_path *hp);

/* The 2.7 check_valid_path: asks the master's valid_write (writing != 0)
 * or valid_read with (path, ob, fn). A 0 result refuses; a string result
 * replaces the path; anything else (or no master, or no such apply) allows.
 * Refuses when ob is NULL or destructed and a master exists. Then resolves
 * as path_resolve. Returns 1 with *hp filled, or 0. May raise LPC errors
 * (from the master's code). */
int path_valid(const char *path, size_t len, struct object *ob, const char *fn,
               int writing, host_path *hp);

#endif
