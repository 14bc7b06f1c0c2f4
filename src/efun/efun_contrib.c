/*
 * efun_contrib.c — the FluffOS 2.7 "contrib" efuns that look inside an
 * object's program and variables: functions, variables, function_owner,
 * store_variable/fetch_variable, base_name, replaceable, program_info,
 * replace_program/query_replaced_program, refs, destructed_objects,
 * query_privs/set_privs, query_host_name, get_garbage.
 * (terminal_colour lives in term_colour.c.)
 *
 * Type strings follow 2.7's get_type_name(): modifiers first ("private ",
 * "protected ", "nosave ", "nomask ", "varargs "), then the base type
 * and a space, then "* " for an array: functions(ob, 1) reports an int
 * function as "int " and a string array argument as "string * ".
 *
 * replace_program() checks its argument as 2.7 does and then leaves the
 * object's program alone: swapping it safely needs a hook at the end of
 * the top-level evaluation and a count of the function pointers into the
 * program, neither of which exists yet. The object keeps behaving as
 * before (replace_program only saves memory in 2.7), so
 * query_replaced_program() answers 0.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "efun.h"
#include "../runtime/object.h"
#include "../vm/vm.h"

/* ------------------------------------------------------------ type names */
static const char *const base_type_words[] = {
    [TY_UNKNOWN] = "unknown", [TY_VOID] = "void", [TY_INT] = "int",
    [TY_FLOAT] = "float", [TY_STRING] = "string", [TY_OBJECT] = "object",
    [TY_MAPPING] = "mapping", [TY_FUNCTION] = "function", [TY_BUFFER] = "buffer",
    [TY_MIXED] = "mixed", [TY_CLASS] = "class",
};

/* "<mods><base> " plus "* " for arrays, as a new string. */
static lstr *type_string(uint32_t type, const char *mods) {
    uint32_t base = type & 0xff;
    const char *word = base < sizeof base_type_words / sizeof base_type_words[0]
                       ? base_type_words[base] : "unknown";
    return str_printf("%s%s %s", mods, word, (type & TY_ARRAY) ? "* " : "");
}

static const char *var_modifiers(uint16_t flags, char *buf, size_t size) {
    snprintf(buf, size, "%s%s%s", (flags & VAR_PRIVATE) ? "private " : "",
             (flags & VAR_PROTECTED) ? "protected " : "", (flags & VAR_NOSAVE) ? "nosave " : "");
    return buf;
}

/* ------------------------------------------------------------- functions */
/* Entries functions() lists: visible by name (hidden ones, functionals
 * and the aliases an override left behind are not). Visible names are
 * unique in a linked program, so nothing is listed twice. */
static int fn_listed(const func_def *d) {
    return !(d->flags & (FN_HIDDEN | FN_ALIAS | FN_FUNCTIONAL));
}

/* ({ name, num_args, "return type", arg types... }) of entry i, from its
 * resolved definition. As 2.7 keeps argument types only for functions
 * compiled with exact types (a declared return type or strict_types),
 * an untyped function reports 0 for each argument. */
static array *function_info(const program *p, int i) {
    const func_impl *im = p->impl ? &p->impl[i] : NULL;
    const func_def *d = im ? im->def : &p->funcs[i];
    int exact = d->type != TY_UNKNOWN || (im && (im->prog->flags & PROG_STRICT_TYPES));
    array *a = arr_new(3 + (size_t)d->num_args);
    sv_set_str(&a->item[0], str_ref(p->funcs[i].name));
    sv_set_int(&a->item[1], d->num_args);
    sv_set_str(&a->item[2], type_string(d->type, ""));
    for (int j = 0; exact && d->arg_types && j < d->num_args; j++)
        sv_set_str(&a->item[3 + j], type_string(d->arg_types[j], ""));
    return a;
}

void f_functions(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type != T_OBJECT || obj_destructed(argv[0].u.ob)) return;
    const program *p = argv[0].u.ob->prog;
    int detailed = argc > 1 && argv[1].type == T_INT && argv[1].u.n;
    size_t n = 0, k = 0;
    for (int i = 0; i < p->n_funcs; i++) n += fn_listed(&p->funcs[i]);
    array *a = arr_new(n);
    sv_set_arr(ret, a);                  /* freed by the unwinder on error */
    for (int i = 0; i < p->n_funcs; i++) {
        if (!fn_listed(&p->funcs[i])) continue;
        if (detailed) sv_set_arr(&a->item[k++], function_info(p, i));
        else sv_set_str(&a->item[k++], str_ref(p->funcs[i].name));
    }
}

/* ------------------------------------------------------------- variables */
/* The declaration of variable i of p in the program that defines it (an
 * inherited copy carries flags added by the inheritance). */
static const var_def *defining_var(const program *p, int i) {
    while (p->vars[i].flags & VAR_INHERITED) {
        int k = p->n_inherits - 1;
        while (k >= 0 && p->inherits[k].var_offset > i) k--;
        if (k < 0 || i - p->inherits[k].var_offset >= p->inherits[k].prog->n_vars) break;
        i -= p->inherits[k].var_offset;
        p = p->inherits[k].prog;
    }
    return &p->vars[i];
}

