/*
 * types.c — the checking pass over one function body, run after the
 * function table is laid out: computes the static type of every
 * expression, resolves names the parser could not (function calls,
 * `::f`, function pointers, class members), fills in efun default
 * arguments, and reports errors.
 *
 * Strictness follows the period driver: a function with a declared return
 * type is "exact" (calling an undefined function is an error there; in an
 * untyped function it is a run-time error), and type mismatches are only
 * reported under #pragma strict_types, and only when they are clear-cut:
 * both types known, neither mixed, and no literal 0 involved.
 */
#include <stdio.h>
#include <string.h>
#include "../efun/efun.h"
#include "../runtime/simul_efun.h"
#include "../vm/opcodes.h"
#include "parse.h"

typedef struct tctx {
    cstate *cs;
    fdecl *fn;
    int exact;              /* operators are typed (see binop_type) */
} tctx;

static void check_expr(tctx *t, node *n);
static void check_stmt(tctx *t, node *n);

/* ------------------------------------------------------------ type utils */
static int is_mixed(uint32_t t) {
    return t == TY_UNKNOWN || t == TY_MIXED;
}

static int base_of(uint32_t t) { return (int)(t & 0xff); }

static const char *type_name_buf(cstate *cs, uint32_t t, char *buf, size_t n) {
    static const char *const names[] = { "mixed", "void", "int", "float", "string", "object",
                                         "mapping", "function", "buffer", "mixed", "class" };
    int b = base_of(t);
    const char *bn = b <= TY_CLASS ? names[b] : "?";
    if (b == TY_CLASS && TY_CLASS_ID(t) < (uint32_t)cs->classes.n)
        snprintf(buf, n, "class %s%s", cs->classes.p[TY_CLASS_ID(t)].name->data, (t & TY_ARRAY) ? " *" : "");
    else
        snprintf(buf, n, "%s%s", bn, (t & TY_ARRAY) ? " *" : "");
    return buf;
}

/* Is a value of static type `have` acceptable where `want` is declared? */
static int types_compatible(uint32_t have, uint32_t want) {
    if (is_mixed(have) || is_mixed(want) || have == want) return 1;
    if (want == TY_VOID || have == TY_VOID) return 0;
    if ((have & TY_ARRAY) && (want & TY_ARRAY))
        return is_mixed(have & ~TY_ARRAY & 0xffff) || is_mixed(want & ~TY_ARRAY & 0xffff);
    if ((have & TY_ARRAY) || (want & TY_ARRAY)) return 0;
    if ((base_of(have) == TY_INT && base_of(want) == TY_FLOAT)
        || (base_of(have) == TY_FLOAT && base_of(want) == TY_INT))
        return 1;
    return 0;
}

static int is_zero(const node *n) { return n->kind == N_INT && n->v.n == 0; }

/* Reports a strict-types mismatch when it is clear-cut. */
static void want_type(tctx *t, node *n, uint32_t want, const char *what) {
    char b1[64], b2[64];
    if (!t->fn->strict || is_zero(n) || types_compatible(n->type, want)) return;
    error_at(t->cs, n, "Type mismatch in %s: %s given, %s expected", what,
             type_name_buf(t->cs, n->type, b1, sizeof b1), type_name_buf(t->cs, want, b2, sizeof b2));
}

static uint32_t global_type(cstate *cs, int idx) {
    return idx >= 0 && idx < cs->vars.n ? cs->vars.p[idx].type : TY_MIXED;
}

/* TM_* mask of the run-time types a static type may hold (0 = any). */
static uint32_t type_mask(uint32_t t) {
    if (is_mixed(t)) return 0;
    if (t & TY_ARRAY) return TM_ARRAY;
    switch (base_of(t)) {
    case TY_INT: return TM_INT;
    case TY_FLOAT: return TM_FLOAT;
    case TY_STRING: return TM_STRING;
    case TY_OBJECT: return TM_OBJECT;
    case TY_MAPPING: return TM_MAPPING;
    case TY_FUNCTION: return TM_FUNCTION;
    case TY_BUFFER: return TM_BUFFER;
    case TY_CLASS: return TM_CLASS;
    default: return 0;
    }
}

