/*
 * limits.h — the configurable size limits on LPC values.
 *
 * Set by the runtime from the config keys `maximum array size`,
 * `maximum mapping size`, `maximum string length` and `maximum buffer
 * size`; the defaults (defined in value.c) are generous so that a driver
 * without a config has no practical caps. Exceeding one is a vm_error.
 */
#ifndef HEARTH_LIMITS_H
#define HEARTH_LIMITS_H

#include <stdint.h>

extern int64_t limit_array_size;      /* elements */
extern int64_t limit_mapping_size;    /* entries */
extern int64_t limit_string_length;   /* bytes */
extern int64_t limit_buffer_size;     /* bytes */
/* File efun limits (`maximum read file size`, `maximum byte transfer`);
 * defined with their 2.7 defaults in efun/efun_file.c. */
extern int64_t limit_read_file_size;  /* read_file result, bytes */
extern int64_t limit_byte_transfer;   /* read_bytes/write_bytes, bytes */

#endif
