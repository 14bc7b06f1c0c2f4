/*
 * save.c — the MudOS save text format (see save.h) and the efuns built on
 * it: save_variable, restore_variable, save_object, restore_object.
 *
 * A save file is a header line "#/path/prog.c" and one "name value" line
 * per variable that is not nosave (nor under a `nosave inherit`), inherited
 * variables first, in the object's variable order; a value whose text is
 * "0" is left out unless save_object's flag is 1. save_object writes
 * "<file>.tmp" completely, syncs it and renames it over the file, so a
 * crash never leaves half a save. restore_object zeroes the saveable
 * variables first (unless its flag is 1) and hands lines naming no variable
 * to restore_lost_variable().
 *
 * Parsing follows 2.7's two passes (see "restoring" below) and never keeps
 * a counted value only in a C local across a call that may raise (size
 * limits, the master): containers are stored in their parent's slot or on
 * the VM stack as soon as they exist.
 */
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

/*
 * 2.7 reads a container in two passes, and mudlib-visible results depend
 * on it, so restoring follows the same plan:
 *  - pass 1 (scan_body) walks the text of the outermost container once,
 *    checking only its shape (quotes, brackets, a delimiter after each
 *    element) and counting the elements of every container, recorded in
 *    the order the containers open (a mapping counts keys and values);
 *  - pass 2 (parse_*) builds the value and trusts those counts: an element
 *    is told by its first character, a number swallows the character after
 *    it, a string or an inner container skips one character after it, and
 *    an array or class ends by skipping two characters, whatever they are.
 * So text that pass 1 accepts but that is not quite a value still comes
 * back as something (`({1x2,})` is ({ 1 })), and the kind of error follows
 * 2.7: a bad string inside an array is an array error, inside a mapping a
 * string error. Text ends at its first NUL, and past the end every read
 * sees NUL (2.7 reads a C string; where it would read beyond its buffer,
 * we give an error instead).
 */

typedef struct rparse {
    const char *s;
    size_t len;
    svalue *sizes;          /* VM stack slot: a string used as int64_t[] */
    size_t n_sizes, next;   /* counts recorded; next one pass 2 takes */
    int depth, too_deep;
} rparse;

static inline char ch(const rparse *r, size_t i) { return i < r->len ? r->s[i] : '\0'; }
static inline int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Pass 1 keeps a slot for each container when it opens, filled when it
 * closes. */
static size_t reserve_size(rparse *r) {
    int64_t zero = 0;
    r->sizes->u.s = str_append(r->sizes->u.s, (const char *)&zero, sizeof zero);
    return r->n_sizes++;
}

static void set_size(rparse *r, size_t slot, int64_t n) {
    memcpy(r->sizes->u.s->data + slot * sizeof n, &n, sizeof n);
}

/* The next count pass 2 needs; 0 past the recorded ones (2.7 reads its
 * zeroed table there). */
static int64_t take_size(rparse *r) {
    int64_t n = 0;
    if (r->next < r->n_sizes) memcpy(&n, r->sizes->u.s->data + r->next * sizeof n, sizeof n);
    r->next++;
    return n;
}

/* Pass 1 over a string after its opening quote: 1 if it closes. */
static int skip_string(const rparse *r, size_t *pos) {
    size_t p = *pos;
    for (;;) {
        char c = ch(r, p++);
        if (c == '"') break;
        if (c == '\0' || (c == '\\' && ch(r, p++) == '\0')) return 0;
    }
    *pos = p;
    return 1;
}

/* Pass 1 over a container body from *pos (just after its opener) to just
 * after its closer: the element count, or -1 if its shape is wrong. `}`
 * and `/` close arrays and classes alike. An element that is neither a
 * string nor a container runs to the next delimiter. At the top, a string
 * that never closes makes the whole container count as empty. */
