/*
 * save.h — the MudOS save text format: one LPC value as text, as written by
 * save_object()/save_variable() and read back by restore_object()/
 * restore_variable(), and by MUD-mode sockets.
 *
 *   int     42, -7              float   %f: 1.500000 (e+NN / e-NN accepted)
 *   string  "a\"b\\c"           only " and \ escaped; newline stored as CR
 *   array   ({1,"a",})          mapping (["k":1,2:({}),])   class (/1,2,/)
 *   object, function, buffer    nothing: an empty element reads back as 0
 */
#ifndef HEARTH_SAVE_H
#define HEARTH_SAVE_H

#include <stddef.h>
#include "../vm/value.h"

/* Nesting depth save_object/save_variable accept (MAX_SAVE_SVALUE_DEPTH). */
#define SAVE_MAX_DEPTH 100

/* Why a restore failed; 0 means it worked. */
enum restore_err {
    ROB_OK = 0, ROB_GENERAL, ROB_NUMERAL, ROB_ARRAY, ROB_MAPPING,
    ROB_STRING, ROB_CLASS, ROB_TOO_DEEP
};

/* The save text of v (new reference). Raises an LPC error when arrays and
 * mappings nest deeper than SAVE_MAX_DEPTH. */
lstr *save_value_string(const svalue *v);

/* Parses the text s (len bytes, up to its first NUL) into *out, which must
 * hold no reference, with 2.7's quirks (see save.c). Returns ROB_OK, or an
 * enum restore_err with *out set to 0. Text that does not start like a
 * value reads as 0, and so does a mapping whose shape is wrong, as in 2.7
 * (restore_variable also takes ROB_CLASS as 0; restore_object does not).
 * May raise an LPC error only for the configured size limits; uses the VM
 * stack for temporaries. */
int restore_value(const char *s, size_t len, svalue *out);
/* "array", "mapping", ... : the word 2.7 puts in its restore error message. */
const char *restore_err_name(int err);

#endif
