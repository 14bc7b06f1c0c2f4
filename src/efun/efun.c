/*
 * efun.c — the efun table built from efuns.def, its name lookup, and the
 * errors raised for bad efun arguments.
 *
 * efun_table[] is initialised statically from efuns.def (name, C function
 * or NULL when not linked, the two spec strings); efun_init() then parses
 * the specs into argument counts, per-argument type masks, defaults and
 * the result type, and builds a hash index for efun_lookup().
 *
 * Type masks follow MudOS: `void` only makes an argument optional and adds
 * no type, so passing 0 where the spec says `void|object` is a bad
 * argument; `T*` accepts any array; `mixed` accepts everything.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "../base/str.h"
#include "../vm/program.h"
#include "../vm/vm.h"
#include "../runtime/object.h"
#include "efun.h"
#include "sprintf.h"

/* The %O renderer lives in the sprintf family; until it is linked, "Got:"
 * falls back to describe() below. */
#pragma weak sprintf_value

efun_info efun_table[] = {
#define EFUN(name, fn, ret, args) { #name, fn, ret, args, 0, 0, 0, 0, {0}, {0}, {0} },
#include "efuns.def"
#undef EFUN
};

int efun_count = (int)(sizeof efun_table / sizeof efun_table[0]);

/* The C function behind each efun, as written in efuns.def: an alias
 * (clone_object -> f_new) is reported in errors under its target's name. */
static const char *const efun_cnames[] = {
#define EFUN(name, fn, ret, args) #fn,
#include "efuns.def"
#undef EFUN
};

static int16_t *lookup_slot;     /* efun index + 1, 0 = empty */
static uint32_t lookup_mask;

/* ----------------------------------------------------------- spec parser */

/* Type code (enum lpc_type) and argument mask of one type word such as
 * "int", "object*" or "mixed". Unknown words are a bug in efuns.def. */
static void type_word(const char *w, size_t n, uint32_t *ty, uint32_t *mask) {
    static const struct { const char *name; uint32_t ty, mask; } words[] = {
        { "int", TY_INT, TM_INT },           { "float", TY_FLOAT, TM_FLOAT },
        { "string", TY_STRING, TM_STRING },  { "object", TY_OBJECT, TM_OBJECT },
        { "mapping", TY_MAPPING, TM_MAPPING }, { "function", TY_FUNCTION, TM_FUNCTION },
        { "buffer", TY_BUFFER, TM_BUFFER },  { "mixed", TY_MIXED, TM_ANY },
        { "void", TY_VOID, 0 },
    };
    int array = n > 0 && w[n - 1] == '*';
    if (array) n--;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (strlen(words[i].name) == n && memcmp(words[i].name, w, n) == 0) {
            *ty = array ? (words[i].ty | TY_ARRAY) : words[i].ty;
            *mask = array ? TM_ARRAY : words[i].mask;
            return;
        }
    }
    fprintf(stderr, "efuns.def: unknown type '%.*s'\n", (int)n, w);
    *ty = TY_MIXED;
    *mask = TM_ANY;
}

/* Parses one argument spec "t1|t2 default:X" into slot k of e. Returns 1
 * when the argument is optional (void or defaulted). */
static int parse_arg(efun_info *e, int k, const char *s, size_t n) {
    const char *def = memchr(s, ' ', n);
    size_t tn = def ? (size_t)(def - s) : n;
    int optional = 0;
    uint32_t mask = 0;
    for (size_t i = 0; i < tn; ) {
        size_t j = i;
        while (j < tn && s[j] != '|') j++;
        uint32_t ty, m;
        type_word(s + i, j - i, &ty, &m);
        if (ty == TY_VOID) optional = 1;
        mask |= m;
        i = j + 1;
    }
    e->arg_mask[k] = mask ? mask : TM_ANY;
    if (def) {
        while (*def == ' ') def++;
        if (strncmp(def, "default:this_object", 19) == 0) {
            e->defaults[k] = DEF_THIS_OBJECT;
        } else if (strncmp(def, "default:", 8) == 0) {
            e->defaults[k] = DEF_INT;
            e->def_int[k] = strtoll(def + 8, NULL, 10);
        }
        optional = 1;
    }
    return optional;
}

/* Fills the parsed fields of e from its spec strings. */
static void parse_spec(efun_info *e) {
    const char *r = e->ret_spec;
    type_word(r, strlen(r), &e->ret_type, &(uint32_t){0});
    int nargs = 0, optional_seen = 0, min = 0;
    e->max_args = 0;
    for (const char *s = e->arg_spec; *s; ) {
        while (*s == ' ') s++;
        const char *end = strchr(s, ',');
        size_t n = end ? (size_t)(end - s) : strlen(s);
        while (n && s[n - 1] == ' ') n--;
        if (n == 3 && memcmp(s, "...", 3) == 0) {
            e->max_args = EFUN_VARARGS;
        } else if (n && nargs < EFUN_MAX_ARGS) {
            if (parse_arg(e, nargs, s, n)) optional_seen = 1;
            else if (!optional_seen) min = nargs + 1;
            nargs++;
        }
        if (!end) break;
        s = end + 1;
    }
    e->n_specs = (uint8_t)nargs;
    e->min_args = (uint8_t)min;
    if (e->max_args != EFUN_VARARGS) e->max_args = (uint8_t)nargs;
}