/* ------------------------------------------------------------- operators */
/* The static types of operator results follow 2.7, whose compiler decides
 * by them where an assignment converts between int and float (see
 * promote_assign). A mixed operand takes the other one's type (mixed + int
 * is int). Outside exact functions 2.7 typed + - * / and unary - as mixed;
 * comparisons and the integer operators are always int. */
static int is_num(uint32_t t) { return t == TY_INT || t == TY_FLOAT; }

static uint32_t add_type(uint32_t a, uint32_t b) {
    if (a == b) return a;
    if (is_mixed(a)) return b == TY_FUNCTION ? TY_MIXED : b;
    if (is_mixed(b)) return a == TY_FUNCTION ? TY_MIXED : a;
    switch (a) {
    case TY_OBJECT: return b == TY_STRING ? TY_STRING : TY_MIXED;
    case TY_STRING: return is_num(b) || b == TY_OBJECT ? TY_STRING : TY_MIXED;
    case TY_INT:    return b == TY_FLOAT || b == TY_STRING ? b : TY_MIXED;
    case TY_FLOAT:  return b == TY_INT ? TY_FLOAT : b == TY_STRING ? TY_STRING : TY_MIXED;
    default:        return (a & b & TY_ARRAY) ? TY_MIXED | TY_ARRAY : TY_MIXED;
    }
}

/* - * /: besides numbers (and mixed), - takes arrays and * mappings. */
static uint32_t arith_type(uint32_t a, uint32_t b, int op) {
    int arr = op == OP_SUB;
    uint32_t extra = op == OP_MUL ? TY_MAPPING : (uint32_t)-1;
#define TAKES(t) (is_num(t) || (t) == extra || (arr && ((t) & TY_ARRAY)))
    if (a == b) return is_mixed(a) || TAKES(a) ? a : TY_MIXED;
    if (is_mixed(a)) return TAKES(b) ? b : TY_MIXED;
    if (is_mixed(b)) return TAKES(a) ? a : TY_MIXED;
#undef TAKES
    if (is_num(a) && is_num(b)) return TY_FLOAT;
    if (arr && (a & b & TY_ARRAY)) return TY_MIXED | TY_ARRAY;
    return TY_MIXED;
}

static uint32_t binop_type(tctx *t, node *n) {
    uint32_t a = n->a->type, b = n->b->type;
    switch (n->op) {
    case OP_ADD:
        if (t->exact) return add_type(a, b);
        if (is_zero(n->a) && is_num(b)) return b;       /* 2.7 compiles 0 + x as x */
        if (is_zero(n->b) && is_num(a)) return a;
        return TY_MIXED;
    case OP_SUB: case OP_MUL: case OP_DIV:
        return t->exact ? arith_type(a, b, n->op) : TY_MIXED;
    case OP_AND: case OP_OR:
        if ((a & TY_ARRAY) || (b & TY_ARRAY)) return a == b ? a : TY_MIXED | TY_ARRAY;
        return TY_INT;
    case OP_MOD: case OP_XOR: case OP_LSH: case OP_RSH:
        if (t->fn->strict) {
            node *bad = (!is_mixed(a) && a != TY_INT) ? n->a : (!is_mixed(b) && b != TY_INT) ? n->b : NULL;
            char buf[64];
            if (bad)
                error_at(t->cs, bad, "Bad argument to integer operator: %s",
                         type_name_buf(t->cs, bad->type, buf, sizeof buf));
        }
        return TY_INT;
    default:
        return TY_INT;                  /* comparisons */
    }
}

/* ----------------------------------------------------------------- calls */
static void check_list(tctx *t, node *list) {
    for (; list; list = list->next) check_expr(t, list);
}

static int has_ref_arg(const node *args) {
    for (; args; args = args->next)
        if (args->kind == N_REF) return 1;
    return 0;
}

static node *default_arg(tctx *t, const efun_info *e, int i, uint32_t line) {
    if (e->defaults[i] == DEF_INT) {
        node *n = ast_int(t->cs, e->def_int[i], line);
        n->type = TY_INT;
        return n;
    }
    node *n = ast_node(t->cs, N_CALL, line);
    n->v.s = intern_name(t->cs, "this_object");
    n->op = CALL_EFUN;
    n->x = efun_lookup("this_object");
    n->type = TY_OBJECT;
    return n;
}

