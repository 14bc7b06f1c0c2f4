/*
 * save.c — the MudOS save text format (see save.h) and the efuns built on
 * it: save_variable, restore_variable, save_object, restore_object.
 *
 * A save file is a header line "#/path/prog.c" and one "name value" line
 * per variable that is not nosave, inherited variables first, in the
 * object's variable order; a value whose text is "0" is left out unless
 * save_object's flag is 1. save_object writes "<file>.tmp" completely,
 * syncs it and renames it over the file, so a crash never leaves half a
 * save. restore_object zeroes the saveable variables first (unless its flag
 * is 1) and hands lines naming no variable to restore_lost_variable().
 *
 * Parsing never keeps a counted value only in a C local across a call that
 * may raise (size limits, the master): containers are stored in their
 * parent's slot or on the VM stack as soon as they exist.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "save.h"
#include "efun.h"
#include "../base/mem.h"
#include "../vm/vm.h"
#include "../runtime/object.h"
#include "../runtime/path.h"

#define RESTORE_MAX_DEPTH 1000

/* ------------------------------------------------------------------ saving */

typedef struct sbuf {
    lstr *s;
    int depth, too_deep;
} sbuf;

static void put(sbuf *b, const char *p, size_t n) { b->s = str_append(b->s, p, n); }

/* A string: only '"' and '\' escaped, newline written as CR. */
static void save_string(sbuf *b, const lstr *s) {
    const char *p = s->data, *end = p + s->len, *run = p;
    put(b, "\"", 1);
    for (; p < end; p++) {
        char c = *p;
        if (c != '"' && c != '\\' && c != '\n') continue;
        put(b, run, (size_t)(p - run));
        put(b, c == '\n' ? "\r" : c == '"' ? "\\\"" : "\\\\", c == '\n' ? 1 : 2);
        run = p + 1;
    }
    put(b, run, (size_t)(end - run));
    put(b, "\"", 1);
}

static void save_sv(sbuf *b, const svalue *v);

static void save_items(sbuf *b, const array *a, const char *open, const char *close) {
    put(b, open, 2);
    for (uint32_t i = 0; i < a->size && !b->too_deep; i++) {
        save_sv(b, &a->item[i]);
        put(b, ",", 1);
    }
    put(b, close, 2);
}

static void save_mapping(sbuf *b, mapping *m) {
    uint32_t bucket;
    put(b, "([", 2);
    for (mnode *n = map_first(m, &bucket); n && !b->too_deep; n = map_next(m, n, &bucket)) {
        save_sv(b, &n->key);
        put(b, ":", 1);
        save_sv(b, &n->val);
        put(b, ",", 1);
    }
    put(b, "])", 2);
}

static void save_sv(sbuf *b, const svalue *v) {
    char num[400];
    switch (v->type) {
    case T_INT:
        put(b, num, (size_t)snprintf(num, sizeof num, "%lld", (long long)v->u.n));
        return;
    case T_FLOAT:
        put(b, num, (size_t)snprintf(num, sizeof num, "%f", v->u.f));
        return;
    case T_STRING:
        save_string(b, v->u.s);
        return;
    case T_ARRAY: case T_CLASS: case T_MAPPING:
        if (++b->depth > SAVE_MAX_DEPTH) { b->too_deep = 1; return; }
        if (v->type == T_MAPPING) save_mapping(b, v->u.m);
        else if (v->type == T_ARRAY) save_items(b, v->u.a, "({", "})");
        else save_items(b, v->u.a, "(/", "/)");
        b->depth--;
        return;
    default:                /* objects, functions, buffers: no text */
        return;
    }
}

lstr *save_value_string(const svalue *v) {
    sbuf b = { str_alloc(0), 0, 0 };
    save_sv(&b, v);
    if (b.too_deep) {
        str_free(b.s);
        vm_error("Mappings and/or arrays nested too deep (%d) for save_object",
                 SAVE_MAX_DEPTH);
    }
    return b.s;
}

/* --------------------------------------------------------------- restoring */

typedef struct rparse {
    const char *p, *end;
    int depth;
} rparse;

static int r_value(rparse *r, svalue *out);

static int at(rparse *r, char c) { return r->p < r->end && *r->p == c; }
static int eat(rparse *r, char c) { if (!at(r, c)) return 0; r->p++; return 1; }

/* After the opening quote: bytes to the closing one; '\' takes the next
 * byte as it is, a raw CR stands for a newline. */
