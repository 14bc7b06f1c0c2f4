/*
 * dlog.h — the debug log: the file where the driver writes what went wrong
 * (compile errors, runtime error traces, boot progress, debug_message).
 *
 * Until dlog_open() succeeds, lines go to stderr. Each call writes whole
 * lines and flushes, so the log is readable while the driver runs.
 */
#ifndef HEARTH_DLOG_H
#define HEARTH_DLOG_H

/* Opens (appending, creating it) the log at host path `path`; returns 0,
 * or -1 if it cannot be opened (lines keep going to stderr). */
int dlog_open(const char *path);
/* printf-style; a newline is added when the text does not end in one. */
void dlog(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Nonzero once lines go to a file (not to stderr). */
int dlog_has_file(void);
void dlog_close(void);

#endif
