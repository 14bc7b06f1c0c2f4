/*
 * efun_develop.c — the efuns for looking at the driver from inside the
 * mud (FluffOS 2.7 develop package and friends): debug_info, dumpallobj,
 * dump_file_descriptors, cache_stats, malloc_status, memory_summary,
 * check_memory, the debug levels, tracing, profiling and the mudlib
 * statistics.
 *
 * Hearth collects no profiles, call traces, apply cache counters or
 * domain/author statistics: those efuns keep the 2.7 signatures and
 * answer with empty results (function_profile lists the functions with
 * zero counts). Sizes are estimates from Hearth's own structures.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "efun.h"
#include "sprintf.h"
#include "../runtime/master.h"
#include "../runtime/object.h"
#include "../runtime/path.h"
#include "../vm/vm.h"

/* ------------------------------------------------------------ value sizes */
/* Bytes a value takes in memory, its heap part divided among the values
 * sharing it (memory_summary's accounting). Nesting beyond 100 counts 0. */
static int64_t share_size(const svalue *v, int depth);

static int64_t heap_share(const svalue *v, int depth) {
    int64_t sub = 0;
    uint32_t refs = 1;
    switch (v->type) {
    case T_STRING:
        return (int64_t)(sizeof(lstr) + v->u.s->len + 1) / (v->u.s->refs ? v->u.s->refs : 1);
    case T_ARRAY: case T_CLASS:
        sub = sizeof(array);
        for (uint32_t i = 0; i < v->u.a->size; i++) sub += share_size(&v->u.a->item[i], depth + 1);
        refs = v->u.a->refs;
        break;
    case T_MAPPING: {
        uint32_t b;
        sub = sizeof(mapping);
        for (mnode *n = map_first(v->u.m, &b); n; n = map_next(v->u.m, n, &b))
            sub += (int64_t)sizeof(mnode) - 2 * (int64_t)sizeof(svalue)
                   + share_size(&n->key, depth + 1) + share_size(&n->val, depth + 1);
        refs = v->u.m->refs;
        break;
    }
    case T_FUNCTION: {
        sub = sizeof(funcptr);
        if (v->u.fp->args) {
            svalue a = { .u.a = v->u.fp->args, .type = T_ARRAY };
            sub += share_size(&a, depth + 1) - (int64_t)sizeof(svalue);
        }
        refs = v->u.fp->refs;
        break;
    }
    case T_BUFFER:
        sub = (int64_t)sizeof(buffer) + v->u.b->size;
        refs = v->u.b->refs;
        break;
    default:
        return 0;
    }
    return sub / (refs ? refs : 1);
}

static int64_t share_size(const svalue *v, int depth) {
    if (depth > 100) return 0;
    return (int64_t)sizeof(svalue) + heap_share(v, depth);
}

static int64_t program_bytes(const program *p) {
    return (int64_t)sizeof *p + p->code_len
           + p->n_funcs * (int64_t)(sizeof(func_def) + sizeof(func_impl))
           + p->n_vars * (int64_t)sizeof(var_def) + p->n_consts * (int64_t)sizeof(svalue)
           + p->n_lines * (int64_t)sizeof(line_entry);
}

static int64_t data_bytes(const object *ob) {
    int64_t total = 0;
    for (int i = 0; i < ob->prog->n_vars; i++) total += share_size(&ob->vars[i], 0);
    return total;
}

/* ----------------------------------------------------------- debug_info */
static const char *yes(int b) { return b ? "TRUE" : "FALSE"; }

static int has_fn(const object *ob, const char *name) {
    return prog_find_function_cstr(ob->prog, name) >= 0;
}