static int r_string(rparse *r, svalue *out) {
    const char *q = r->p;
    size_t n = 0;
    for (; q < r->end && *q != '"'; q++, n++)
        if (*q == '\\' && ++q == r->end) return ROB_STRING;
    if (q >= r->end) return ROB_STRING;
    lstr *s = n ? str_alloc(n) : str_ref(str_empty);
    char *d = s->data;
    for (const char *p = r->p; p < q; p++) {
        if (*p == '\\') *d++ = *++p;
        else *d++ = *p == '\r' ? '\n' : *p;
    }
    r->p = q + 1;
    sv_set_str(out, s);
    return ROB_OK;
}

/* -?digits[.digits][e(+|-)digits]: an int, or a float if it has a fraction
 * or an exponent. Ints wrap like LPC arithmetic. */
static int r_number(rparse *r, svalue *out) {
    const char *s = r->p;
    int neg = eat(r, '-'), is_float = 0;
    const char *q = r->p;
    uint64_t n = 0;
    if (q >= r->end || !isdigit((unsigned char)*q)) return ROB_NUMERAL;
    for (; q < r->end && isdigit((unsigned char)*q); q++) n = n * 10 + (uint64_t)(*q - '0');
    if (q < r->end && *q == '.') {
        is_float = 1;
        for (q++; q < r->end && isdigit((unsigned char)*q); q++) ;
    }
    if (q < r->end && (*q == 'e' || *q == 'E')) {
        is_float = 1;
        q++;
        if (q >= r->end || (*q != '+' && *q != '-')) return ROB_NUMERAL;
        for (q++; q < r->end && isdigit((unsigned char)*q); q++) ;
    }
    r->p = q;
    if (!is_float) {
        sv_set_int(out, (int64_t)(neg ? 0 - n : n));
        return ROB_OK;
    }
    char buf[512];
    size_t len = (size_t)(q - s);
    char *tmp = len < sizeof buf ? buf : xmalloc(len + 1);
    memcpy(tmp, s, len);
    tmp[len] = '\0';
    sv_set_float(out, strtod(tmp, NULL));
    if (tmp != buf) free(tmp);
    return ROB_OK;
}

/* Elements at this level of a container whose opener was just read:
 * the number of `,` before the closer (close + ')'), or -1. */
static int64_t count_items(const char *p, const char *end, char close) {
    int64_t count = 0;
    int depth = 0;
    while (p < end) {
        char c = *p++;
        if (c == '"') {
            while (p < end && *p != '"') p += *p == '\\' ? 2 : 1;
            if (p++ >= end) return -1;
        } else if (c == '(' && p < end && (*p == '{' || *p == '[' || *p == '/')) {
            depth++, p++;
        } else if ((c == '}' || c == ']' || c == '/') && p < end && *p == ')') {
            if (depth == 0) return c == close ? count : -1;
            depth--, p++;
        } else if (c == ',' && depth == 0) {
            count++;
        }
    }
    return -1;
}

/* An array or class body: `count` elements each followed by ','. */
static int r_items(rparse *r, svalue *out, int type, char close) {
    int err = type == T_CLASS ? ROB_CLASS : ROB_ARRAY;
    int64_t n = count_items(r->p, r->end, close);
    if (n < 0) return err;
    array *a = n ? arr_new((size_t)n) : arr_new_empty();
    sv_set_arr(out, a);
    out->type = (uint8_t)type;
    for (int64_t i = 0; i < n; i++) {
        if (!at(r, ',')) {
            int e = r_value(r, &a->item[i]);
            if (e) return e;
        }
        if (!eat(r, ',')) return err;
    }
    return eat(r, close) && eat(r, ')') ? ROB_OK : err;
}

/* A mapping body: key ':' value ',' pairs; an empty key or value is 0.
 * Key and value are parsed into two VM stack slots, then copied in. */
static int r_mapping(rparse *r, svalue *out) {
    int64_t n = count_items(r->p, r->end, ']');
    if (n < 0) return ROB_MAPPING;
    sv_set_map(out, map_new((size_t)n));
    push_int(0);
    push_int(0);
    svalue *key = vm_sp - 1, *val = vm_sp;
    int err = ROB_OK;
    while (!err && !at(r, ']')) {
        if (!at(r, ':')) err = r_value(r, key);
        if (!err && !eat(r, ':')) err = ROB_MAPPING;
        if (!err && !at(r, ',')) err = r_value(r, val);
        if (!err && !eat(r, ',')) err = ROB_MAPPING;
        if (!err) map_set(out->u.m, key, val);
        sv_free(key);
        sv_free(val);
    }
    vm_pop(2);
    if (!err && !(eat(r, ']') && eat(r, ')'))) err = ROB_MAPPING;
    return err;
}

