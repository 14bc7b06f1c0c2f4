/*
 * sprintf.h — LPC's format language (sprintf/printf) and the %O rendering
 * of values, for the efuns and for any C code that wants either.
 */
#ifndef HEARTH_SPRINTF_H
#define HEARTH_SPRINTF_H

#include <stddef.h>
#include "../vm/value.h"

/* The text that sprintf(fmt, args...) produces (a new reference).
 * fmt[0..len) is the format; args[0..nargs) the values it consumes.
 * Bad formats and argument types raise the 2.7 errors, e.g.
 * "(s)printf(): More arguments specified than passed. (arg: 2)". */
lstr *sprintf_format(const char *fmt, size_t len, svalue *args, int nargs);

/* The %O rendering of v in the 2.7 layout: non-empty arrays and mappings
 * one element a line with a "sizeof() == N" comment, strings in quotes but
 * unescaped, objects by name, function pointers as (: name, args :). */
lstr *sprintf_value(const svalue *v);

#endif