static void append_arg(node *call, node *arg) {
    node **p = &call->a;
    while (*p) p = &(*p)->next;
    *p = arg;
}

/* a converted to float (to_float) or int (to_int, as a C cast truncates):
 * a literal now, anything else through the efun at run time. */
static node *convert_node(tctx *t, node *a, int to_float) {
    if (to_float && a->kind == N_INT) {
        a->kind = N_FLOAT;
        a->v.f = (double)a->v.n;
        a->type = TY_FLOAT;
        return a;
    }
    if (!to_float && a->kind == N_FLOAT && a->v.f > -9.2e18 && a->v.f < 9.2e18) {
        a->kind = N_INT;
        a->v.n = (int64_t)a->v.f;
        a->type = TY_INT;
        return a;
    }
    node *c = ast_node(t->cs, N_CALL, a->line);
    c->v.s = intern_name(t->cs, to_float ? "to_float" : "to_int");
    c->op = CALL_EFUN;
    c->x = efun_lookup(c->v.s->data);
    c->type = to_float ? TY_FLOAT : TY_INT;
    c->a = a;
    c->next = a->next;
    a->next = NULL;
    return c;
}

/* In a typed function an int argument where the efun takes float but not
 * int (or the other way round) is converted, as the period driver did:
 * sqrt(16) works there. */
static node *promote_arg(tctx *t, node *a, uint32_t mask) {
    if (a->type == TY_INT && (mask & TM_FLOAT) && !(mask & TM_INT)) return convert_node(t, a, 1);
    if (a->type == TY_FLOAT && (mask & TM_INT) && !(mask & TM_FLOAT)) return convert_node(t, a, 0);
    return a;
}

static void promote_args(tctx *t, node *n, const efun_info *info) {
    node **p = &n->a;
    for (int i = 0; *p && i < info->n_specs && i < EFUN_MAX_ARGS; i++, p = &(*p)->next)
        *p = promote_arg(t, *p, info->arg_mask[i]);
}

/* An efun call: argument count, defaults, strict argument types. */
static void resolve_efun(tctx *t, node *n, int e) {
    const efun_info *info = &efun_table[e];
    int argc = ast_count(n->a);
    n->op = CALL_EFUN;
    n->x = e;
    n->type = info->ret_type ? info->ret_type : TY_MIXED;
    if (has_ref_arg(n->a)) error_at(t->cs, n, "Illegal use of ref in a call to efun %s()", info->name);
    if (info->max_args != EFUN_VARARGS && argc > info->max_args) {
        error_at(t->cs, n, "Too many arguments to %s", info->name);
        return;
    }
    for (int i = argc; i < info->n_specs && i < EFUN_MAX_ARGS && info->defaults[i] != DEF_NONE; i++) {
        append_arg(n, default_arg(t, info, i, n->line));
        argc++;
    }
    if (argc < info->min_args) {
        error_at(t->cs, n, "Too few arguments to %s", info->name);
        return;
    }
    if (t->exact) promote_args(t, n, info);
    if (!t->fn->strict) return;
    int i = 0;
    for (node *a = n->a; a && i < info->n_specs && i < EFUN_MAX_ARGS; a = a->next, i++) {
        uint32_t m = type_mask(a->type);
        if (m && info->arg_mask[i] && !(m & info->arg_mask[i]) && !is_zero(a))
            error_at(t->cs, a, "Bad argument %d to efun %s()", i + 1, info->name);
    }
}

/* A name nobody defines, called from an untyped function: an entry that
 * errors at run time when called, as the period driver did. */
static int implicit_function(tctx *t, const node *at) {
    lstr *name = at->v.s;
    cstate *cs = t->cs;
    int idx = find_visible_function(cs, name);
    if (idx >= 0) return idx;
    warn_at(cs, at, "Undefined function %s (an error if it is ever called)", name->data);
    func_def e = {0};
    e.name = name;
    e.flags = FN_PROTOTYPE | FN_VARARGS;
    e.line = at->line;
    vec_push(cs->funcs, e);
    ptrmap_put(&cs->fn_visible, name, cs->funcs.n);
    return cs->funcs.n - 1;
}

