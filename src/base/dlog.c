/*
 * dlog.c — the debug log (see dlog.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dlog.h"
#include "mem.h"

static FILE *log_file;

int dlog_open(const char *path) {
    FILE *f = fopen(path, "a");
    if (!f) return -1;
    dlog_close();
    log_file = f;
    return 0;
}

static void put(FILE *f, const char *text) {
    size_t n = strlen(text);
    fputs(text, f);
    if (n == 0 || text[n - 1] != '\n') fputc('\n', f);
    fflush(f);
}

void dlog(const char *fmt, ...) {
    char small[1024], *buf = small;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof small) {
        buf = xmalloc((size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf(buf, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    put(log_file ? log_file : stderr, buf);
    if (buf != small) free(buf);
}

int dlog_has_file(void) { return log_file != NULL; }

void dlog_close(void) {
    if (log_file) fclose(log_file);
    log_file = NULL;
}
