/*
 * efun_file.c — the file efuns: read_file, write_file, read_bytes,
 * write_bytes, read_buffer, write_buffer, file_size, file_length, get_dir,
 * stat, mkdir, rmdir, rm, rename, cp, link.
 *
 * Every one first passes its paths through path_valid() (master
 * valid_read/valid_write with the 2.7 efun names, confinement to the
 * mudlib root) and then behaves as FluffOS 2.7 does, including its return
 * conventions: rename() and link() return 0 on success, cp() 1 or a
 * negative code, file_size() -1 for missing and -2 for directories.
 * A FILE * is never held across anything that may raise an LPC error.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "efun.h"
#include "../base/mem.h"
#include "../vm/vm.h"
#include "../vm/limits.h"
#include "../runtime/object.h"
#include "../runtime/path.h"

int64_t limit_read_file_size = 200000;
int64_t limit_byte_transfer = 10000;

/* path_valid() for a string argument, as the current object. */
static int check(const svalue *path, const char *fn, int writing, host_path *hp) {
    return path_valid(path->u.s->data, path->u.s->len, vm_current_object, fn, writing, hp);
}

/* The last component of a normalised mud path ("/" for the root). */
static const char *base_name(const char *mud) {
    const char *s = strrchr(mud, '/');
    return s && s[1] ? s + 1 : mud;
}

/* ------------------------------------------------------------- reading */

/* Appends bytes [p, p+n) of a read_file range to the string in *out,
 * dropping a CR that comes right before a LF (a CR at the end of a chunk
 * waits in *cr). Stops after the line that makes *lines reach 0 (when
 * *lines was positive). Returns bytes consumed, or -1 on a NUL byte. */
static long take_lines(svalue *out, const char *p, size_t n, int64_t *lines, int *cr) {
    size_t i = 0, run = 0;
    for (; i < n; i++) {
        char c = p[i];
        if (c == '\0') return -1;
        if (*cr) {
            *cr = 0;
            if (c != '\n') out->u.s = str_append(out->u.s, "\r", 1);
        }
        if (c == '\r') {
            out->u.s = str_append(out->u.s, p + run, i - run);
            run = i + 1;
            *cr = 1;
            continue;
        }
        if (c == '\n' && *lines > 0 && --*lines == 0) { i++; break; }
    }
    out->u.s = str_append(out->u.s, p + run, i - run);
    return (long)i;
}

/* read_file(file, start_line, lines): the text from line start_line
 * (lines < 1 count as 1) for `lines` lines (0: to the end); 0 when the
 * file is missing, a directory, refused, has fewer than start_line - 1
 * newlines, or the text is over `maximum read file size`; "" for an empty
 * file or a start just past a final newline. */
void f_read_file(svalue *argv, int argc, svalue *ret) {
    int64_t skip = (argc > 1 ? argv[1].u.n : 1) - 1, lines = argc > 2 ? argv[2].u.n : 0;
    host_path hp;
    struct stat st;
    char buf[65536];
    if (lines < 0 || !check(&argv[0], "read_file", 0, &hp)) return;
    if (stat(hp.host, &st) == -1 || S_ISDIR(st.st_mode)) return;
    FILE *f = fopen(hp.host, "rb");
    if (!f) return;
    sv_set_str(ret, str_alloc(0));
    int cr = 0, started = skip <= 0, bad = 0, counted = lines > 0;
    size_t n;
    while (!bad && (n = fread(buf, 1, sizeof buf, f)) > 0) {
        const char *p = buf, *end = buf + n;
        while (!started && p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            p = nl ? nl + 1 : end;
            if (nl && --skip == 0) started = 1;
        }
        if (!started || p == end) continue;
        long used = take_lines(ret, p, (size_t)(end - p), &lines, &cr);
        if (used < 0) bad = 2;
        else if ((int64_t)ret->u.s->len > limit_read_file_size) bad = 1;
        else if (counted && lines == 0) break;
    }
    fclose(f);
    if (cr) ret->u.s = str_append(ret->u.s, "\r", 1);
    if (bad == 2) vm_error("Attempted to read '\\0' into string!");
    if (bad || !started) sv_free(ret);
}

/* Reads up to `len` bytes from `start` (negative: from the end; len 0:
 * all) of host file h into a new string; NULL when there is nothing.
 * Raises an error when len is over `maximum byte transfer`. */