static int64_t scan_body(rparse *r, size_t *pos, int is_map, int top) {
    size_t p = *pos;
    int64_t n = 0;
    char delim = is_map ? ':' : ',';
    if (++r->depth > RESTORE_MAX_DEPTH) { r->too_deep = 1; return -1; }
    for (;; n++) {
        char c = ch(r, p++);
        if (c == '"') {
            if (!skip_string(r, &p)) return top ? 0 : -1;
            if (ch(r, p++) != delim) return -1;
        } else if (c == '(') {
            char k = ch(r, p++);
            if (k != '{' && k != '[' && k != '/') return -1;
            size_t slot = reserve_size(r);
            int64_t m = scan_body(r, &p, k == '[', 0);
            if (m < 0) return -1;
            set_size(r, slot, m);
            if (ch(r, p++) != delim) return -1;
        } else if (c == ']' || c == '}' || c == '/') {
            if (ch(r, p) != ')' || (c == ']') != is_map) return -1;
            *pos = p + 1;
            r->depth--;
            return n;
        } else if (c == ':' || c == ',') {
            if (c != delim) return -1;
        } else {
            if (c == '\0') return -1;
            while (ch(r, p) != delim)
                if (ch(r, p++) == '\0') return -1;
            p++;
        }
        if (is_map) delim = delim == ':' ? ',' : ':';
    }
}

/* A string after its opening quote, up to the closing one: '\' takes the
 * next byte as it is, a raw CR stands for a newline. */
static int parse_string(const rparse *r, size_t *pos, svalue *out) {
    size_t p = *pos;
    if (!skip_string(r, &p)) return ROB_STRING;
    if (p - *pos == 1) {
        sv_set_str(out, str_ref(str_empty));
    } else {
        lstr *s = str_alloc(p - *pos - 1);
        char *d = s->data;
        for (size_t i = *pos; i < p - 1; i++) {
            if (r->s[i] == '\\') *d++ = r->s[++i];
            else *d++ = r->s[i] == '\r' ? '\n' : r->s[i];
        }
        s->len = (size_t)(d - s->data);
        *d = '\0';
        sv_set_str(out, s);
    }
    *pos = p;
    return ROB_OK;
}

/* Skips an exponent after 'e': a sign, then digits (maybe none). */
static int skip_exponent(const rparse *r, size_t *pos) {
    size_t p = *pos;
    char sign = ch(r, p++);
    if (sign != '+' && sign != '-') return 0;
    while (is_digit(ch(r, p))) p++;
    *pos = p;
    return 1;
}

/* A float from the text s[from, to) of the form digits[.digits][e±digits]. */
static double text_float(const rparse *r, size_t from, size_t to) {
    char buf[128];
    size_t n = to - from;
    char *tmp = n < sizeof buf ? buf : xmalloc(n + 1);
    memcpy(tmp, r->s + from, n);
    tmp[n] = '\0';
    double f = strtod(tmp, NULL);
    if (tmp != buf) free(tmp);
    return f;
}

/* A number whose first character (a digit or '-') is at *pos - 1:
 * -?digits, then .digits and/or e(+|-)digits make a float ("1." at the
 * very end is 1.0). The character that ends it is consumed too. Ints wrap
 * like LPC arithmetic. */
static int parse_number(const rparse *r, size_t *pos, svalue *out) {
    size_t p = *pos;
    char c = ch(r, p - 1);
    int neg = c == '-', is_float = 0;
    uint64_t n = 0;
    if (neg && !is_digit(c = ch(r, p++))) return ROB_NUMERAL;
    size_t digits = p - 1;
    for (; is_digit(c); c = ch(r, p++)) n = n * 10 + (uint64_t)(c - '0');
    if (c == '.') {
        is_float = 1;
        c = ch(r, p++);
        if (c != '\0' && !is_digit(c)) return ROB_NUMERAL;
        while (is_digit(c)) c = ch(r, p++);
    }
    if (c == 'e') {
        if (!skip_exponent(r, &p)) return ROB_NUMERAL;
        is_float = 1;
        p++;
    }
    *pos = p;
    if (!is_float) {
        sv_set_int(out, (int64_t)(neg ? 0 - n : n));
        return ROB_OK;
    }
    double f = text_float(r, digits, p - 1 < r->len ? p - 1 : r->len);
    sv_set_float(out, neg ? -f : f);
    return ROB_OK;
}

static int parse_container(rparse *r, size_t *pos, svalue *out, int64_t size);

/* An inner container at *pos (just after its '('), then the character
 * after it skipped. `bad` is the error when no opener follows. */
