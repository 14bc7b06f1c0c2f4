/*
 * buffer.c — LPC buffers: fixed-size, zero-filled, refcounted byte blocks.
 */
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "value.h"
#include "limits.h"
#include "vm.h"

/* A zero-filled buffer of n bytes; errors past limit_buffer_size. */
buffer *buf_new(size_t n) {
    if (n > (size_t)limit_buffer_size) vm_error("Illegal buffer size.");
    buffer *b = xmalloc(sizeof(buffer) + n);
    b->refs = 1;
    b->size = (uint32_t)n;
    memset(b->data, 0, n);
    return b;
}

void buf_free_(buffer *b) {
    free(b);
}