static lstr *object_flags_text(const object *ob) {
    uint32_t f = ob->flags;
    lstr *s = str_printf(
        "O_HEART_BEAT      : %s\nO_IS_WIZARD       : %s\nO_ENABLE_COMMANDS : %s\n"
        "O_CLONE           : %s\nO_VIRTUAL         : %s\nO_DESTRUCTED      : %s\n"
        "O_ONCE_INTERACTIVE: %s\nO_RESET_STATE     : %s\nO_WILL_CLEAN_UP   : %s\n"
        "O_WILL_RESET: %s\ntotal light : %d\nnext_reset  : %lld\ntime_of_ref : %lld\n"
        "ref         : %u\nname        : '%s'\nnext_all    : OBJ(%s)\n",
        yes(f & O_HEART_BEAT), yes(f & O_WIZARD), yes(f & O_ENABLE_COMMANDS),
        yes(f & O_CLONE), yes(f & O_VIRTUAL), yes(f & O_DESTRUCTED),
        yes(f & O_ONCE_INTERACTIVE), yes(f & O_RESET_STATE),
        yes(!(f & O_NO_CLEAN_UP) && has_fn(ob, "clean_up")),
        yes(!(f & O_NO_RESET) && has_fn(ob, "reset")), (int)ob->light,
        (long long)ob->next_reset, (long long)ob->last_access, ob->refs, ob->name->data,
        ob->next_all ? ob->next_all->name->data : "/NULL");
    if (obj_list == ob) {
        const char *head = "This object is the head of the object list.\n";
        s = str_append(s, head, strlen(head));
    }
    int pos = 1;
    for (const object *o = obj_list; o; o = o->next_all, pos++) {
        if (o->next_all != ob) continue;
        lstr *t = str_printf("Previous object in object list: OBJ(%s)\nposition in object list:%d\n",
                             o->name->data, pos);
        s = str_append(s, t->data, t->len);
        str_free(t);
    }
    return s;
}

static lstr *program_text(const program *p) {
    int own_fns = 0, own_vars = 0;
    for (int i = 0; i < p->n_funcs; i++) own_fns += !(p->funcs[i].flags & (FN_INHERITED | FN_ALIAS));
    for (int i = 0; i < p->n_vars; i++) own_vars += !(p->vars[i].flags & VAR_INHERITED);
    return str_printf(
        "program ref's %u\nName %s\nprogram size %u\nfunction flags table %d (%zu) \n"
        "compiler function table %d (%zu) \nnum strings %u\nnum vars %d (%zu)\n"
        "num inherits %d (%zu)\ntotal size %lld\n",
        p->refs, p->name->data, p->code_len, p->n_funcs, p->n_funcs * sizeof(func_impl),
        own_fns, own_fns * sizeof(func_def), p->n_consts, own_vars, own_vars * sizeof(var_def),
        p->n_inherits, p->n_inherits * sizeof(inherit_def), (long long)program_bytes(p));
}

static lstr *variables_text(const object *ob) {
    lstr *s = str_newz("");
    for (int i = 0; i < ob->prog->n_vars; i++) {
        lstr *v = sprintf_value(&ob->vars[i]);
        lstr *line = str_printf("%s: %s\n", ob->prog->vars[i].name->data, v->data);
        s = str_append(s, line->data, line->len);
        str_free(line);
        str_free(v);
    }
    return s;
}

/* debug_info(0, ob): object flags; 1: its program; 2: its variables. */
void f_debug_info(svalue *argv, int argc, svalue *ret) {
    int64_t op = argv[0].u.n;
    if (op < 0 || op > 2) efun_bad_arg(efun_lookup("debug_info"), 1, &argv[0]);
    if (argv[1].type != T_OBJECT) efun_bad_arg(efun_lookup("debug_info"), 2, &argv[1]);
    const object *ob = argv[1].u.ob;
    if (op == 0) sv_set_str(ret, object_flags_text(ob));
    else if (op == 1) sv_set_str(ret, program_text(ob->prog));
    else sv_set_str(ret, variables_text(ob));
}

/* --------------------------------------------------------------- dumping */
static int see_hidden(void) {
    object *me = vm_current_object;
    if (!me || (me->flags & O_HIDDEN)) return 1;
    push_object(me);
    return master_valid("valid_hide", 1, 0);
}

/* One line per object into FILE, as 2.7's /OBJ_DUMP. Objects' names are
 * written without their leading slash, as 2.7 keeps them. */