static lstr *read_range(const char *h, int64_t start, int64_t len) {
    struct stat st;
    lstr *s = NULL;
    int too_big = 0;
    if (len < 0) return NULL;
    FILE *f = fopen(h, "rb");
    if (!f) return NULL;
    if (fstat(fileno(f), &st) == 0 && !S_ISDIR(st.st_mode)) {
        int64_t size = st.st_size;
        if (start < 0) start += size;
        if (len == 0) len = size;
        too_big = len > limit_byte_transfer;
        if (!too_big && start >= 0 && start < size && fseeko(f, start, SEEK_SET) == 0) {
            if (start + len > size) len = size - start;
            s = str_alloc((size_t)len);
            s->len = fread(s->data, 1, (size_t)len, f);
            s->data[s->len] = '\0';
        }
    }
    fclose(f);
    if (too_big) vm_error("Transfer exceeded maximum allowed number of bytes.");
    if (s && s->len == 0) { str_free(s); s = NULL; }
    return s;
}

/* read_bytes(file, start, len): the bytes as a string, or 0. */
void f_read_bytes(svalue *argv, int argc, svalue *ret) {
    host_path hp;
    if (!check(&argv[0], "read_bytes", 0, &hp)) return;
    lstr *s = read_range(hp.host, argc > 1 ? argv[1].u.n : 0, argc > 2 ? argv[2].u.n : 0);
    if (s) sv_set_str(ret, s);
}

/* read_buffer(file|buffer, start, len): a file's bytes as a buffer, or a
 * buffer's bytes (up to its first NUL) as a string; 0 when out of range. */
void f_read_buffer(svalue *argv, int argc, svalue *ret) {
    int64_t start = argc > 1 ? argv[1].u.n : 0, len = argc > 2 ? argv[2].u.n : 0;
    if (argv[0].type == T_STRING) {
        host_path hp;
        if (!check(&argv[0], "read_bytes", 0, &hp)) return;
        lstr *s = read_range(hp.host, start, len);
        if (!s) return;
        buffer *b = buf_new(s->len);
        memcpy(b->data, s->data, s->len);
        str_free(s);
        sv_set_buf(ret, b);
        return;
    }
    buffer *b = argv[0].u.b;
    int64_t size = b->size;
    if (len < 0) return;
    if (start < 0 && (start += size) < 0) return;
    if (len == 0) len = size;
    if (start >= size) return;
    if (start + len > size) len = size - start;
    const uint8_t *p = b->data + start;
    const uint8_t *nul = memchr(p, 0, (size_t)len);
    sv_set_str(ret, str_new((const char *)p, nul ? (size_t)(nul - p) : (size_t)len));
}

/* file_size(file): bytes, -1 if missing or refused, -2 for a directory. */
void f_file_size(svalue *argv, int argc, svalue *ret) {
    host_path hp;
    struct stat st;
    if (!check(&argv[0], "file_size", 0, &hp) || stat(hp.host, &st) == -1) sv_set_int(ret, -1);
    else sv_set_int(ret, S_ISDIR(st.st_mode) ? -2 : st.st_size);
}

/* file_length(file): the number of lines, -1 if missing, -2 for a directory. */
void f_file_length(svalue *argv, int argc, svalue *ret) {
    host_path hp;
    struct stat st;
    char buf[65536];
    size_t n;
    int64_t lines = 0;
    sv_set_int(ret, -1);
    if (!check(&argv[0], "file_size", 0, &hp) || stat(hp.host, &st) == -1) return;
    if (S_ISDIR(st.st_mode)) { sv_set_int(ret, -2); return; }
    FILE *f = fopen(hp.host, "rb");
    if (!f) return;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        for (const char *p = buf; (p = memchr(p, '\n', (size_t)(buf + n - p))); p++) lines++;
    fclose(f);
    sv_set_int(ret, lines);
}

/* ------------------------------------------------------------- writing */

/* write_file(file, text, flag): appends (flag 1: overwrites); 1 on success,
 * 0 if refused; an error if the file can't be opened. */