static int parse_inner(rparse *r, size_t *pos, svalue *out, int bad) {
    char k = ch(r, *pos);
    int64_t size = take_size(r);
    if (k != '{' && k != '[' && k != '/') return bad;
    int err = parse_container(r, pos, out, size);
    if (!err) (*pos)++;
    return err;
}

/* One array or class element at *pos; `bad` is the container's error. */
static int parse_item(rparse *r, size_t *pos, svalue *out, int bad) {
    char c = ch(r, (*pos)++);
    if (c == ',') return ROB_OK;
    if (c == '"') {
        if (parse_string(r, pos, out)) return bad;
        (*pos)++;
        return ROB_OK;
    }
    if (c == '(') return parse_inner(r, pos, out, bad);
    if (c == '-' || is_digit(c)) return parse_number(r, pos, out);
    return bad;
}

/* A mapping key or value at *pos. A key may be empty (':': 0) and so may
 * a value (','). */
static int parse_map_part(rparse *r, size_t *pos, svalue *out, char empty) {
    char c = ch(r, (*pos)++);
    if (c == empty) return ROB_OK;
    if (c == '"') {
        int err = parse_string(r, pos, out);
        if (!err) (*pos)++;
        return err;
    }
    if (c == '(') return parse_inner(r, pos, out, ROB_MAPPING);
    if (c == '-' || is_digit(c)) return parse_number(r, pos, out);
    return ROB_MAPPING;
}

/* Mapping pairs until a ']' in key position; the character after it is
 * skipped. Key and value are built in two VM stack slots. */
static int parse_pairs(rparse *r, size_t *pos, mapping *m) {
    push_int(0);
    push_int(0);
    svalue *key = vm_sp - 1, *val = vm_sp;
    int err = ROB_OK;
    for (;;) {
        if (ch(r, *pos) == ']') {
            *pos += 2;
            break;
        }
        err = parse_map_part(r, pos, key, ':');
        if (!err) err = parse_map_part(r, pos, val, ',');
        if (err) break;
        map_set(m, key, val);
        sv_free(key);
        sv_free(val);
    }
    vm_pop(2);
    return err;
}

/* A container body after its "(x" (x at *pos), with `size` elements from
 * pass 1; *out gets it at once so an error raised inside frees it. */
static int parse_container(rparse *r, size_t *pos, svalue *out, int64_t size) {
    char k = ch(r, (*pos)++);
    if (++r->depth > RESTORE_MAX_DEPTH) return ROB_TOO_DEEP;
    int err = ROB_OK;
    if (k == '[') {
        sv_set_map(out, map_new(size > 64 ? 32 : (size_t)size / 2));
        if (size == 0) *pos += 2;
        else err = parse_pairs(r, pos, out->u.m);
    } else {
        int type = k == '/' ? T_CLASS : T_ARRAY, bad = k == '/' ? ROB_CLASS : ROB_ARRAY;
        array *a = size ? arr_new((size_t)size) : arr_new_empty();
        sv_set_arr(out, a);
        out->type = (uint8_t)type;
        for (int64_t i = 0; i < size && !err; i++) err = parse_item(r, pos, &a->item[i], bad);
        *pos += 2;
    }
    r->depth--;
    if (err) {
        sv_free(out);
        sv_set_int(out, 0);
    }
    return err;
}

/* The outermost container after its '(' (at *pos the opener): pass 1,
 * then pass 2. A mapping whose shape pass 1 rejects is 0 without an
 * error, as 2.7 leaves it. */
static int parse_top_container(rparse *r, size_t pos, svalue *out) {
    char k = ch(r, pos);
    if (k != '{' && k != '[' && k != '/') return ROB_GENERAL;
    size_t p = pos + 1;
    int64_t size = scan_body(r, &p, k == '[', 1);
    if (r->too_deep) return ROB_TOO_DEEP;
    if (size < 0) return k == '[' ? ROB_OK : k == '/' ? ROB_CLASS : ROB_ARRAY;
    r->depth = 0;
    return parse_container(r, &pos, out, size);
}

/* The top level: a string must end the text; a number or a container may
 * be followed by anything; text starting any other way is 0. */