static void ref_args_check(tctx *t, node *n, uint64_t ref_params) {
    int i = 0;
    for (node *a = n->a; a; a = a->next, i++)
        if (a->kind == N_REF && (i >= 64 || !((ref_params >> i) & 1)))
            error_at(t->cs, a, "Illegal use of ref: parameter %d is not declared ref", i + 1);
}

static void resolve_local_call(tctx *t, node *n, int idx) {
    cstate *cs = t->cs;
    fdecl *own = own_function(cs, n->v.s);
    const func_def *d = resolve_func_def(cs, idx);
    uint64_t refs = 0;
    n->op = CALL_LOCAL;
    n->x = idx;
    if (own && own->index == idx) {
        n->type = own->type ? own->type : TY_MIXED;
        refs = own->ref_args;
        if (t->fn->strict && !(own->flags & FN_VARARGS) && ast_count(n->a) > own->num_args)
            error_at(cs, n, "Too many arguments to %s", n->v.s->data);
    } else if (d) {
        n->type = d->type ? d->type : TY_MIXED;
        refs = d->ref_args;
    } else {
        n->type = cs->funcs.p[idx].type ? cs->funcs.p[idx].type : TY_MIXED;
    }
    ref_args_check(t, n, refs);
}

static void resolve_call(tctx *t, node *n) {
    cstate *cs = t->cs;
    lstr *name = n->v.s;
    check_list(t, n->a);
    if (!n->y) {
        int idx = find_visible_function(cs, name);
        if (idx >= 0) { resolve_local_call(t, n, idx); return; }
        int g = global_lookup(cs, name);
        if (g >= 0) g = global_index(cs, g);
        uint32_t gt = global_type(cs, g);
        if (g >= 0 && (gt == TY_FUNCTION || is_mixed(gt))) {
            node *var = ast_node(cs, N_GLOBAL, n->line);
            var->x = g;
            var->type = gt;
            n->kind = N_CALL_FP;
            n->b = n->a;
            n->a = var;
            n->type = TY_MIXED;
            return;
        }
        int s = simul_lookup(name->data);
        if (s >= 0) {
            n->op = CALL_SIMUL;
            n->x = s;
            n->type = TY_MIXED;
            if (has_ref_arg(n->a)) error_at(cs, n, "Illegal use of ref in a call to %s()", name->data);
            return;
        }
    }
    int e = efun_lookup(name->data);
    if (e >= 0) {
        if (n->y == 1 && compile_hook.allow_efun_override
            && !compile_hook.allow_efun_override(cs->name->data, name->data))
            error_at(cs, n, "Illegal to override efun %s", name->data);
        resolve_efun(t, n, e);
        return;
    }
    if (n->y) {
        error_at(cs, n, "Unknown efun: %s", name->data);
        return;
    }
    if (t->fn->exact) {
        error_at(cs, n, "Undefined function %s", name->data);
        return;
    }
    n->op = CALL_LOCAL;
    n->x = implicit_function(t, n);
    n->type = TY_MIXED;
}

/* Does inherited program name `pname` ("/a/b.c") answer to `label`? */
static int label_matches(const lstr *pname, const lstr *label) {
    size_t n = pname->len;
    if (n > 2 && memcmp(pname->data + n - 2, ".c", 2) == 0) n -= 2;
    if (label->len > n) return 0;
    if (memcmp(pname->data + n - label->len, label->data, label->len) != 0) return 0;
    return label->len == n || pname->data[n - label->len - 1] == '/';
}

static void resolve_super(tctx *t, node *n) {
    cstate *cs = t->cs;
    lstr *label = n->b ? n->b->v.s : NULL;
    check_list(t, n->a);
    n->type = TY_MIXED;
    for (int k = 0; k < cs->inherits.n; k++) {
        program *q = cs->inherits.p[k].prog;
        if (label && !label_matches(q->name, label)) continue;
        int j = prog_find_function(q, n->v.s);
        if (j < 0) continue;
        if (q->funcs[j].flags & FN_PRIVATE) {
            error_at(cs, n, "Called function %s is private.", n->v.s->data);
            return;
        }
        n->op = CALL_INHERIT;
        n->x = k;
        n->y = j;
        const func_def *d = q->impl[j].def;
        n->type = d->type ? d->type : TY_MIXED;
        ref_args_check(t, n, d->ref_args);
        return;
    }
    error_at(cs, n, "No such inherited function %s%s%s", label ? label->data : "", "::", n->v.s->data);
}

