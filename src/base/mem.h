/*
 * mem.h — the driver's one allocation door.
 *
 * xmalloc/xrealloc/xcalloc/xstrdup never return NULL: when the system is
 * out of memory they print a message and abort. This is the only place in
 * the driver allowed to abort; everything else reports errors.
 * Memory is released with plain free().
 */
#ifndef HEARTH_MEM_H
#define HEARTH_MEM_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
void *xcalloc(size_t count, size_t size);
char *xstrdup(const char *s);

#endif