static void dump_objects(FILE *f, int hidden_ok) {
    for (const object *ob = obj_list; ob; ob = ob->next_all) {
        if ((ob->flags & O_HIDDEN) && !hidden_ok) continue;
        int64_t size = (int64_t)sizeof *ob + data_bytes(ob);
        if (!(ob->flags & O_CLONE) || ob->prog->refs == 1) size += program_bytes(ob->prog);
        fprintf(f, "%-20s %lld ref %2u %s %s (%d)\n", ob->name->data + 1, (long long)size,
                ob->refs, (ob->flags & O_HEART_BEAT) ? "HB" : "  ",
                ob->env ? ob->env->name->data + 1 : "--", 0);
    }
}

void f_dumpallobj(svalue *argv, int argc, svalue *ret) {
    const char *path = argc > 0 && argv[0].type == T_STRING ? argv[0].u.s->data : "/OBJ_DUMP";
    host_path hp;
    if (!path_valid(path, strlen(path), vm_current_object, "dumpallobj", 1, &hp))
        vm_error("Invalid path '%s' for writing.", path);
    int hidden_ok = 1;
    for (const object *ob = obj_list; ob; ob = ob->next_all)
        if (ob->flags & O_HIDDEN) { hidden_ok = see_hidden(); break; }
    FILE *f = fopen(hp.host, "w");
    if (f) {
        dump_objects(f, hidden_ok);
        fclose(f);
        return;
    }
    vm_error("Unable to open '%s' for writing.", hp.mud);
}

static char file_kind(mode_t m) {
    if (S_ISDIR(m)) return 'd';
    if (S_ISCHR(m)) return 'c';
    if (S_ISBLK(m)) return 'b';
    if (S_ISREG(m)) return 'f';
    if (S_ISFIFO(m)) return 'p';
    if (S_ISLNK(m)) return 'l';
    if (S_ISSOCK(m)) return 's';
    return '?';
}

/* The open descriptors of the driver process with what fstat says. */
void f_dump_file_descriptors(svalue *argv, int argc, svalue *ret) {
    lstr *s = str_newz("Fd  Device Number  Inode   Mode    Uid    Gid      Size\n"
                       "--  -------------  -----  ------  -----  -----  ----------\n");
    long max = sysconf(_SC_OPEN_MAX);
    if (max <= 0 || max > 4096) max = 4096;
    for (int fd = 0; fd < max; fd++) {
        struct stat st;
        if (fstat(fd, &st) != 0) continue;
        dev_t dev = S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? st.st_rdev : st.st_dev;
        lstr *line = str_printf("%2d%13llx%9llu  %c%5o%7u%7u%12lld\n", fd, (unsigned long long)dev,
                                (unsigned long long)st.st_ino, file_kind(st.st_mode),
                                (unsigned)(st.st_mode & ~S_IFMT), (unsigned)st.st_uid,
                                (unsigned)st.st_gid, (long long)st.st_size);
        s = str_append(s, line->data, line->len);
        str_free(line);
    }
    sv_set_str(ret, s);
}

/* ------------------------------------------------------------ statistics */
void f_cache_stats(svalue *argv, int argc, svalue *ret) {
    sv_set_cstr(ret, "Function cache information\n-------------------------------\n"
                     "Hearth keeps no call_other cache statistics.\n");
}

void f_malloc_status(svalue *argv, int argc, svalue *ret) {
    sv_set_cstr(ret, "Using system malloc.\n");
}

/* Nothing checks the heap beyond ASan builds: no problems to report. */
void f_check_memory(svalue *argv, int argc, svalue *ret) {
    sv_set_cstr(ret, "");
}

/* ([ program name : ([ variable name : bytes ]) ]) over every object. */
void f_memory_summary(svalue *argv, int argc, svalue *ret) {
    mapping *result = map_new(16);
    sv_set_map(ret, result);
    for (const object *ob = obj_list; ob; ob = ob->next_all) {
        svalue key;                  /* borrowed: map_insert copies keys */
        sv_set_str(&key, ob->prog->name);
        svalue *slot = map_insert(result, &key);
        if (slot->type != T_MAPPING) sv_set_map(slot, map_new(8));
        for (int i = 0; i < ob->prog->n_vars; i++) {
            sv_set_str(&key, ob->prog->vars[i].name);
            map_insert(slot->u.m, &key)->u.n += share_size(&ob->vars[i], 0);
        }
    }
}