void f_write_file(svalue *argv, int argc, svalue *ret) {
    host_path hp;
    int overwrite = argc > 2 && (argv[2].u.n & 1);
    if (!check(&argv[0], "write_file", 1, &hp)) return;
    FILE *f = fopen(hp.host, overwrite ? "wb" : "ab");
    if (f) {
        const lstr *s = argv[1].u.s;
        size_t put = fwrite(s->data, 1, s->len, f);
        sv_set_int(ret, fclose(f) == 0 && put == s->len);
        return;
    }
    vm_error("Wrong permissions for opening file %s for %s.\n\"%s\"", hp.mud,
             overwrite ? "overwrite" : "append", strerror(errno));
}

/* Writes n bytes at `start` (negative: from the end) of host file h,
 * creating it if missing; 1 on success, 0 when out of range or failing. */
static int write_range(const char *h, int64_t start, const void *p, size_t n) {
    struct stat st;
    if ((int64_t)n > limit_byte_transfer) return 0;
    FILE *f = fopen(h, stat(h, &st) == -1 ? "wb" : "r+b");
    if (!f) return 0;
    if (fstat(fileno(f), &st) == -1) { fclose(f); return 0; }
    if (start < 0) start += st.st_size;
    int ok = start >= 0 && start <= st.st_size && fseeko(f, start, SEEK_SET) == 0 &&
             fwrite(p, 1, n, f) == n && n > 0;
    return fclose(f) == 0 && ok;
}

/* The bytes of a write_bytes/write_buffer source: a string, a buffer, or
 * an int as 4 big-endian bytes (net[] holds those). */
static const void *source_bytes(const svalue *v, uint8_t net[4], size_t *n) {
    if (v->type == T_STRING) { *n = v->u.s->len; return v->u.s->data; }
    if (v->type == T_BUFFER) { *n = v->u.b->size; return v->u.b->data; }
    uint32_t x = (uint32_t)v->u.n;
    net[0] = (uint8_t)(x >> 24); net[1] = (uint8_t)(x >> 16);
    net[2] = (uint8_t)(x >> 8); net[3] = (uint8_t)x;
    *n = 4;
    return net;
}

/* write_bytes(file, start, text): overwrites bytes in place; 1 or 0. */
void f_write_bytes(svalue *argv, int argc, svalue *ret) {
    host_path hp;
    uint8_t net[4];
    size_t n;
    if (argv[2].type == T_INT && argv[2].u.n == 0) efun_bad_arg(efun_lookup("write_bytes"), 3, &argv[2]);
    if (!check(&argv[0], "write_bytes", 1, &hp)) return;
    const void *p = source_bytes(&argv[2], net, &n);
    sv_set_int(ret, write_range(hp.host, argv[1].u.n, p, n));
}

/* write_buffer(file|buffer, start, source): into a file as write_bytes,
 * or into the buffer in place (never past its end); 1 or 0. */
void f_write_buffer(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type == T_STRING) { f_write_bytes(argv, argc, ret); return; }
    uint8_t net[4];
    size_t n;
    const void *p = source_bytes(&argv[2], net, &n);
    buffer *b = argv[0].u.b;
    int64_t start = argv[1].u.n;
    if (start < 0 && (start += b->size) < 0) return;
    if (start + (int64_t)n > (int64_t)b->size) return;
    memmove(b->data + start, p, n);
    sv_set_int(ret, 1);
}

/* -------------------------------------------------------- directories */

/* 2.7 get_dir wildcards: '*' any run, '?' one byte, '\' quotes the next. */
static int wild_match(const char *pat, const char *s) {
    for (;; pat++, s++) {
        switch (*pat) {
        case '\0': return *s == '\0';
        case '?': if (!*s) return 0; break;
        case '*':
            if (!*++pat) return 1;
            for (; *s; s++) if (wild_match(pat, s)) return 1;
            return 0;
        case '\\':
            if (!*++pat) return 0;
            /* fall through */
        default:
            if (*pat != *s) return 0;
        }
    }
}

/* One get_dir entry: the name, or ({ name, size or -2, mtime }). */
static void dir_entry(svalue *dst, const char *name, const struct stat *st, int details) {
    if (!details) { sv_set_str(dst, str_newz(name)); return; }
    array *a = arr_new(3);
    sv_set_str(&a->item[0], str_newz(name));
    sv_set_int(&a->item[1], S_ISDIR(st->st_mode) ? -2 : st->st_size);
    sv_set_int(&a->item[2], st->st_mtime);
    sv_set_arr(dst, a);
}

static int name_cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in host directory dir matching pattern (NULL: all but "." and
 * ".."), sorted, as a NULL-terminated xmalloc'd vector; NULL if unreadable. */