void f_variables(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type != T_OBJECT || obj_destructed(argv[0].u.ob)) return;
    const program *p = argv[0].u.ob->prog;
    int detailed = argc > 1 && argv[1].type == T_INT && argv[1].u.n;
    array *a = arr_new(p->n_vars);
    sv_set_arr(ret, a);                  /* freed by the unwinder on error */
    for (int i = 0; i < p->n_vars; i++) {
        if (!detailed) {
            sv_set_str(&a->item[i], str_ref(p->vars[i].name));
            continue;
        }
        const var_def *v = defining_var(p, i);
        char mods[64];
        array *pair = arr_new(2);
        sv_set_str(&pair->item[0], str_ref(p->vars[i].name));
        sv_set_str(&pair->item[1], type_string(v->type, var_modifiers(v->flags, mods, sizeof mods)));
        sv_set_arr(&a->item[i], pair);
    }
}

/* The first variable of ob called name (inherited ones first, private ones
 * included, as 2.7's lookup); raises if there is none. */
static svalue *named_variable(object *ob, const lstr *name) {
    for (int i = 0; ob && i < ob->prog->n_vars; i++)
        if (str_eq(ob->prog->vars[i].name, name)) return &ob->vars[i];
    vm_error("No variable named '%s'!", name->data);
}

void f_store_variable(svalue *argv, int argc, svalue *ret) {
    sv_assign(named_variable(vm_current_object, argv[0].u.s), &argv[1]);
}

void f_fetch_variable(svalue *argv, int argc, svalue *ret) {
    sv_copy(ret, named_variable(vm_current_object, argv[0].u.s));
}

void f_function_owner(svalue *argv, int argc, svalue *ret) {
    object *owner = argv[0].u.fp->owner;
    if (owner && !obj_destructed(owner)) sv_set_obj(ret, owner);
}

/* ------------------------------------------------------------------ names */
/* "/std/user#12" -> "/std/user"; a string is cut at its '#' as it is. */
void f_base_name(svalue *argv, int argc, svalue *ret) {
    lstr *name;
    if (argv[0].type == T_OBJECT && !obj_destructed(argv[0].u.ob)) name = argv[0].u.ob->name;
    else if (argv[0].type == T_STRING) name = argv[0].u.s;
    else return;
    const char *hash = memchr(name->data, '#', name->len);
    if (hash) sv_set_str(ret, str_new(name->data, (size_t)(hash - name->data)));
    else sv_set_str(ret, str_ref(name));
}

void f_query_host_name(svalue *argv, int argc, svalue *ret) {
    char name[256];
    if (gethostname(name, sizeof name) != 0) name[0] = '\0';
    name[sizeof name - 1] = '\0';
    sv_set_cstr(ret, name);
}

/* ----------------------------------------------------------------- privs */
void f_query_privs(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type == T_OBJECT && argv[0].u.ob->privs)
        sv_set_str(ret, str_ref(argv[0].u.ob->privs));
}

void f_set_privs(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type != T_OBJECT) return;
    object *ob = argv[0].u.ob;
    lstr *old = ob->privs;
    ob->privs = argv[1].type == T_STRING ? str_ref(argv[1].u.s) : NULL;
    str_free(old);
}

/* ------------------------------------------------------- replace_program */
/* Whether p inherits (at any depth) the program whose file is `file`
 * ("/a/b.c"). */
static int inherits_file(const program *p, const char *file) {
    for (int i = 0; i < p->n_inherits; i++) {
        const lstr *n = p->inherits[i].prog->name;
        const char *s = n->data[0] == '/' ? n->data + 1 : n->data;
        if (strcmp(s, file) == 0 || inherits_file(p->inherits[i].prog, file)) return 1;
    }
    return 0;
}

void f_replace_program(svalue *argv, int argc, svalue *ret) {
    object *ob = vm_current_object;
    if (!ob) vm_error("replace_program called with no current object");
    if (ob == simul_efun_ob) vm_error("replace_program on simul_efun object");
    const lstr *s = argv[0].u.s;
    const char *name = s->data[0] == '/' ? s->data + 1 : s->data;
    size_t n = strlen(name);
    lstr *file = n >= 2 && strcmp(name + n - 2, ".c") == 0 ? str_newz(name) : str_printf("%s.c", name);
    int found = inherits_file(ob->prog, file->data);
    str_free(file);
    if (!found) vm_error("program to replace the current with has to be inherited");
}

void f_query_replaced_program(svalue *argv, int argc, svalue *ret) {
    sv_set_int(ret, 0);
}

/* 1 if ob defines no functions of its own but create() and the ignored
 * names (its program could be replaced by an inherited one). */
static int ignored(const lstr *name, const array *ignore) {
    if (strcmp(name->data, "create") == 0 || strcmp(name->data, PROG_INIT_NAME) == 0) return 1;
    for (uint32_t i = 0; ignore && i < ignore->size; i++)
        if (ignore->item[i].type == T_STRING && str_eq(ignore->item[i].u.s, name)) return 1;
    return 0;
}

