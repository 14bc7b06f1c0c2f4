/*
 * efun_core.c — efuns about types and plain values: the type predicates,
 * typeof, sizeof/strlen, conversions (to_int, to_float), copy, error and
 * throw, allocation of arrays, mappings and buffers, keys/values/map_delete
 * and member_array.
 *
 * Arguments arrive checked against efuns.def (see efun.h); results are
 * stored in *ret with the reference handed over.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "../vm/vm.h"
#include "../runtime/object.h"
#include "efun.h"

/* ---------------------------------------------------------- predicates */

/* The type of argument 0, a destructed object reading as int. */
static int arg_type(svalue *argv) {
    return sv_check_object(&argv[0])->type;
}

void f_intp(svalue *argv, int argc, svalue *ret)    { sv_set_int(ret, arg_type(argv) == T_INT); }
void f_floatp(svalue *argv, int argc, svalue *ret)  { sv_set_int(ret, arg_type(argv) == T_FLOAT); }
void f_stringp(svalue *argv, int argc, svalue *ret) { sv_set_int(ret, arg_type(argv) == T_STRING); }
void f_pointerp(svalue *argv, int argc, svalue *ret) { sv_set_int(ret, arg_type(argv) == T_ARRAY); }
void f_mapp(svalue *argv, int argc, svalue *ret)    { sv_set_int(ret, arg_type(argv) == T_MAPPING); }
void f_objectp(svalue *argv, int argc, svalue *ret) { sv_set_int(ret, arg_type(argv) == T_OBJECT); }
void f_classp(svalue *argv, int argc, svalue *ret)  { sv_set_int(ret, arg_type(argv) == T_CLASS); }
void f_bufferp(svalue *argv, int argc, svalue *ret) { sv_set_int(ret, arg_type(argv) == T_BUFFER); }

/* undefinedp and nullp: only the "undefined" 0 (missing key, missing
 * function result, unset varargs) is true. */
void f_undefinedp(svalue *argv, int argc, svalue *ret) {
    sv_set_int(ret, argv[0].type == T_INT && argv[0].u.n == 0 &&
                    argv[0].subtype == ST_UNDEFINED);
}

/* MudOS codes from include/function.h: the kind, plus flag bits. */
enum { FPC_LOCAL = 2, FPC_EFUN = 3, FPC_SIMUL = 4, FPC_FUNCTIONAL = 5,
       FPC_HAS_ARGUMENTS = 0x10, FPC_OWNER_DESTED = 0x20, FPC_NOT_BINDABLE = 0x40 };

/* 0 for non-functions, else the kind code with flags. A call_other
 * pointer is an efun pointer to call_other with arguments, as in MudOS;
 * local function pointers are never rebindable there. */
/* 2.7 marks a functional that reaches into its program (globals, local
 * calls) as not bindable; the compiler records the others (FN_BINDABLE). */
static int functional_bindable(const funcptr *f) {
    const object *o = f->target.type == T_OBJECT ? f->target.u.ob : f->owner;
    if (!o || !o->prog || f->index >= o->prog->n_funcs) return 1;
    return (o->prog->impl[f->index].def->flags & FN_BINDABLE) != 0;
}

void f_functionp(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type != T_FUNCTION) {
        sv_set_int(ret, 0);
        return;
    }
    const funcptr *f = argv[0].u.fp;
    int code;
    switch (f->kind) {
    case FP_LOCAL:      code = FPC_LOCAL | FPC_NOT_BINDABLE; break;
    case FP_SIMUL:      code = FPC_SIMUL; break;
    case FP_FUNCTIONAL: code = FPC_FUNCTIONAL | (functional_bindable(f) ? 0 : FPC_NOT_BINDABLE); break;
    case FP_CALL_OTHER: code = FPC_EFUN | FPC_HAS_ARGUMENTS; break;
    default:            code = FPC_EFUN; break;
    }
    if ((f->args && f->args->size) || (f->captured && f->captured->size))
        code |= FPC_HAS_ARGUMENTS;          /* $(expr) values count, as in 2.7 */
    if (!f->owner || obj_destructed(f->owner)) code |= FPC_OWNER_DESTED;
    sv_set_int(ret, code);
}

void f_typeof(svalue *argv, int argc, svalue *ret) {
    sv_set_str(ret, str_internz(type_name(arg_type(argv))));
}

/* sizeof and strlen: elements of an array/class/mapping, bytes of a
 * string/buffer, 0 for anything else. */