static char **list_names(const char *dir, const char *pattern, size_t *count) {
    DIR *d = opendir(dir);
    if (!d) return NULL;
    size_t n = 0, cap = 16, max = limit_array_size > 0 ? (size_t)limit_array_size : SIZE_MAX;
    char **v = xmalloc(cap * sizeof *v);
    struct dirent *de;
    while (n < max && (de = readdir(d))) {
        const char *s = de->d_name;
        if (pattern ? !wild_match(pattern, s) : !strcmp(s, ".") || !strcmp(s, "..")) continue;
        if (n + 1 >= cap) v = xrealloc(v, (cap *= 2) * sizeof *v);
        v[n++] = xstrdup(s);
    }
    closedir(d);
    qsort(v, n, sizeof *v, name_cmp);
    *count = n;
    return v;
}

/* get_dir as 2.7: "dir/" lists the directory, an existing path gives its
 * own entry, otherwise the last component is a wildcard pattern matched in
 * its parent. Stores the array in *ret, or leaves 0. */
static void get_dir(const svalue *path, int details, svalue *ret) {
    host_path hp;
    struct stat st;
    char dir[PATH_MAX + 1];
    const char *pattern = NULL;
    if (!check(path, "stat", 0, &hp)) return;
    int exists = stat(hp.host, &st) == 0;
    if (exists && !hp.trailing_slash) {
        array *a = arr_new(1);
        sv_set_arr(ret, a);
        dir_entry(&a->item[0], base_name(hp.mud), &st, details);
        return;
    }
    if (!exists && hp.trailing_slash) return;
    strcpy(dir, hp.host);
    if (!exists) {
        char *slash = strrchr(dir, '/');
        pattern = base_name(hp.mud);
        if (slash) *slash = '\0';
    }
    size_t n, dl = strlen(dir);
    char **names = list_names(dir, pattern, &n);
    if (!names) return;
    array *a = arr_new(n);
    sv_set_arr(ret, a);
    for (size_t i = 0; i < n; i++) {
        if (details) {
            char full[PATH_MAX * 2];
            snprintf(full, sizeof full, "%.*s/%s", (int)dl, dir, names[i]);
            if (stat(full, &st) == -1) memset(&st, 0, sizeof st);
        }
        dir_entry(&a->item[i], names[i], &st, details);
        free(names[i]);
    }
    free(names);
}

void f_get_dir(svalue *argv, int argc, svalue *ret) {
    get_dir(&argv[0], argc > 1 && argv[1].u.n == -1, ret);
}

/* stat(path, flag): ({ size, mtime, load time of its object or 0 }) for a
 * regular file; otherwise what get_dir(path, flag) gives. */
void f_stat(svalue *argv, int argc, svalue *ret) {
    host_path hp;
    struct stat st;
    if (!check(&argv[0], "stat", 0, &hp)) return;
    if (stat(hp.host, &st) == 0 && S_ISREG(st.st_mode)) {
        size_t ml = strlen(hp.mud);
        if (ml > 2 && !strcmp(hp.mud + ml - 2, ".c")) hp.mud[ml - 2] = '\0';
        object *ob = obj_find(hp.mud);
        array *a = arr_new(3);
        sv_set_int(&a->item[0], st.st_size);
        sv_set_int(&a->item[1], st.st_mtime);
        sv_set_int(&a->item[2], ob && !obj_destructed(ob) ? ob->load_time : 0);
        sv_set_arr(ret, a);
        return;
    }
    get_dir(&argv[0], argc > 1 && argv[1].u.n == -1, ret);
}

void f_mkdir(svalue *argv, int argc, svalue *ret) {
    host_path hp;
    sv_set_int(ret, check(&argv[0], "mkdir", 1, &hp) && mkdir(hp.host, 0770) == 0);
}

void f_rmdir(svalue *argv, int argc, svalue *ret) {
    host_path hp;
    sv_set_int(ret, check(&argv[0], "rmdir", 1, &hp) && rmdir(hp.host) == 0);
}

void f_rm(svalue *argv, int argc, svalue *ret) {
    host_path hp;
    sv_set_int(ret, check(&argv[0], "remove_file", 1, &hp) && unlink(hp.host) == 0);
}

/* ------------------------------------------------- rename, cp and link */

/* If `to` names a directory, makes it name `from`'s base name inside it.
 * Returns 0 when the combined path would leave the root. */