void f_replaceable(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type != T_OBJECT) return;
    object *ob = argv[0].u.ob;
    const array *ignore = argc > 1 && argv[1].type == T_ARRAY ? argv[1].u.a : NULL;
    const program *p = ob->prog;
    int ok = ob != simul_efun_ob;
    for (int i = 0; ok && i < p->n_funcs; i++) {
        const func_def *d = &p->funcs[i];
        if (d->flags & (FN_INHERITED | FN_ALIAS | FN_PROTOTYPE | FN_FUNCTIONAL)) continue;
        if (!ignored(d->name, ignore)) ok = 0;
    }
    sv_set_int(ret, ok);
}

/* ------------------------------------------------------------ program_info */
typedef struct prog_sizes {
    int64_t header, code, func, string, var, cls, inherit, types, total;
} prog_sizes;

static void add_program_sizes(prog_sizes *z, const program *p) {
    int64_t own_vars = 0, types = 0, cls = 0;
    for (int i = 0; i < p->n_vars; i++) own_vars += !(p->vars[i].flags & VAR_INHERITED);
    for (int i = 0; i < p->n_funcs; i++)
        if (p->funcs[i].arg_types) types += p->funcs[i].num_args;
    for (int i = 0; i < p->n_classes; i++)
        cls += (int64_t)sizeof(class_def) + p->classes[i].n_members * (int64_t)(sizeof(lstr *) + sizeof(uint32_t));
    int64_t header = sizeof(program), code = p->code_len;
    int64_t func = p->n_funcs * (int64_t)(sizeof(func_def) + sizeof(func_impl));
    int64_t string = p->n_consts * (int64_t)sizeof(svalue);
    int64_t var = own_vars * (int64_t)sizeof(var_def);
    int64_t inherit = p->n_inherits * (int64_t)sizeof(inherit_def);
    types *= (int64_t)sizeof(uint32_t);
    z->header += header; z->code += code; z->func += func; z->string += string;
    z->var += var; z->cls += cls; z->inherit += inherit; z->types += types;
    z->total += header + code + func + string + var + cls + inherit + types
                + p->n_lines * (int64_t)sizeof(line_entry);
}

static void put_int(mapping *m, const char *key, int64_t n) {
    svalue v;
    sv_set_int(&v, n);
    map_set_str(m, key, &v);
}

/* Sizes of one object's program (0 for a clone) or of every loaded one. */
void f_program_info(svalue *argv, int argc, svalue *ret) {
    prog_sizes z = {0};
    if (argc > 0 && argv[0].type == T_OBJECT) {
        if (!(argv[0].u.ob->flags & O_CLONE)) add_program_sizes(&z, argv[0].u.ob->prog);
    } else {
        for (object *ob = obj_list; ob; ob = ob->next_all)
            if (!(ob->flags & O_CLONE)) add_program_sizes(&z, ob->prog);
    }
    mapping *m = map_new(9);
    sv_set_map(ret, m);
    put_int(m, "header size", z.header);
    put_int(m, "code size", z.code);
    put_int(m, "function size", z.func);
    put_int(m, "string size", z.string);
    put_int(m, "var size", z.var);
    put_int(m, "class size", z.cls);
    put_int(m, "inherit size", z.inherit);
    put_int(m, "saved type size", z.types);
    put_int(m, "total size", z.total);
}

/* ------------------------------------------------------------ references */
/* The number of references to a value besides the one refs() holds;
 * -1 for ints and floats (they have none), as 2.7. */
void f_refs(svalue *argv, int argc, svalue *ret) {
    int64_t r = 0;
    switch (argv[0].type) {
    case T_STRING: r = argv[0].u.s->refs; break;
    case T_ARRAY: case T_CLASS: r = argv[0].u.a->refs; break;
    case T_MAPPING: r = argv[0].u.m->refs; break;
    case T_OBJECT: r = argv[0].u.ob->refs; break;
    case T_FUNCTION: r = argv[0].u.fp->refs; break;
    case T_BUFFER: r = argv[0].u.b->refs; break;
    default: break;
    }
    sv_set_int(ret, r - 1);
}

/* Destructed objects are freed once the last value naming them goes and
 * are kept on no list, so there are never any left to report. */
void f_destructed_objects(svalue *argv, int argc, svalue *ret) {
    sv_set_arr(ret, arr_new(0));
}

/* Clones nothing refers to: only the object table holds them, they are in
 * no environment and shadow nothing. */
void f_get_garbage(svalue *argv, int argc, svalue *ret) {
    size_t n = 0, k = 0;
    for (object *ob = obj_list; ob; ob = ob->next_all)
        n += ob->refs == 1 && (ob->flags & O_CLONE) && !ob->env && !ob->shadowing;
    array *a = arr_new(n);
    for (object *ob = obj_list; ob && k < n; ob = ob->next_all)
        if (ob->refs == 1 && (ob->flags & O_CLONE) && !ob->env && !ob->shadowing)
            sv_set_obj(&a->item[k++], ob);
    sv_set_arr(ret, a);
}
