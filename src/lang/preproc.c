/*
 * preproc.c — the preprocessor's file side: the stack of files being read,
 * #include and its search rules, conditional groups, and the directives
 * other than #define/#undef (macro.c) and the #if arithmetic (ppexpr.c).
 *
 * Files are read whole into memory (with a newline added if the last line
 * lacks one, then a NUL sentinel) and stay there until lex_close, because
 * tokens keep pointers into them. Paths are mud paths ("/std/user.c");
 * compile_options.mudlib is the host directory they live under.
 *
 * Search rules (FluffOS 2.7): #include "x" is first taken relative to the
 * directory of the file that contains the directive ("/x" from the
 * mudlib root), then in each include directory; #include <x> only in the
 * include directories; a name containing ".." is never looked up in the
 * include directories. `#include MACRO` works when the macro expands to a
 * string or to <...>.
 *
 * Conditionals: a false group is skipped line by line, looking only at
 * lines whose first non-blank character is '#' (nothing else in it is
 * tokenized, as in 2.7). Groups must close before the end of the compile,
 * not necessarily in the file that opened them.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../base/mem.h"
#include "macro.h"
#include "preproc.h"

#define MAX_INCLUDE_DEPTH 32
#define PATH_CAP 1024

static inline int is_hspace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* ------------------------------------------------------------------- paths */

/* Appends the components of `s` to the path out[0..*n), resolving "." and
 * "..". Returns 0 if the path climbs above the root or gets too long. */
static int path_add(char *out, size_t *n, const char *s) {
    while (*s) {
        const char *e = s;
        size_t len;
        while (*e && *e != '/') e++;
        len = (size_t)(e - s);
        if (len == 2 && s[0] == '.' && s[1] == '.') {
            if (*n == 0) return 0;
            while (*n > 0 && out[*n - 1] != '/') (*n)--;
            if (*n > 0) (*n)--;
        } else if (len && !(len == 1 && s[0] == '.')) {
            if (*n + len + 2 > PATH_CAP) return 0;
            out[(*n)++] = '/';
            memcpy(out + *n, s, len);
            *n += len;
        }
        s = *e ? e + 1 : e;
    }
    return 1;
}

/* The mud path for `name` seen from directory `dir` (an absolute name
 * ignores dir), normalised to "/a/b" in out[PATH_CAP]; 0 if invalid. */
int pp_path_join(const char *dir, const char *name, char *out) {
    size_t n = 0;
    if (*name != '/' && dir && !path_add(out, &n, dir)) return 0;
    if (!path_add(out, &n, name)) return 0;
    if (n == 0) out[n++] = '/';
    out[n] = 0;
    return 1;
}

/* Reads the mud file `path`; NULL if it is not a readable regular file.
 * The text gets a final newline if missing, then a NUL; *len excludes it. */
static char *load_file(const lexer *lx, const char *path, size_t *len) {
    const char *root = lx->opts->mudlib ? lx->opts->mudlib : ".";
    char host[PATH_CAP * 2];
    struct stat st;
    char *buf;
    size_t n = 0;
    int fd;

    snprintf(host, sizeof host, "%s%s", root, path);
    fd = open(host, O_RDONLY);
    if (fd < 0) return NULL;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return NULL;
    }
    buf = xmalloc((size_t)st.st_size + 2);
    while (n < (size_t)st.st_size) {
        ssize_t r = read(fd, buf + n, (size_t)st.st_size - n);
        if (r <= 0) break;
        n += (size_t)r;
    }
    close(fd);
    if (n && buf[n - 1] != '\n') buf[n++] = '\n';
    buf[n] = 0;
    *len = n;
    return buf;
}

static void push_file(lexer *lx, const char *path, char *text, size_t len) {
    infile *f = xmalloc(sizeof *f);
    pv_push(&lx->texts, text);
    f->sb.p = text;
    f->sb.end = text + len;
    f->sb.file = lex_own_str(lx, str_internz(path));
    f->sb.line = 1;
    f->sb.bol = 1;
    f->prev = lx->in;
    lx->in = f;
    lx->depth++;
}

int pp_push_main(lexer *lx, const char *path) {
    char norm[PATH_CAP];
    size_t len;
    char *text = pp_path_join(NULL, path, norm) ? load_file(lx, norm, &len) : NULL;
    if (!text) {
        compile_error(lex_own_str(lx, str_internz(path)), 0, "Cannot open %s", path);
        return 0;
    }
    push_file(lx, norm, text, len);
    return 1;
}

/* Finds and pushes the file for an #include of `name`; reports failure at
 * `from`:`line`. */
