/*
 * path.c — mud paths to host paths, confined to the mudlib root, and the
 * master's valid_read/valid_write check every file efun makes first.
 *
 * Confinement has two parts: the mud path is normalised lexically ("..",
 * "." and repeated slashes) and may not climb above "/"; then the host
 * path, or for a file that does not exist yet its nearest existing parent,
 * must lie inside the real root once symlinks are followed. A dangling
 * symlink is refused (writing through it could create a file anywhere).
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "path.h"
#include "object.h"
#include "../vm/vm.h"

const char *rt_mudlib_dir __attribute__((weak)) = ".";

static char root_real[PATH_MAX];
static size_t root_len;
static const char *root_for;        /* rt_mudlib_dir root_real was made from */

/* The real (symlink-free, absolute) host path of the mudlib root. */
static const char *root_dir(void) {
    if (root_for != rt_mudlib_dir || !root_len) {
        if (!realpath(rt_mudlib_dir, root_real)) {
            strncpy(root_real, rt_mudlib_dir, sizeof root_real - 1);
            root_real[sizeof root_real - 1] = '\0';
        }
        root_len = strlen(root_real);
        while (root_len > 1 && root_real[root_len - 1] == '/') root_real[--root_len] = '\0';
        root_for = rt_mudlib_dir;
    }
    return root_real;
}

int path_normalize(const char *in, size_t len, char *out, size_t outsz) {
    size_t o = 0, i = 0;
    if (outsz < 2) return 0;
    while (i < len) {
        while (i < len && in[i] == '/') i++;
        size_t start = i;
        while (i < len && in[i] != '/') i++;
        size_t n = i - start;
        if (n == 0 || (n == 1 && in[start] == '.')) continue;
        if (n == 2 && in[start] == '.' && in[start + 1] == '.') {
            if (o == 0) return 0;                      /* above the root */
            do o--; while (o > 0 && out[o] != '/');    /* drop "/name" */
            continue;
        }
        if (memchr(in + start, '\0', n) || o + 1 + n + 1 > outsz) return 0;
        out[o] = '/';
        memcpy(out + o + 1, in + start, n);
        o += 1 + n;
    }
    if (o == 0) out[o++] = '/';
    out[o] = '\0';
    return 1;
}

/* Whether real host path p lies inside the root. */
static int inside_root(const char *p) {
    const char *r = root_dir();
    if (root_len == 1 && r[0] == '/') return 1;
    return strncmp(p, r, root_len) == 0 && (p[root_len] == '/' || p[root_len] == '\0');
}

/* Whether host path h, once symlinks are followed, stays inside the root. */
static int confined(const char *h) {
    char real[PATH_MAX], tmp[PATH_MAX];
    struct stat st;
    if (realpath(h, real)) return inside_root(real);
    if (lstat(h, &st) == 0) return 0;            /* dangling or looping link */
    strcpy(tmp, h);
    for (;;) {
        char *slash = strrchr(tmp, '/');
        if (!slash || slash == tmp) return 0;
        *slash = '\0';
        if (realpath(tmp, real)) return inside_root(real);
        if (lstat(tmp, &st) == 0) return 0;
    }
}

int path_resolve(const char *mudpath, size_t len, host_path *hp) {
    const char *root = root_dir();
    size_t n = len;
    if (!path_normalize(mudpath, len, hp->mud, sizeof hp->mud)) return 0;
    while (n > 0 && mudpath[n - 1] == '.' && n >= 2 && mudpath[n - 2] == '/') n -= 1;
    hp->trailing_slash = (n > 0 && mudpath[n - 1] == '/') || strcmp(hp->mud, "/") == 0;
    size_t ml = strlen(hp->mud);
    if (root_len + ml + 1 > sizeof hp->host) return 0;
    memcpy(hp->host, root, root_len);
    if (ml > 1) memcpy(hp->host + root_len, hp->mud, ml + 1);
    else hp->host[root_len] = '\0';
    if (root_len == 1 && root[0] == '/' && ml > 1) memmove(hp->host, hp->mud, ml + 1);
    /* 2.7 hands "dir/" to the host as it is: "file/" is then no file. */
    if (hp->trailing_slash && ml > 1) {
        size_t hl = strlen(hp->host);
        if (hl + 2 > sizeof hp->host) return 0;
        hp->host[hl] = '/';
        hp->host[hl + 1] = '\0';
    }
    return confined(hp->host);
}

int path_valid(const char *path, size_t len, object *ob, const char *fn,
               int writing, host_path *hp) {
    char replaced[PATH_MAX];
    if (master_ob && !obj_destructed(master_ob)) {
        if (!ob || obj_destructed(ob)) return 0;
        svalue *base = vm_sp;
        push_str(str_new(path, len));
        push_object(ob);
        push_cstr(fn);
        svalue *r = vm_apply_master(writing ? "valid_write" : "valid_read", 3);
        int ok = !(r && r->type == T_INT && r->u.n == 0);
        if (ok && r && r->type == T_STRING) {
            if (r->u.s->len >= sizeof replaced) ok = 0;
            else {
                memcpy(replaced, r->u.s->data, r->u.s->len);
                len = r->u.s->len;
                path = replaced;
            }
        }
        if (vm_sp > base) vm_pop((int)(vm_sp - base));
        if (!ok) return 0;
    }
    return path_resolve(path, len, hp);
}