/* A container after its '(': ({ }), ([ ]) or (/ /). */
static int r_container(rparse *r, svalue *out) {
    int err;
    if (++r->depth > RESTORE_MAX_DEPTH) return ROB_TOO_DEEP;
    if (eat(r, '{')) err = r_items(r, out, T_ARRAY, '}');
    else if (eat(r, '[')) err = r_mapping(r, out);
    else if (eat(r, '/')) err = r_items(r, out, T_CLASS, '/');
    else err = ROB_GENERAL;
    r->depth--;
    return err;
}

/* One element inside a container. */
static int r_value(rparse *r, svalue *out) {
    if (r->p >= r->end) return ROB_GENERAL;
    char c = *r->p;
    if (c == '"') { r->p++; return r_string(r, out); }
    if (c == '(') { r->p++; return r_container(r, out); }
    if (c == '-' || isdigit((unsigned char)c)) return r_number(r, out);
    return ROB_GENERAL;
}

/* The top level, 2.7 style: a string must end the text; a number or a
 * container may be followed by anything; other text is 0. */
static int r_top(rparse *r, svalue *out) {
    if (r->p >= r->end) return ROB_OK;
    char c = *r->p;
    if (c == '"') {
        r->p++;
        int err = r_string(r, out);
        return err ? err : r->p == r->end ? ROB_OK : ROB_STRING;
    }
    if (c == '(' || c == '-' || isdigit((unsigned char)c)) return r_value(r, out);
    return ROB_OK;
}

int restore_value(const char *s, size_t len, svalue *out) {
    rparse r = { s, s + len, 0 };
    push_int(0);
    int err = r_top(&r, vm_sp);
    if (err) sv_free(vm_sp);
    *out = *vm_sp;
    sv_set_int(vm_sp, 0);
    vm_pop(1);
    return err;
}

const char *restore_err_name(int err) {
    static const char *const names[] = {
        "", "general", "numeric", "array", "mapping", "string", "class", "nesting"
    };
    return err >= 0 && err <= ROB_TOO_DEEP ? names[err] : "general";
}

/* --------------------------------------------------------------- the efuns */

void f_save_variable(svalue *argv, int argc, svalue *ret) {
    sv_set_str(ret, save_value_string(&argv[0]));
}

void f_restore_variable(svalue *argv, int argc, svalue *ret) {
    int err = restore_value(argv[0].u.s->data, argv[0].u.s->len, ret);
    if (err)
        vm_error("restore_object(): Illegal %s format.", restore_err_name(err));
}

/* The save file for `file`: ".c" and then ".o" stripped, ".o" added. */
static lstr *save_file_name(const lstr *file) {
    size_t n = file->len;
    if (n >= 2 && file->data[n - 2] == '.' && file->data[n - 1] == 'c') n -= 2;
    if (n >= 2 && file->data[n - 2] == '.' && file->data[n - 1] == 'o') n -= 2;
    lstr *s = str_alloc(n + 2);
    memcpy(s->data, file->data, n);
    memcpy(s->data + n, ".o", 2);
    return s;
}

/* The text of ob's save file, as a string on top of the VM stack. */
static void push_save_text(object *ob, int save_zeros) {
    const lstr *name = ob->name;
    const char *hash = memchr(name->data, '#', name->len);
    size_t base = hash ? (size_t)(hash - name->data) : name->len;
    push_str(str_alloc(0));
    svalue *text = vm_sp;
    text->u.s = str_append(text->u.s, "#", 1);
    text->u.s = str_append(text->u.s, name->data, base);
    text->u.s = str_append(text->u.s, ".c\n", 3);
    program *p = ob->prog;
    for (uint32_t i = 0; i < p->n_vars; i++) {
        if (p->vars[i].flags & VAR_NOSAVE) continue;
        lstr *v = save_value_string(sv_check_object(&ob->vars[i]));
        if (save_zeros || v->len != 1 || v->data[0] != '0') {
            const lstr *vn = p->vars[i].name;
            text->u.s = str_append(text->u.s, vn->data, vn->len);
            text->u.s = str_append(text->u.s, " ", 1);
            text->u.s = str_append(text->u.s, v->data, v->len);
            text->u.s = str_append(text->u.s, "\n", 1);
        }
        str_free(v);
    }
}

/* Writes text to host file `host` through "<host>.tmp": 1 on success. */
static int write_atomically(const char *host, const lstr *text) {
    char tmp[PATH_MAX + 8];
    snprintf(tmp, sizeof tmp, "%s.tmp", host);
    FILE *f = fopen(tmp, "w");
    if (!f) return -1;
    int ok = fwrite(text->data, 1, text->len, f) == text->len;
    ok = fflush(f) == 0 && ok;
    ok = fsync(fileno(f)) == 0 && ok;
    ok = fclose(f) == 0 && ok;
    if (ok && rename(tmp, host) == 0) return 1;
    unlink(tmp);
    return 0;
}