static void resolve_fp(tctx *t, node *n) {
    cstate *cs = t->cs;
    check_list(t, n->a);
    n->type = TY_FUNCTION;
    if (!n->y) {
        int idx = find_visible_function(cs, n->v.s);
        if (idx >= 0) { n->op = FPK_LOCAL; n->x = idx; return; }
        int s = simul_lookup(n->v.s->data);
        if (s >= 0) { n->op = FPK_SIMUL; n->x = s; return; }
    }
    int e = efun_lookup(n->v.s->data);
    if (e >= 0) {
        const efun_info *info = &efun_table[e];
        n->op = FPK_EFUN;
        n->x = e;
        if (info->max_args != EFUN_VARARGS && ast_count(n->a) > info->max_args)
            error_at(cs, n, "Too many arguments to %s", info->name);
        return;
    }
    if (t->fn->exact || n->y) {
        error_at(cs, n, "Undefined function %s", n->v.s->data);
        return;
    }
    n->op = FPK_LOCAL;
    n->x = implicit_function(t, n);
}

/* ---------------------------------------------------------------- members */
static int class_member(cstate *cs, int cls, lstr *name, uint32_t *type) {
    const class_def *c = &cs->classes.p[cls];
    for (int m = 0; m < c->n_members; m++)
        if (str_eq(c->member_names[m], name)) {
            *type = c->member_types[m];
            return m;
        }
    return -1;
}

static void resolve_member(tctx *t, node *n) {
    cstate *cs = t->cs;
    uint32_t bt = n->a->type, mt = TY_MIXED;
    n->type = TY_MIXED;
    if (base_of(bt) == TY_CLASS && !(bt & TY_ARRAY) && TY_CLASS_ID(bt) < (uint32_t)cs->classes.n) {
        int cls = (int)TY_CLASS_ID(bt);
        n->x = class_member(cs, cls, n->v.s, &mt);
        if (n->x < 0)
            error_at(cs, n, "Class %s has no member '%s'", cs->classes.p[cls].name->data, n->v.s->data);
        else
            n->type = mt;
        return;
    }
    if (!is_mixed(bt)) {
        char buf[64];
        error_at(cs, n, "Left argument of -> is not a class (%s)", type_name_buf(cs, bt, buf, sizeof buf));
        return;
    }
    int found = -1, clashes = 0;
    for (int c = 0; c < cs->classes.n; c++) {
        uint32_t ty;
        int m = class_member(cs, c, n->v.s, &ty);
        if (m < 0) continue;
        if (found >= 0 && m != found) clashes = 1;
        if (found < 0) mt = ty;
        else if (mt != ty) mt = TY_MIXED;
        found = m;
    }
    if (found < 0) error_at(cs, n, "No class in scope has a member '%s'", n->v.s->data);
    else if (clashes) error_at(cs, n, "More than one class in scope has a member '%s'; use a cast", n->v.s->data);
    n->x = found < 0 ? 0 : found;
    n->type = mt;
}

/* new(class X, m: v, ...): each initialiser names a member of X. */
static void check_new_class(tctx *t, node *n) {
    cstate *cs = t->cs;
    if (n->x < 0) {
        error_at(cs, n, "new() of something that is not a class");
        return;
    }
    for (node *m = n->a; m; m = m->next) {
        uint32_t mt = TY_MIXED;
        check_expr(t, m->a);
        m->x = class_member(cs, n->x, m->v.s, &mt);
        if (m->x < 0)
            error_at(cs, m, "Class %s has no member '%s'", cs->classes.p[n->x].name->data, m->v.s->data);
        else
            want_type(t, m->a, mt, "member initialiser");
    }
}

/* ------------------------------------------------------------ expressions */
static uint32_t element_type(uint32_t t) {
    if (t == TY_STRING || t == TY_BUFFER) return TY_INT;
    if (t & TY_ARRAY) return t & ~(uint32_t)TY_ARRAY;
    return TY_MIXED;
}

static uint32_t same_or_mixed(uint32_t a, uint32_t b) { return a == b ? a : TY_MIXED; }

static node *strip_casts(node *n) {
    while (n->kind == N_CAST) n = n->a;
    return n;
}