void f_sizeof(svalue *argv, int argc, svalue *ret) {
    int64_t n;
    switch (argv[0].type) {
    case T_STRING:  n = (int64_t)argv[0].u.s->len; break;
    case T_ARRAY:
    case T_CLASS:   n = argv[0].u.a->size; break;
    case T_MAPPING: n = argv[0].u.m->count; break;
    case T_BUFFER:  n = argv[0].u.b->size; break;
    default:        n = 0; break;
    }
    sv_set_int(ret, n);
}

/* ---------------------------------------------------------- conversions */

/* Strings parse like strtol base 10 (leading blanks and sign, trailing
 * junk ignored); a string with no digits gives the undefined 0. Floats
 * truncate toward zero; a buffer gives its first 4 bytes, big-endian. */
void f_to_int(svalue *argv, int argc, svalue *ret) {
    svalue *v = &argv[0];
    switch (v->type) {
    case T_INT:
        sv_set_int(ret, v->u.n);
        break;
    case T_FLOAT: {
        double f = v->u.f;
        if (f != f) f = 0;
        if (f >= 9223372036854775807.0) sv_set_int(ret, INT64_MAX);
        else if (f <= -9223372036854775808.0) sv_set_int(ret, INT64_MIN);
        else sv_set_int(ret, (int64_t)f);
        break;
    }
    case T_STRING: {
        const char *s = v->u.s->data;
        char *end;
        long long n = strtoll(s, &end, 10);
        while (end > s && isspace((unsigned char)end[-1])) end--;
        if (*end && end == s) *ret = const_undef;
        else sv_set_int(ret, n);
        break;
    }
    case T_BUFFER: {
        const buffer *b = v->u.b;
        if (b->size < 4) {
            sv_set_int(ret, 0);
            break;
        }
        uint32_t u = (uint32_t)b->data[0] << 24 | (uint32_t)b->data[1] << 16 |
                     (uint32_t)b->data[2] << 8 | b->data[3];
        sv_set_int(ret, (int32_t)u);
        break;
    }
    default:
        sv_set_int(ret, 0);
    }
}

/* Ints convert exactly; strings parse a leading number (0.0 if none). */
void f_to_float(svalue *argv, int argc, svalue *ret) {
    switch (argv[0].type) {
    case T_INT:    sv_set_float(ret, (double)argv[0].u.n); break;
    case T_FLOAT:  sv_set_float(ret, argv[0].u.f); break;
    case T_STRING: sv_set_float(ret, strtod(argv[0].u.s->data, NULL)); break;
    default:       sv_set_float(ret, 0.0);
    }
}

void f_copy(svalue *argv, int argc, svalue *ret) {
    sv_deep_copy(ret, &argv[0]);
}

/* ---------------------------------------------------------------- errors */

/* error(msg): raises "*msg", with a newline added when msg does not end
 * in one (more are kept). The message is cut at 2045 bytes as in MudOS. */
void f_error(svalue *argv, int argc, svalue *ret) {
    const lstr *s = argv[0].u.s;
    size_t n = s->len;
    if (n > 2045) n = 2045;
    vm_error("%.*s", (int)n, s->data);
}

void f_throw(svalue *argv, int argc, svalue *ret) {
    vm_throw(&argv[0]);
}

/* ------------------------------------------------------------ allocation */

/* Moves a call's result r into dst (freeing dst's old value) and leaves r
 * as 0, so whatever later pops r's slot releases nothing. */
static void take_result(svalue *dst, svalue *r) {
    svalue old = *dst;
    *dst = *r;
    sv_set_int(r, 0);
    sv_free(&old);
}

/* allocate(n [, v]): n elements, each 0, a copy of v, or, when v is a
 * function, v(i) for element i. */
void f_allocate(svalue *argv, int argc, svalue *ret) {
    int64_t n = argv[0].u.n;
    if (n < 0) vm_error("Illegal array size.");
    array *a = arr_new((size_t)n);
    sv_set_arr(ret, a);                 /* owned by the stack from here on */
    if (argc < 2) return;
    const svalue *v = &argv[1];
    for (int64_t i = 0; i < n; i++) {
        if (v->type != T_FUNCTION) {
            sv_copy(&a->item[i], v);
            continue;
        }
        push_int(i);
        take_result(&a->item[i], vm_call_fp(v->u.fp, 1));
    }
}

/* allocate_mapping(n), or (keys, values-array), or (keys, value or
 * function of the key). */