static int parse_top(rparse *r, svalue *out) {
    char c = ch(r, 0);
    size_t p = 1;
    if (c == '"') {
        int err = parse_string(r, &p, out);
        return err ? err : p == r->len ? ROB_OK : ROB_STRING;
    }
    if (c == '(') return parse_top_container(r, 1, out);
    if (c == '-' || is_digit(c)) return parse_number(r, &p, out);
    return ROB_OK;
}

int restore_value(const char *s, size_t len, svalue *out) {
    rparse r = { s, strnlen(s, len), NULL, 0, 0, 0, 0 };
    push_str(str_alloc(0));
    r.sizes = vm_sp;
    push_int(0);
    int err = parse_top(&r, vm_sp);
    if (err) sv_free(vm_sp);
    *out = err ? const0 : *vm_sp;
    sv_set_int(vm_sp, 0);
    vm_pop(2);
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

/* restore_variable(text): the value. A malformed class is 0 without an
 * error here (2.7 forgot that case), unlike in restore_object. */
void f_restore_variable(svalue *argv, int argc, svalue *ret) {
    int err = restore_value(argv[0].u.s->data, argv[0].u.s->len, ret);
    if (err && err != ROB_CLASS)
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

/* The text of ob's save file, as a string on top of the VM stack.
 * Returns the sum over the variable lines written of their length plus
 * one (what 2.7's save_object adds up for its result). */
static int64_t push_save_text(object *ob, int save_zeros) {
    int64_t sum = 0;
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
        if (p->vars[i].flags & (VAR_NOSAVE | VAR_NOSAVE_INH)) continue;
        lstr *v = save_value_string(sv_check_object(&ob->vars[i]));
        if (save_zeros || v->len != 1 || v->data[0] != '0') {
            const lstr *vn = p->vars[i].name;
            text->u.s = str_append(text->u.s, vn->data, vn->len);
            text->u.s = str_append(text->u.s, " ", 1);
            text->u.s = str_append(text->u.s, v->data, v->len);
            text->u.s = str_append(text->u.s, "\n", 1);
            sum += (int64_t)(vn->len + v->len + 3);
        }
        str_free(v);
    }
    return sum;
}

/* One for p and, recursively, for every program it inherits (a `nosave
 * inherit` counts one with all below it): the rest of 2.7's save_object
 * result. */
static int64_t count_programs(const program *p) {
    int64_t n = 1;
    for (uint16_t i = 0; i < p->n_inherits; i++)
        n += p->inherits[i].flags & INH_NOSAVE ? 1 : count_programs(p->inherits[i].prog);
    return n;
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

/* save_object(file, flag): 0 if the write failed; otherwise 2.7's count,
 * the number of programs in the object's inherit tree plus the length of
 * each variable line written plus one. */
void f_save_object(svalue *argv, int argc, svalue *ret) {
    object *ob = vm_current_object;
    host_path hp;
    if (!ob || obj_destructed(ob)) return;
    push_str(save_file_name(argv[0].u.s));
    int ok = path_valid(vm_sp->u.s->data, vm_sp->u.s->len, ob, "save_object", 1, &hp);
    vm_pop(1);
    if (!ok) vm_error("Denied write permission in save_object().");
    int64_t size = push_save_text(ob, argc > 1 && (argv[1].u.n & 1));
    int r = write_atomically(hp.host, vm_sp->u.s);
    vm_pop(1);
    if (r < 0) vm_error("Could not open %s.tmp for a save.", hp.mud);
    sv_set_int(ret, r ? size + count_programs(ob->prog) : 0);
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

/* Restores one "name value" line into ob; a name of 100 bytes or more is
 * a format error, as in 2.7. */
static void restore_line(object *ob, const char *line, size_t len) {
    const char *space = memchr(line, ' ', len);
    size_t nlen = space ? (size_t)(space - line) : len;
    if (nlen == len || nlen >= 100)
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

/* Sets every saveable variable of ob to undefined 0 (not those of a
 * `nosave inherit`, as in 2.7). */
static void clear_saved_vars(object *ob) {
    program *p = ob->prog;
    for (uint32_t i = 0; i < p->n_vars; i++) {
        if (p->vars[i].flags & (VAR_NOSAVE | VAR_NOSAVE_INH)) continue;
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