static void include_file(lexer *lx, const char *name, int quoted, lstr *from, uint32_t line) {
    char path[PATH_CAP], dir[PATH_CAP];
    char *text = NULL;
    size_t len = 0;

    if (lx->depth >= MAX_INCLUDE_DEPTH) {
        compile_error(from, line, "Maximum include depth exceeded.");
        return;
    }
    if (quoted) {
        const char *slash = strrchr(from->data, '/');
        size_t n = slash ? (size_t)(slash - from->data) : 0;
        memcpy(dir, from->data, n < PATH_CAP ? n : PATH_CAP - 1);
        dir[n < PATH_CAP ? n : PATH_CAP - 1] = 0;
        if (pp_path_join(dir, name, path)) text = load_file(lx, path, &len);
    }
    if (!text && !strstr(name, "..") && lx->opts->include_dirs) {
        const char *rel = name;
        while (*rel == '/') rel++;
        for (const char **d = lx->opts->include_dirs; *d && !text; d++)
            if (pp_path_join(*d, rel, path)) text = load_file(lx, path, &len);
    }
    if (!text) {
        compile_error(from, line, "Cannot #include %s", name);
        return;
    }
    push_file(lx, path, text, len);
}

/* "<x>" / "\"x\"" / "x" from the config: included before the main file. */
void pp_global_include(lexer *lx, const char *spec) {
    char name[PATH_CAP];
    size_t n = strlen(spec);
    int quoted = spec[0] == '"';
    if ((spec[0] == '<' || quoted) && n >= 2) { spec++; n -= 2; }
    if (n >= PATH_CAP) n = PATH_CAP - 1;
    memcpy(name, spec, n);
    name[n] = 0;
    include_file(lx, name, quoted, lx->in->sb.file, 1);
}

void pp_close(lexer *lx) {
    while (lx->in) {
        infile *f = lx->in;
        lx->in = f->prev;
        free(f);
    }
}

/* ------------------------------------------------------------ line helpers */

/* Consumes the rest of a directive line (comments may carry it over
 * newlines, as may a backslash), including its newline. */
void pp_skip_line(scanbuf *sb) {
    const char *p = sb->p;
    while (p < sb->end) {
        if (*p == '\n') { p++; sb->line++; break; }
        if (*p == '\\' && p[1] == '\n') { p += 2; sb->line++; continue; }
        if (*p == '/' && p[1] == '/') {
            while (p < sb->end && *p != '\n') p++;
            continue;
        }
        if (*p == '/' && p[1] == '*') {
            for (p += 2; p < sb->end && !(p[0] == '*' && p[1] == '/'); p++)
                if (*p == '\n') sb->line++;
            p = p < sb->end ? p + 2 : p;
            continue;
        }
        p++;
    }
    sb->p = p;
    sb->bol = 1;
}

/* The raw rest of the line, trimmed, for #error/#echo; consumes the line. */
static const char *rest_of_line(lexer *lx, scanbuf *sb) {
    const char *s = sb->p, *e;
    while (is_hspace(*s)) s++;
    e = memchr(s, '\n', (size_t)(sb->end - s));
    if (!e) e = sb->end;
    while (e > s && is_hspace(e[-1])) e--;
    lx->slen = 0;
    lex_sbuf_add(lx, s, (size_t)(e - s));
    lex_sbuf_add(lx, "", 1);
    sb->p = e;
    pp_skip_line(sb);
    return lx->sbuf;
}

/* ------------------------------------------------------------ conditionals */

static void cond_push(lexer *lx, int taken, lstr *file, uint32_t line) {
    if (lx->ncond == lx->condcap) {
        lx->condcap = lx->condcap ? lx->condcap * 2 : 8;
        lx->conds = xrealloc(lx->conds, lx->condcap * sizeof *lx->conds);
    }
    lx->conds[lx->ncond].file = file;
    lx->conds[lx->ncond].line = line;
    lx->conds[lx->ncond].taken = (uint8_t)(taken != 0);
    lx->ncond++;
}

/* Reads a directive name after '#' at p into w[16]; returns the position after it. */
static const char *directive_word(const char *p, char *w) {
    size_t n = 0;
    while (is_hspace(*p)) p++;
    while (((*p | 32) >= 'a' && (*p | 32) <= 'z') || *p == '_') {
        if (n < 15) w[n++] = *p;
        p++;
    }
    w[n] = 0;
    return p;
}

/* Skips the lines of a false group of the innermost conditional. Stops
 * after #endif (popping it), after #else when no group was taken yet, or
 * after an #elif whose condition holds; nested conditionals are skipped
 * whole. */
