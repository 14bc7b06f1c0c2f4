/*
 * regexp.h — MudOS regular expressions (Henry Spencer's syntax, as the
 * regexp(3) manual page of FluffOS 2.7 describes it) run by PCRE2.
 *
 * A pattern is translated once into PCRE2 syntax and compiled; compiled
 * patterns live in a small cache keyed by the pattern text. Users take a
 * reference with rx_get and drop it with rx_release; a cached pattern in
 * use is never evicted.
 *
 * Matching follows Spencer's regexec: the subject handed to rx_exec is the
 * whole "line", so `^` and `\<` match at its first byte, `$` and `\>` at its
 * end (never before a final newline), and `.` matches any byte.
 */
#ifndef HEARTH_REGEXP_H
#define HEARTH_REGEXP_H

#include <stddef.h>

typedef struct rx rx;

/* The compiled form of MudOS pattern pat[0..len) (a new reference), or
 * NULL with the reason (Spencer's wording, e.g. "unmatched ()") copied into
 * err[0..errlen) when the pattern is not valid. Raises no LPC error. */
rx *rx_get(const char *pat, size_t len, char *err, size_t errlen);
/* As rx_get, but an invalid pattern raises the LPC error. */
rx *rx_get_or_error(const char *pat, size_t len);
void rx_release(rx *r);

/* Leftmost match of r in s[0..len); with `anchored` the match must start at
 * s[0]. Returns 1 and the match as [*ms, *me), 0 when there is none, -1 when
 * PCRE2 gave up (match limit): callers treat that as an error. */
int rx_exec(rx *r, const char *s, size_t len, int anchored, size_t *ms, size_t *me);

/* Frees the cache (for leak checks at shutdown). */
void rx_shutdown(void);

#endif