/* --------------------------------------------------------- debug levels */
static const struct { const char *name; int bit; } debug_names[] = {
    { "call_out", 1 }, { "d_flag", 4 }, { "connections", 8 }, { "mapping", 16 },
    { "sockets", 32 }, { "comp_func_tab", 64 }, { "LPC", 128 }, { "LPC_line", 256 },
};
#define N_DEBUG_NAMES (sizeof debug_names / sizeof debug_names[0])

static int64_t debug_level;

static int debug_bit(const char *name) {
    for (size_t i = 0; i < N_DEBUG_NAMES; i++)
        if (strcmp(debug_names[i].name, name) == 0) return debug_names[i].bit;
    return 0;
}

void f_set_debug_level(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type == T_STRING) debug_level |= debug_bit(argv[0].u.s->data);
    else debug_level = argv[0].u.n;
}

void f_clear_debug_level(svalue *argv, int argc, svalue *ret) {
    debug_level &= ~(int64_t)debug_bit(argv[0].u.s->data);
}

/* ([ name : bit if set else 0 ]), plus "unknown" for bits with no name. */
void f_debug_levels(svalue *argv, int argc, svalue *ret) {
    mapping *m = map_new(N_DEBUG_NAMES + 1);
    sv_set_map(ret, m);
    int64_t rest = debug_level;
    svalue v;
    for (size_t i = 0; i < N_DEBUG_NAMES; i++) {
        sv_set_int(&v, debug_level & debug_names[i].bit);
        map_set_str(m, debug_names[i].name, &v);
        rest &= ~(int64_t)debug_names[i].bit;
    }
    if (rest) {
        sv_set_int(&v, rest);
        map_set_str(m, "unknown", &v);
    }
}

/* ---------------------------------------------------- tracing, profiling */
/* 2.7 keeps trace flags per interactive user: without a connected
 * this_player() there is nothing to set (-1 / 0, as 2.7). */
void f_trace(svalue *argv, int argc, svalue *ret) {
    sv_set_int(ret, -1);
}

void f_traceprefix(svalue *argv, int argc, svalue *ret) {
    sv_set_int(ret, 0);
}

void f_moncontrol(svalue *argv, int argc, svalue *ret) {
}

void f_opcprof(svalue *argv, int argc, svalue *ret) {
}

/* ({ ([ "name", "calls", "self", "children" ]) }) per own function, with
 * zero counts: calls are not timed. */
void f_function_profile(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type != T_OBJECT) return;
    const program *p = argv[0].u.ob->prog;
    size_t n = 0, k = 0;
    const uint16_t skip = FN_INHERITED | FN_ALIAS | FN_HIDDEN | FN_FUNCTIONAL;
    for (int i = 0; i < p->n_funcs; i++) n += !(p->funcs[i].flags & skip);
    array *a = arr_new(n);
    sv_set_arr(ret, a);
    for (int i = 0; i < p->n_funcs; i++) {
        if (p->funcs[i].flags & skip) continue;
        mapping *m = map_new(4);
        svalue v;
        sv_set_map(&a->item[k++], m);
        sv_set_int(&v, 0);
        map_set_str(m, "calls", &v);
        map_set_str(m, "self", &v);
        map_set_str(m, "children", &v);
        sv_set_str(&v, str_ref(p->funcs[i].name));
        map_set_str(m, "name", &v);
        sv_free(&v);
    }
}

/* ---------------------------------------------------- mudlib statistics */
/* No statistics are kept (2.7 without PACKAGE_MUDLIB_STATS): no domains
 * or authors to report, and nothing to record. */
void f_domain_stats(svalue *argv, int argc, svalue *ret) {
    if (argc == 0) sv_set_map(ret, map_new(0));
}

void f_author_stats(svalue *argv, int argc, svalue *ret) {
    if (argc == 0) sv_set_map(ret, map_new(0));
}

void f_set_author(svalue *argv, int argc, svalue *ret) {
}