static void skip_group(lexer *lx) {
    scanbuf *sb = &lx->in->sb;
    cond *c = &lx->conds[lx->ncond - 1];
    const char *p = sb->p;
    int nest = 0;
    char w[16];

    for (;;) {
        if (p >= sb->end) {
            sb->p = p;
            compile_error(c->file, c->line, "Missing #endif");
            lx->ncond--;
            return;
        }
        while (is_hspace(*p)) p++;
        if (*p == '#') {
            p = directive_word(p + 1, w);
            if (!strcmp(w, "if") || !strcmp(w, "ifdef") || !strcmp(w, "ifndef")) {
                nest++;
            } else if (nest) {
                nest -= !strcmp(w, "endif");
            } else if (!strcmp(w, "endif")) {
                sb->p = p;
                pp_skip_line(sb);
                lx->ncond--;
                return;
            } else if (!strcmp(w, "else") && !c->taken) {
                c->taken = 1;
                sb->p = p;
                pp_skip_line(sb);
                return;
            } else if (!strcmp(w, "elif") && !c->taken) {
                sb->p = p;
                if (pp_eval_line(lx, sb)) {
                    c = &lx->conds[lx->ncond - 1];
                    c->taken = 1;
                    return;
                }
                c = &lx->conds[lx->ncond - 1];
                p = sb->p;
                continue;
            }
        }
        while (p < sb->end && *p != '\n') p++;
        if (p < sb->end) { p++; sb->line++; }
    }
}

/* #ifdef / #ifndef: is the first word of the line a macro? (A number, as
 * in TMI-2's `#ifdef 0`, is never defined.) */
static int ifdef_test(lexer *lx, scanbuf *sb, uint32_t line) {
    ptok t;
    int k = scan_token(lx, sb, &t, SCAN_LINE);
    if (k == PK_EOL || k == TK_EOF) {
        compile_error(sb->file, line, "Illegal # command");
        return 0;
    }
    pp_skip_line(sb);
    return t.id && t.id->m;
}

static void do_if(lexer *lx, int taken, lstr *file, uint32_t line) {
    cond_push(lx, taken, file, line);
    if (!taken) skip_group(lx);
}

/* #elif / #else met while compiling a group: the rest is skipped. */
static void do_else(lexer *lx, scanbuf *sb, const char *what, uint32_t line) {
    pp_skip_line(sb);
    if (!lx->ncond) {
        compile_error(sb->file, line, "Unexpected #%s", what);
        return;
    }
    lx->conds[lx->ncond - 1].taken = 1;
    skip_group(lx);
}

static void do_endif(lexer *lx, scanbuf *sb, uint32_t line) {
    pp_skip_line(sb);
    if (!lx->ncond)
        compile_error(sb->file, line, "Unexpected #endif");
    else
        lx->ncond--;
}

/* -------------------------------------------------------- other directives */

/* #include "x" | <x> | MACRO */
static void do_include(lexer *lx, scanbuf *sb, uint32_t line) {
    char name[PATH_CAP];
    int quoted = 0;
    const char *p = sb->p;
    lstr *from = sb->file;

    name[0] = 0;
    while (is_hspace(*p)) p++;
    if (*p == '"' || *p == '<') {
        char close = *p == '"' ? '"' : '>';
        const char *s = ++p;
        while (p < sb->end && *p != close && *p != '\n') p++;
        sb->p = p;
        if (*p != close || (size_t)(p - s) >= PATH_CAP) {
            compile_error(from, line, "Missing trailing \" or > in #include");
            pp_skip_line(sb);
            return;
        }
        memcpy(name, s, (size_t)(p - s));
        name[p - s] = 0;
        quoted = close == '"';
        sb->p = p + 1;
        pp_skip_line(sb);
    } else {
        tokvec raw = {0}, x = {0};
        ptok t;
        size_t n = 0;
        int k;
        while ((k = scan_token(lx, sb, &t, SCAN_LINE)) != PK_EOL && k != TK_EOF) tv_push(&raw, &t);
        mac_expand_list(lx, raw.v, raw.n, &x);
        if (x.n == 1 && x.v[0].t.kind == TK_STRING && x.v[0].t.v.s->len < PATH_CAP) {
            memcpy(name, x.v[0].t.v.s->data, x.v[0].t.v.s->len + 1);
            quoted = 1;
        } else if (x.n >= 3 && x.v[0].t.kind == TK_LT && x.v[x.n - 1].t.kind == TK_GT) {
            for (uint32_t i = 1; i + 1 < x.n && n + x.v[i].len < PATH_CAP; i++) {
                memcpy(name + n, x.v[i].sp, x.v[i].len);
                n += x.v[i].len;
            }
            name[n] = 0;
        } else {
            compile_error(from, line, "Missing leading \" or < in #include");
        }
        free(raw.v);
        free(x.v);
        if (!name[0]) return;
    }
    include_file(lx, name, quoted, from, line);
}

