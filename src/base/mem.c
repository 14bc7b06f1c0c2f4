/*
 * mem.c — allocation wrappers that abort on out-of-memory (see mem.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mem.h"

/* Prints what could not be allocated and aborts; never returns. */
static _Noreturn void out_of_memory(size_t n) {
    fprintf(stderr, "hearth: out of memory allocating %zu bytes\n", n);
    abort();
}

void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) out_of_memory(n);
    return p;
}

void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) out_of_memory(n);
    return q;
}

void *xcalloc(size_t count, size_t size) {
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) out_of_memory(count * size);
    return p;
}

char *xstrdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = xmalloc(n);
    memcpy(p, s, n);
    return p;
}