static int into_dir(const host_path *from, host_path *to) {
    struct stat st;
    char mud[PATH_MAX * 2];
    if (stat(to->host, &st) != 0 || !S_ISDIR(st.st_mode)) return 1;
    snprintf(mud, sizeof mud, "%s/%s", to->mud, base_name(from->mud));
    return path_resolve(mud, strlen(mud), to);
}

/* Copies host file `from` to `to`: 1, or -1/-2/-3 as 2.7's cp(). */
static int copy_bytes(const char *from, const char *to) {
    char buf[65536];
    ssize_t n;
    int in = open(from, O_RDONLY);
    if (in < 0) return -1;
    int out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (out < 0) { close(in); return -2; }
    int r = 1;
    while (r == 1 && (n = read(in, buf, sizeof buf)) != 0) {
        if (n < 0) { r = -3; break; }
        for (ssize_t off = 0; off < n; ) {
            ssize_t w = write(out, buf + off, (size_t)(n - off));
            if (w < 0) { r = -3; break; }
            off += w;
        }
    }
    close(in);
    if (close(out) != 0) r = -3;
    return r;
}

/* The checks rename, link and cp share: `from` must exist and differ from
 * `to`. Raises 2.7's errors. */
static void check_move(const host_path *from, const host_path *to, int to_may_be_dir) {
    struct stat fs, ts;
    if (lstat(from->host, &fs) != 0) vm_error("%s: lstat failed", from->mud);
    if (lstat(to->host, &ts) == 0) {
        if (fs.st_dev == ts.st_dev && fs.st_ino == ts.st_ino)
            vm_error("`%s' and `%s' are the same file", from->mud, to->mud);
        if (!to_may_be_dir && S_ISDIR(ts.st_mode))
            vm_error("%s: cannot overwrite directory", to->mud);
    } else if (errno != ENOENT) {
        vm_error("%s: unknown error", to->mud);
    }
}

/* rename and link: 0 on success, 1 on failure (2.7's convention). */
static int move_or_link(svalue *argv, int linking) {
    host_path from, to;
    if (!check(&argv[0], "rename", 1, &from) || !check(&argv[1], "rename", 1, &to)) return 1;
    size_t fl = strlen(from.host);            /* 2.7 strips `from`'s trailing slashes */
    while (fl > 1 && from.host[fl - 1] == '/') from.host[--fl] = '\0';
    if (!into_dir(&from, &to)) return 1;
    check_move(&from, &to, 0);
    if (linking) {
        if (link(from.host, to.host) == 0) return 0;
        vm_error("cannot link `%s' to `%s'", from.mud, to.mud);
    }
    if (rename(from.host, to.host) == 0) return 0;
    if (errno != EXDEV) vm_error("cannot move `%s' to `%s'", from.mud, to.mud);
    if (copy_bytes(from.host, to.host) != 1) return 1;
    if (unlink(from.host) != 0) vm_error("cannot remove `%s'", from.mud);
    return 0;
}

void f_rename(svalue *argv, int argc, svalue *ret) {
    sv_set_int(ret, move_or_link(argv, 0));
}

/* link(from, to): asks the master's valid_link first; 0 if refused. */
void f_link(svalue *argv, int argc, svalue *ret) {
    svalue *base = vm_sp;
    push_svalue(&argv[0]);
    push_svalue(&argv[1]);
    svalue *r = master_ob ? vm_apply_master("valid_link", 2) : NULL;
    int ok = r && sv_truthy(r);
    if (vm_sp > base) vm_pop((int)(vm_sp - base));
    if (ok) sv_set_int(ret, move_or_link(argv, 1));
}

/* cp(from, to): 1, or -1 (source refused or unreadable), -2 (target
 * refused or unwritable), -3 (I/O error). */
void f_cp(svalue *argv, int argc, svalue *ret) {
    host_path from, to;
    if (!check(&argv[0], "move_file", 0, &from)) { sv_set_int(ret, -1); return; }
    if (!check(&argv[1], "move_file", 1, &to)) { sv_set_int(ret, -2); return; }
    check_move(&from, &to, 1);
    if (!into_dir(&from, &to)) { sv_set_int(ret, -2); return; }
    check_move(&from, &to, 1);      /* 2.7 checks the file inside a target dir too */
    sv_set_int(ret, copy_bytes(from.host, to.host));
}