/* #pragma name[, name...]: records the flags lex_pragmas reports; the
 * other 2.7 pragmas are accepted and ignored. */
static void do_pragma(lexer *lx, scanbuf *sb, uint32_t line) {
    static const struct { const char *name; uint32_t flag; } pragmas[] = {
        { "strict_types", PRAGMA_STRICT_TYPES }, { "save_binary", PRAGMA_SAVE_BINARY },
        { "warnings", PRAGMA_WARNINGS }, { "save_types", 0 }, { "optimize", 0 },
        { "show_error_context", 0 }, { "error_context", 0 }, { NULL, 0 }
    };
    ptok t;
    int k;
    while ((k = scan_token(lx, sb, &t, SCAN_LINE)) != PK_EOL && k != TK_EOF) {
        const char *s;
        int no, i;
        if (!t.id) continue;
        s = t.id->s->data;
        no = strncmp(s, "no_", 3) == 0;
        s += no ? 3 : 0;
        for (i = 0; pragmas[i].name && strcmp(pragmas[i].name, s); i++) {}
        if (!pragmas[i].name)
            compile_warning(sb->file, line, "Unknown #pragma, ignored.");
        else if (no)
            lx->pragmas &= ~pragmas[i].flag;
        else
            lx->pragmas |= pragmas[i].flag;
    }
}

/* A directive line after its '#'. */
static void directive(lexer *lx) {
    scanbuf *sb = &lx->in->sb;
    uint32_t line = sb->line;
    const char *d;
    ptok t;
    int k = scan_token(lx, sb, &t, SCAN_LINE);

    if (k == PK_EOL || k == TK_EOF) return;            /* a lone '#' */
    d = t.id ? t.id->s->data : "";
    if (!strcmp(d, "define")) mac_define(lx, sb);
    else if (!strcmp(d, "include")) do_include(lx, sb, line);
    else if (!strcmp(d, "if")) do_if(lx, pp_eval_line(lx, sb) != 0, sb->file, line);
    else if (!strcmp(d, "ifdef")) do_if(lx, ifdef_test(lx, sb, line), sb->file, line);
    else if (!strcmp(d, "ifndef")) do_if(lx, !ifdef_test(lx, sb, line), sb->file, line);
    else if (!strcmp(d, "elif") || !strcmp(d, "else")) do_else(lx, sb, d, line);
    else if (!strcmp(d, "endif")) do_endif(lx, sb, line);
    else if (!strcmp(d, "undef")) mac_undef(lx, sb);
    else if (!strcmp(d, "pragma")) do_pragma(lx, sb, line);
    else if (!strcmp(d, "echo")) compile_warning(sb->file, line, "%s", rest_of_line(lx, sb));
    else if (!strcmp(d, "warn")) compile_warning(sb->file, line, "%s", rest_of_line(lx, sb));
    else if (!strcmp(d, "error")) compile_error(sb->file, line, "%s", rest_of_line(lx, sb));
    else if (!strcmp(d, "line") || !strcmp(d, "breakpoint")) pp_skip_line(sb);
    else {
        compile_error(sb->file, line, "Unrecognised # directive");
        pp_skip_line(sb);
    }
}

/* ---------------------------------------------------------------- the feed */

/* The next token of the program text: directives are carried out, false
 * groups skipped, finished include files popped. At the end of the main
 * file it reports unclosed conditionals (once) and returns TK_EOF. */
void pp_next(lexer *lx, ptok *t) {
    for (;;) {
        infile *f = lx->in;
        int k = scan_token(lx, &f->sb, t, SCAN_FILE);
        if (k == PK_DIRECTIVE) {
            directive(lx);
            continue;
        }
        if (k != TK_EOF) return;
        if (f->prev) {
            lx->in = f->prev;
            lx->depth--;
            free(f);
            continue;
        }
        if (!lx->at_eof) {
            lx->at_eof = 1;
            for (uint32_t i = 0; i < lx->ncond; i++)
                compile_error(lx->conds[i].file, lx->conds[i].line, "Missing #endif");
            lx->ncond = 0;
        }
        return;
    }
}