/* ---------------------------------------------------------------- lookup */

void efun_init(void) {
    if (lookup_slot) return;
    uint32_t size = 64;
    while (size < (uint32_t)efun_count * 2) size <<= 1;
    lookup_slot = xcalloc(size, sizeof *lookup_slot);
    lookup_mask = size - 1;
    for (int i = 0; i < efun_count; i++) {
        parse_spec(&efun_table[i]);
        const char *name = efun_table[i].name;
        uint32_t k = hash_bytes(name, strlen(name)) & lookup_mask;
        while (lookup_slot[k]) k = (k + 1) & lookup_mask;
        lookup_slot[k] = (int16_t)(i + 1);
    }
}

void efun_shutdown(void) {
    free(lookup_slot);
    lookup_slot = NULL;
}

int efun_lookup(const char *name) {
    if (!lookup_slot) efun_init();
    size_t n = strlen(name);
    for (uint32_t k = hash_bytes(name, n) & lookup_mask; lookup_slot[k];
         k = (k + 1) & lookup_mask) {
        int i = lookup_slot[k] - 1;
        if (strcmp(efun_table[i].name, name) == 0) return i;
    }
    return -1;
}

/* ---------------------------------------------------------------- errors */

/* A short rendering of v for "Got:" when sprintf_value is not linked
 * (containers are summarised by their size). */
static void describe(char *buf, size_t n, const svalue *v) {
    switch (v->type) {
    case T_INT:    snprintf(buf, n, "%lld", (long long)v->u.n); break;
    case T_FLOAT:  snprintf(buf, n, "%f", v->u.f); break;
    case T_STRING: snprintf(buf, n, "\"%s\"", v->u.s->data); break;
    case T_ARRAY:
        if (v->u.a->size) snprintf(buf, n, "({ /* sizeof() == %u */ ... })", v->u.a->size);
        else snprintf(buf, n, "({ })");
        break;
    case T_MAPPING: snprintf(buf, n, "([ /* sizeof() == %u */ ... ])", v->u.m->count); break;
    case T_OBJECT:
        if (obj_destructed(v->u.ob)) snprintf(buf, n, "0");
        else snprintf(buf, n, "%s", v->u.ob->name ? v->u.ob->name->data : "<object>");
        break;
    case T_FUNCTION: snprintf(buf, n, "(: <function> :)"); break;
    case T_BUFFER:   snprintf(buf, n, "<buffer>"); break;
    case T_CLASS:    snprintf(buf, n, "CLASS( %u elements ... )", v->u.a->size); break;
    default:         snprintf(buf, n, "%s", type_name(v->type)); break;
    }
}

/* Names of the accepted types in MudOS's order (int string array object
 * mapping function float buffer class), joined by " or ". */
static void expected_types(char *buf, size_t n, uint32_t mask) {
    static const int order[] = { T_INT, T_STRING, T_ARRAY, T_OBJECT, T_MAPPING,
                                 T_FUNCTION, T_FLOAT, T_BUFFER, T_CLASS };
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        if (!(mask & TM(order[i]))) continue;
        int w = snprintf(buf + used, n - used, "%s%s", used ? " or " : "", type_name(order[i]));
        if (w < 0 || (size_t)w >= n - used) break;
        used += (size_t)w;
    }
}

/* The name 2.7 prints for efun in "Bad argument" errors: an alias compiles
 * to its target there, so clone_object() reports new() and
 * all_previous_objects() previous_object(). oldcrypt is a real efun in 2.7,
 * merely sharing our C function. */
static const char *efun_report_name(int efun) {
    const char *name = efun_table[efun].name, *target = efun_cnames[efun] + 2;
    if (strcmp(name, "oldcrypt") == 0) return name;
    return target;
}

void efun_bad_arg(int efun, int argn, const svalue *got) {
    const efun_info *e = &efun_table[efun];
    uint32_t mask = argn >= 1 && argn <= e->n_specs ? e->arg_mask[argn - 1] : TM_ANY;
    char want[128], have[4096];
    expected_types(want, sizeof want, mask);
    if (sprintf_value) {
        lstr *s = sprintf_value(got);
        snprintf(have, sizeof have, "%s", s->data);
        str_free(s);
    } else {
        describe(have, sizeof have, got);
    }
    vm_error("Bad argument %d to %s()\nExpected: %s Got: %s.", argn, efun_report_name(efun),
             want, have);
}

void efun_not_implemented(const char *name) {
    vm_error("efun %s is not implemented", name);
}