/* x = v (and an initialiser) converts v by the static types, as 2.7 did:
 * into an int, a float value becomes an int; into a float, an int value
 * (or an int literal, even under a cast) becomes a float. Other types and
 * mixed are left alone, and so are += and the like. */
static void promote_assign(tctx *t, node *n) {
    uint32_t lt = n->a->type, rt = n->b->type;
    node *lit = strip_casts(n->b);
    if (lt == TY_FLOAT && lit->kind == N_INT) {
        convert_node(t, lit, 1);
    } else if (lt == TY_FLOAT && rt == TY_INT) {
        n->b = convert_node(t, n->b, 1);
    } else if (lt == TY_INT && rt == TY_FLOAT) {
        n->b = convert_node(t, n->b, 0);
    }
}

/* The value of an assignment has the static type of the right side as
 * written (before promote_assign), as in 2.7. */
static void check_assign(tctx *t, node *n) {
    int saved = t->exact;
    if (n->flags & NF_EXACT) t->exact = 1;
    check_expr(t, n->a);
    check_expr(t, n->b);
    n->type = n->b->type;
    if (n->op == 0) {
        want_type(t, n->b, n->a->type, "assignment");
        promote_assign(t, n);
    }
    t->exact = saved;
}

static void check_array(tctx *t, node *n) {
    uint32_t et = 0;
    int first = 1;
    for (node *e = n->a; e; e = e->next) {
        check_expr(t, e);
        if (first) et = e->type;
        else if (et != e->type) et = TY_MIXED;
        first = 0;
    }
    if (first || is_mixed(et) || (et & TY_ARRAY) || et == TY_VOID) n->type = TY_MIXED | TY_ARRAY;
    else n->type = et | TY_ARRAY;
}

static void check_expr(tctx *t, node *n) {
    cstate *cs = t->cs;
    switch (n->kind) {
    case N_INT:
        if (!(n->flags & NF_CAST)) n->type = (n->flags & NF_ZERO) ? TY_MIXED : TY_INT;
        break;
    case N_FLOAT: if (!(n->flags & NF_CAST)) n->type = TY_FLOAT; break;
    case N_STRING: if (!(n->flags & NF_CAST)) n->type = TY_STRING; break;
    case N_LOCAL: if (!n->type) n->type = TY_MIXED; break;
    case N_GLOBAL:
        n->x = global_index(cs, n->x);
        n->type = global_type(cs, n->x);
        break;
    case N_CAPTURED: n->type = TY_MIXED; break;
    case N_BINOP:
        check_expr(t, n->a);
        check_expr(t, n->b);
        n->type = binop_type(t, n);
        break;
    case N_UNOP:
        check_expr(t, n->a);
        n->type = n->op != OP_NEG ? TY_INT
                : (n->flags & NF_ZERO) ? n->a->type
                : t->exact && is_num(n->a->type) ? n->a->type : TY_MIXED;
        break;
    case N_LAND: case N_LOR:
        check_expr(t, n->a);
        check_expr(t, n->b);
        n->type = same_or_mixed(n->a->type, n->b->type);
        break;
    case N_COND:
        check_expr(t, n->a);
        check_expr(t, n->b);
        check_expr(t, n->c);
        n->type = same_or_mixed(n->b->type, n->c->type);
        break;
    case N_COMMA:
        check_expr(t, n->a);
        check_expr(t, n->b);
        n->type = n->b->type;
        break;
    case N_ASSIGN: check_assign(t, n); break;
    case N_INCDEC:
        check_expr(t, n->a);
        n->type = t->exact && is_num(n->a->type) ? n->a->type : TY_MIXED;
        break;
    case N_INDEX:
        check_expr(t, n->a);
        check_expr(t, n->b);
        n->type = t->exact ? element_type(n->a->type) : TY_MIXED;
        break;
    case N_RANGE:
        check_expr(t, n->a);
        if (n->b) check_expr(t, n->b);
        if (n->c) check_expr(t, n->c);
        n->type = n->a->type == TY_STRING || n->a->type == TY_BUFFER || (n->a->type & TY_ARRAY)
                  ? n->a->type : TY_MIXED;
        break;
    case N_MEMBER: check_expr(t, n->a); resolve_member(t, n); break;
    case N_CALL: resolve_call(t, n); break;
    case N_CALL_SUPER: resolve_super(t, n); break;
    case N_CALL_FP:
        check_expr(t, n->a);
        check_list(t, n->b);
        if (has_ref_arg(n->b)) error_at(cs, n, "Illegal use of ref in a function pointer call");
        n->type = TY_MIXED;
        break;
    case N_CALL_OTHER:
        check_expr(t, n->a);
        check_list(t, n->c);
        if (has_ref_arg(n->c)) error_at(cs, n, "Illegal use of ref in call_other");
        n->type = TY_MIXED;
        break;
    case N_ARRAY: check_array(t, n); break;
    case N_MAPPING: check_list(t, n->a); n->type = TY_MAPPING; break;
    case N_NEW_CLASS: check_new_class(t, n); break;
    case N_FUNCTIONAL: check_list(t, n->a); n->type = TY_FUNCTION; break;
    case N_FP: resolve_fp(t, n); break;
    case N_FP_OTHER:
        check_expr(t, n->a);
        check_expr(t, n->b);
        check_list(t, n->c);
        n->type = TY_FUNCTION;
        break;
    case N_CATCH:
        if (n->flags & NF_BLOCK) check_stmt(t, n->a);
        else check_expr(t, n->a);
        n->type = TY_MIXED;
        break;
    case N_SSCANF:
        check_expr(t, n->a);
        check_expr(t, n->b);
        check_list(t, n->c);
        n->type = TY_INT;
        break;
    case N_CAST: check_expr(t, n->a); break;
    case N_REF: check_expr(t, n->a); n->type = n->a->type; break;
    default: n->type = TY_MIXED; break;
    }
}