/* save_object(file, flag): 1 on success, 0 if the write failed. */
void f_save_object(svalue *argv, int argc, svalue *ret) {
    object *ob = vm_current_object;
    host_path hp;
    if (!ob || obj_destructed(ob)) return;
    push_str(save_file_name(argv[0].u.s));
    int ok = path_valid(vm_sp->u.s->data, vm_sp->u.s->len, ob, "save_object", 1, &hp);
    vm_pop(1);
    if (!ok) vm_error("Denied write permission in save_object().");
    push_save_text(ob, argc > 1 && (argv[1].u.n & 1));
    int r = write_atomically(hp.host, vm_sp->u.s);
    vm_pop(1);
    if (r < 0) vm_error("Could not open %s.tmp for a save.", hp.mud);
    sv_set_int(ret, r);
}

/* Index of the saveable variable called (name, len) in ob, or -1; the
 * first in variable order wins, as in 2.7. */
static int find_saved_var(const program *p, const char *name, size_t len) {
    for (uint32_t i = 0; i < p->n_vars; i++) {
        const lstr *vn = p->vars[i].name;
        if (!(p->vars[i].flags & VAR_NOSAVE) && vn->len == len && !memcmp(vn->data, name, len))
            return (int)i;
    }
    return -1;
}

/* Restores one "name value" line into ob. */
static void restore_line(object *ob, const char *line, size_t len) {
    const char *space = memchr(line, ' ', len);
    size_t nlen = space ? (size_t)(space - line) : len;
    if (nlen == len)
        vm_error("restore_object(): Illegal file format - 1 (%.*s).", (int)(len > 80 ? 80 : len), line);
    push_int(0);
    int err = restore_value(line + nlen + 1, len - nlen - 1, vm_sp);
    if (err)
        vm_error("restore_object(): Illegal %s format while restoring %.*s.",
                 restore_err_name(err), (int)nlen, line);
    int idx = find_saved_var(ob->prog, line, nlen);
    if (idx >= 0) {
        sv_free(&ob->vars[idx]);
        ob->vars[idx] = *vm_sp;
        sv_set_int(vm_sp, 0);
        vm_pop(1);
        return;
    }
    push_str(str_new(line, nlen));
    svalue *base = vm_sp - 2;
    vm_apply("restore_lost_variable", ob, 2, ORIGIN_DRIVER);
    if (vm_sp > base) vm_pop((int)(vm_sp - base));
}

/* Sets every saveable variable of ob to undefined 0. */
static void clear_saved_vars(object *ob) {
    program *p = ob->prog;
    for (uint32_t i = 0; i < p->n_vars; i++) {
        if (p->vars[i].flags & VAR_NOSAVE) continue;
        sv_free(&ob->vars[i]);
        ob->vars[i] = const_undef;
    }
}

/* The whole host file as a string on the VM stack; 0 if it can't be read. */
static int push_file_text(const char *host) {
    FILE *f = fopen(host, "rb");
    if (!f) return 0;
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) { fclose(f); return 0; }
    if (fseek(f, 0, SEEK_END) != 0) { fclose(f); return 0; }
    long size = ftell(f);
    rewind(f);
    if (size < 0) { fclose(f); return 0; }
    lstr *s = str_alloc((size_t)size);
    size_t got = fread(s->data, 1, (size_t)size, f);
    fclose(f);
    s->len = got;
    s->data[got] = '\0';
    push_str(s);
    return 1;
}

/* restore_object(file, noclear): 1 if the file was read (an empty file
 * too: it only clears), 0 if missing (variables untouched then). Like 2.7,
 * a blank line inside the file is an error ("Illegal file format"). */
void f_restore_object(svalue *argv, int argc, svalue *ret) {
    object *ob = vm_current_object;
    int noclear = argc > 1 && argv[1].u.n;
    host_path hp;
    if (!ob || obj_destructed(ob)) return;
    push_str(save_file_name(argv[0].u.s));
    int ok = path_valid(vm_sp->u.s->data, vm_sp->u.s->len, ob, "restore_object", 0, &hp);
    vm_pop(1);
    if (!ok) vm_error("Denied read permission in restore_object().");
    if (!push_file_text(hp.host)) return;
    if (!noclear) clear_saved_vars(ob);
    const char *p = vm_sp->u.s->data, *end = p + vm_sp->u.s->len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *eol = nl ? nl : end;
        size_t len = (size_t)(eol - p);
        if (len && p[len - 1] == '\r') len--;
        if (len == 0 || p[0] != '#') restore_line(ob, p, len);
        p = nl ? nl + 1 : end;
    }
    vm_pop(1);
    sv_set_int(ret, 1);
}