void f_allocate_mapping(svalue *argv, int argc, svalue *ret) {
    if (argc < 2) {
        if (argv[0].type != T_INT) vm_error("Bad argument 1 to allocate_mapping()");
        sv_set_map(ret, map_new(argv[0].u.n > 0 ? (size_t)argv[0].u.n : 0));
        return;
    }
    if (argv[0].type != T_ARRAY) vm_error("Bad argument 1 to allocate_mapping()");
    array *keys = argv[0].u.a;
    const svalue *v = &argv[1];
    if (v->type == T_ARRAY && v->u.a->size != keys->size)
        vm_error("Arrays passed to allocate_mapping() must be the same size");
    mapping *m = map_new(keys->size);
    sv_set_map(ret, m);
    for (uint32_t i = 0; i < keys->size; i++) {
        if (v->type == T_ARRAY) {
            sv_assign(map_insert(m, &keys->item[i]), &v->u.a->item[i]);
        } else if (v->type == T_FUNCTION) {
            push_svalue(&keys->item[i]);
            svalue *r = vm_call_fp(v->u.fp, 1);
            take_result(map_insert(m, &keys->item[i]), r);
        } else {
            sv_assign(map_insert(m, &keys->item[i]), v);
        }
    }
}

void f_allocate_buffer(svalue *argv, int argc, svalue *ret) {
    if (argv[0].u.n < 0) vm_error("Illegal buffer size.");
    sv_set_buf(ret, buf_new((size_t)argv[0].u.n));
}

/* -------------------------------------------------------------- mappings */

void f_keys(svalue *argv, int argc, svalue *ret)   { sv_set_arr(ret, map_keys(argv[0].u.m)); }
void f_values(svalue *argv, int argc, svalue *ret) { sv_set_arr(ret, map_values(argv[0].u.m)); }

/* Removes the key (absent keys are fine); returns 0, as 2.7's void efun. */
void f_map_delete(svalue *argv, int argc, svalue *ret) {
    map_delete(argv[0].u.m, &argv[1]);
}

/* ---------------------------------------------------------- member_array */

/* member_array(c, str [, start]): index of byte c in the C string str
 * from start on (as strchr: searching for 0 finds the end), or -1. */
static int64_t member_char(const svalue *item, const lstr *s, int64_t start, int64_t flags) {
    if (flags & 2) vm_error("member_array: can not search backwards in strings");
    if (item->type != T_INT)
        vm_error("Bad argument 1 to member_array()\nExpected: int Got: %s.", type_name(item->type));
    if (start > (int64_t)s->len)
        vm_error("Index to start search from in member_array() is > string length.");
    const char *p = strchr(s->data + start, (char)item->u.n);
    return p ? p - s->data : -1;
}

/* Whether element e matches item under member_array's rule; flag 1 makes
 * a string item match as a prefix. */
static int member_match(const svalue *item, svalue *e, int prefix) {
    if (sv_check_object(e)->type != item->type) return 0;
    switch (item->type) {
    case T_INT:    return e->u.n == item->u.n;
    case T_FLOAT:  return e->u.f == item->u.f;
    case T_STRING:
        if (prefix)
            return e->u.s->len >= item->u.s->len &&
                   memcmp(e->u.s->data, item->u.s->data, item->u.s->len) == 0;
        return str_eq(e->u.s, item->u.s);
    default:       return e->u.p == item->u.p;
    }
}

/* member_array(item, arr [, start [, flags]]): first index >= start whose
 * element is item, or -1. flags 1: strings match as prefixes; flags 2:
 * search from the end (start then counts from the end). */
void f_member_array(svalue *argv, int argc, svalue *ret) {
    int64_t start = argc > 2 ? argv[2].u.n : 0, flags = argc > 3 ? argv[3].u.n : 0;
    if (start < 0) vm_error("Bad Argument 3 to member_array()");
    svalue *item = sv_check_object(&argv[0]);
    if (argv[1].type == T_STRING) {
        sv_set_int(ret, member_char(item, argv[1].u.s, start, flags));
        return;
    }
    array *a = argv[1].u.a;
    int64_t size = a->size, found = -1;
    for (int64_t i = start; i < size; i++) {
        int64_t k = flags & 2 ? size - 1 - i : i;
        if (member_match(item, &a->item[k], flags & 1)) {
            found = k;
            break;
        }
    }
    sv_set_int(ret, found);
}