/* ------------------------------------------------------------- statements */
static void check_return(tctx *t, node *n) {
    fdecl *fn = t->fn;
    if (!n->a) return;
    check_expr(t, n->a);
    if (fn->type == TY_VOID && fn->strict && !is_zero(n->a))
        error_at(t->cs, n, "Return of a value from void function %s", fn->name->data);
    else if (fn->type && fn->type != TY_VOID)
        want_type(t, n->a, fn->type, "return");
}

static void check_stmt(tctx *t, node *n) {
    for (; n; n = n->next) {
        switch (n->kind) {
        case S_EXPR: check_expr(t, n->a); break;
        case S_BLOCK: check_stmt(t, n->a); break;
        case S_IF:
            check_expr(t, n->a);
            check_stmt(t, n->b);
            check_stmt(t, n->c);
            break;
        case S_WHILE: case S_DO:
            check_expr(t, n->a);
            check_stmt(t, n->b);
            break;
        case S_FOR:
            check_stmt(t, n->a);
            if (n->b) check_expr(t, n->b);
            if (n->c) check_expr(t, n->c);
            check_stmt(t, n->d);
            break;
        case S_FOREACH:
            check_expr(t, n->a);
            if (n->b) check_expr(t, n->b);
            check_expr(t, n->c);
            check_stmt(t, n->d);
            break;
        case S_SWITCH:
            check_expr(t, n->a);
            check_stmt(t, n->b);
            break;
        case S_RETURN: check_return(t, n); break;
        default: break;
        }
    }
}

/* 1 when code reaches into its program: a global variable, a call to a
 * function of the program, a pointer to one, a nested functional. 2.7 lets
 * bind() move a functional that does none of these to any object. */
static int uses_program(const node *n) {
    for (; n; n = n->next) {
        switch (n->kind) {
        case N_GLOBAL: case N_CALL_SUPER: case N_FUNCTIONAL: return 1;
        case N_CALL:
            if (n->op != CALL_EFUN && n->op != CALL_SIMUL) return 1;
            break;
        case N_FP:
            if (n->op != FPK_EFUN && n->op != FPK_SIMUL) return 1;
            break;
        default: break;
        }
        if (uses_program(n->a) || uses_program(n->b) || uses_program(n->c) || uses_program(n->d)) return 1;
    }
    return 0;
}

int types_bindable(const fdecl *fn) { return (fn->flags & FN_FUNCTIONAL) && !uses_program(fn->body); }

void types_function(cstate *cs, fdecl *fn) {
    tctx t = { cs, fn, fn->exact };
    check_stmt(&t, fn->body);
}
