/*
 * parse_decl.c — the top level of a source file: inherit statements, class
 * definitions, global variables (their initialisers become statements of
 * the hidden initialiser function), function prototypes and definitions;
 * and the type syntax.
 *
 *   program  : { toplevel }
 *   toplevel : ';' | modifiers ( inherit | class_def | declaration )
 *   inherit  : INHERIT string { string } ';'
 *   class_def: (CLASS | STRUCT) IDENT '{' { type member { ',' member } ';' } '}'
 *   declaration : [type] ['*'...] IDENT ( '(' params ')' ( ';' | block )
 *                                      | ['=' expr] { ',' ['*'...] IDENT ['=' expr] } ';' )
 */
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "parse.h"

/* ---------------------------------------------------------------- types */
static int basic_type_token(int kind) {
    switch (kind) {
    case TK_INT_T: case TK_STATUS_T: return TY_INT;
    case TK_FLOAT_T: return TY_FLOAT;
    case TK_STRING_T: return TY_STRING;
    case TK_OBJECT_T: return TY_OBJECT;
    case TK_MAPPING_T: return TY_MAPPING;
    case TK_MIXED_T: return TY_MIXED;
    case TK_FUNCTION_T: return TY_FUNCTION;
    case TK_BUFFER_T: return TY_BUFFER;
    case TK_VOID_T: return TY_VOID;
    default: return 0;
    }
}

/* True when the current token starts a type (a declaration, a cast). */
int is_type_start(cstate *cs) {
    if (basic_type_token(cs->tok.kind)) return 1;
    if (cs->tok.kind == TK_CLASS || cs->tok.kind == TK_STRUCT)
        return peek_token(cs, 1)->kind == TK_IDENT;
    return 0;
}

int lookup_class(cstate *cs, lstr *name) {
    return ptrmap_get(&cs->class_index, name, 0) - 1;
}

/* type : basic_type | (CLASS|STRUCT) IDENT. Stars are the caller's. */
uint32_t parse_type(cstate *cs, int allow_void) {
    int t = basic_type_token(cs->tok.kind);
    if (t) {
        if (t == TY_VOID && !allow_void)
            syntax_error(cs, "Illegal to declare variable of type void");
        next_token(cs);
        return (uint32_t)t;
    }
    if (cs->tok.kind == TK_CLASS || cs->tok.kind == TK_STRUCT) {
        next_token(cs);
        if (cs->tok.kind != TK_IDENT) {
            syntax_error(cs, "syntax error: class name expected");
            return TY_MIXED;
        }
        int k = lookup_class(cs, cs->tok.v.s);
        if (k < 0) {
            compile_error(cs->tok.file, cs->tok.line, "Undefined class '%s'", cs->tok.v.s->data);
            next_token(cs);
            return TY_MIXED;
        }
        next_token(cs);
        return TY_CLASS | ((uint32_t)k << 16);
    }
    syntax_error(cs, "syntax error: type expected");
    return TY_MIXED;
}

/* Applies `*` levels to t: one level is kept exactly, more become mixed*. */
static uint32_t parse_stars(cstate *cs, uint32_t t) {
    int n = 0;
    while (accept(cs, TK_STAR)) n++;
    if (n == 0 || t == TY_UNKNOWN) return n ? TY_MIXED | TY_ARRAY : t;
    if (n > 1 || (t & TY_ARRAY)) return TY_MIXED | TY_ARRAY;
    return t | TY_ARRAY;
}

/* ------------------------------------------------------------- modifiers */
static int parse_modifiers(cstate *cs) {
    int m = 0;
    for (;;) {
        switch (cs->tok.kind) {
        case TK_STATIC: m |= M_STATIC; break;
        case TK_NOSAVE: m |= M_NOSAVE; break;
        case TK_PRIVATE: m |= M_PRIVATE; break;
        case TK_PROTECTED: m |= M_PROTECTED; break;
        case TK_PUBLIC: m |= M_PUBLIC; break;
        case TK_NOMASK: m |= M_NOMASK; break;
        case TK_VARARGS: m |= M_VARARGS; break;
        default: return m;
        }
        next_token(cs);
    }
}

/* Skips to the end of the current top-level construct after an error. */
static void skip_toplevel(cstate *cs) {
    int depth = 0;
    while (cs->tok.kind != TK_EOF) {
        int k = cs->tok.kind;
        next_token(cs);
        if (k == TK_LBRACE || k == TK_ARRAY_OPEN) depth++;
        else if (k == TK_RBRACE && --depth <= 0) break;
        else if (k == TK_SEMI && depth == 0) break;
    }
    cs->silent = 0;
}

/* --------------------------------------------------------------- inherit */
/* Base name of an inherit path without directory and ".c": the label of
 * label::f(). */
static lstr *inherit_label(cstate *cs, const lstr *path) {
    const char *p = path->data, *slash = strrchr(p, '/');
    const char *b = slash ? slash + 1 : p;
    size_t n = strlen(b);
    if (n > 2 && strcmp(b + n - 2, ".c") == 0) n -= 2;
    return keep_string(cs, str_intern(b, n));
}

static void parse_inherit(cstate *cs, int mods) {
    uint32_t line = cs->tok.line;
    next_token(cs);
    if (cs->tok.kind != TK_STRING) {
        syntax_error(cs, "syntax error: inherit needs a file name string%s%s",
                     cs->tok.kind == TK_IDENT ? " (undefined macro?) " : "",
                     cs->tok.kind == TK_IDENT ? cs->tok.v.s->data : "");
        skip_toplevel(cs);
        return;
    }
    lstr *path = str_ref(cs->tok.v.s);
    next_token(cs);
    while (cs->tok.kind == TK_STRING) {
        lstr *j = str_concat(path, cs->tok.v.s);
        str_free(path);
        path = j;
        next_token(cs);
    }
    keep_string(cs, path);
    expect(cs, TK_SEMI, "after inherit");
    if (cs->silent) { skip_toplevel(cs); return; }
    if (cs->seen_function && !compile_options.inherit_after_function) {
        compile_error(cs->tok.file, line, "Illegal to inherit after defining functions.");
        return;
    }
    program *q = compile_hook.find_program ? compile_hook.find_program(path->data) : NULL;
    if (!q) {
        compile_error(cs->tok.file, line, "Could not load inherited file '%s'", path->data);
        return;
    }
    for (int i = 0; i < cs->inherits.n; i++)
        if (cs->inherits.p[i].prog == q)
            compile_warning(cs->tok.file, line, "'%s' inherited twice", path->data);
    layout_inherit(cs, q, mods, inherit_label(cs, path), line);
}

/* ----------------------------------------------------------------- class */
static void parse_class_def(cstate *cs) {
    next_token(cs);
    lstr *name = cs->tok.v.s;
    uint32_t line = cs->tok.line;
    next_token(cs);
    expect(cs, TK_LBRACE, "in class definition");
    VEC(lstr *) names = {0};
    VEC(uint32_t) types = {0};
    while (cs->tok.kind != TK_RBRACE && cs->tok.kind != TK_EOF && !cs->silent) {
        uint32_t base = parse_type(cs, 0);
        do {
            uint32_t t = parse_stars(cs, base);
            if (cs->tok.kind != TK_IDENT) { syntax_error(cs, "syntax error: member name expected"); break; }
            for (int i = 0; i < names.n; i++)
                if (names.p[i] == cs->tok.v.s)
                    syntax_error(cs, "Redefinition of member '%s'", cs->tok.v.s->data);
            vec_push(names, cs->tok.v.s);
            vec_push(types, t);
            next_token(cs);
        } while (accept(cs, TK_COMMA));
        expect(cs, TK_SEMI, "after class member");
    }
    expect(cs, TK_RBRACE, "at end of class");
    accept(cs, TK_SEMI);
    int old = lookup_class(cs, name);
    if (old >= 0) {
        class_def *c = &cs->classes.p[old];
        int same = c->n_members == names.n;
        for (int i = 0; same && i < names.n; i++)
            same = str_eq(c->member_names[i], names.p[i]);
        if (!same) compile_error(cs->tok.file, line, "Redefinition of class '%s'", name->data);
    } else {
        class_def c = {0};
        c.name = str_ref(name);
        keep_string(cs, c.name);
        c.n_members = (uint16_t)names.n;
        c.member_names = arena_alloc(&cs->ar, sizeof(lstr *) * (size_t)(names.n + 1));
        c.member_types = arena_alloc(&cs->ar, sizeof(uint32_t) * (size_t)(names.n + 1));
        for (int i = 0; i < names.n; i++) {
            c.member_names[i] = keep_string(cs, str_ref(names.p[i]));
            c.member_types[i] = types.p[i];
        }
        vec_push(cs->classes, c);
        ptrmap_put(&cs->class_index, name, cs->classes.n);
    }
    free(names.p);
    free(types.p);
    if (cs->silent) skip_toplevel(cs);
}

/* ------------------------------------------------------------- variables */
static uint16_t var_flags(int mods) {
    uint16_t f = 0;
    if (mods & M_NOSAVE) f |= VAR_NOSAVE;
    if (mods & M_STATIC) f |= compile_options.static_is_nosave ? VAR_NOSAVE : VAR_PROTECTED;
    if (mods & M_PRIVATE) f |= VAR_PRIVATE;
    if (mods & M_PROTECTED) f |= VAR_PROTECTED;
    if (mods & M_PUBLIC) f |= VAR_PUBLIC;
    return f;
}

static void add_initialiser(cstate *cs, int var, node *init, uint32_t line) {
    node *g = ast_node(cs, N_GLOBAL, line);
    g->x = var;
    node *as = ast_node(cs, N_ASSIGN, line);
    as->a = g;
    as->b = init;
    if (cs->last_exact) as->flags |= NF_EXACT;
    node *st = ast_node(cs, S_EXPR, line);
    st->a = as;
    if (cs->init_tail) cs->init_tail->next = st;
    else cs->init_stmts = st;
    cs->init_tail = st;
}

/* Declares one global: name is the current token. */
static void declare_global(cstate *cs, int mods, uint32_t t) {
    lstr *name = cs->tok.v.s;
    uint32_t line = cs->tok.line;
    next_token(cs);
    if ((t & ~TY_ARRAY) == TY_VOID)
        compile_error(cs->tok.file, line, "Illegal to declare global variable of type void.");
    int old = global_lookup(cs, name);
    if (old >= 0 && (old & OWN_VAR))
        compile_error(cs->tok.file, line, "Redeclaration of global variable '%s'.", name->data);
    var_def v = { keep_string(cs, str_ref(name)), t, var_flags(mods) };
    if (old >= 0 && !(old & OWN_VAR) && !(cs->vars.p[old].flags & VAR_NOSAVE))
        v.flags |= VAR_NOSAVE;      /* save_object would see two of that name */
    if (cs->vars.n + cs->own_vars.n >= 60000) {
        compile_error(cs->tok.file, line, "Too many global variables");
        return;
    }
    vec_push(cs->own_vars, v);
    int enc = OWN_VAR | (cs->own_vars.n - 1);
    ptrmap_put(&cs->globals, name, enc + 1);
    if (accept(cs, TK_ASSIGN)) {
        fctx *saved = cs->fc;
        cs->fc = &cs->init_ctx;
        node *init = parse_assign(cs);
        cs->fc = saved;
        add_initialiser(cs, enc, init, line);
    }
}

static void parse_globals(cstate *cs, int mods, uint32_t base, uint32_t first_type) {
    if (base == TY_UNKNOWN) {
        syntax_error(cs, "syntax error: missing type for global variable");
        skip_toplevel(cs);
        return;
    }
    declare_global(cs, mods, first_type);
    while (!cs->silent && accept(cs, TK_COMMA)) {
        uint32_t t = parse_stars(cs, base);
        if (cs->tok.kind != TK_IDENT) {
            syntax_error(cs, "syntax error: variable name expected");
            break;
        }
        declare_global(cs, mods, t);
    }
    if (!cs->silent) expect(cs, TK_SEMI, "after global variable");
    if (cs->silent) skip_toplevel(cs);
}

/* ------------------------------------------------------------- functions */
typedef struct param_list {
    int n;
    lstr *names[256];
    uint32_t types[256];
    uint64_t refs;
    int true_varargs;
    uint32_t lines[256];
} param_list;

/* params : [VOID] | param { ',' param }
 * param  : [REF] [type ['*'...]] [IDENT] ['...'] */
static void parse_params(cstate *cs, param_list *pl) {
    if (cs->tok.kind == TK_VOID_T && peek_token(cs, 1)->kind == TK_RPAREN) {
        next_token(cs);
        return;
    }
    if (cs->tok.kind == TK_RPAREN) return;
    do {
        int is_ref = accept(cs, TK_REF);
        uint32_t t = TY_MIXED;
        if (is_type_start(cs)) t = parse_stars(cs, parse_type(cs, 0));
        lstr *name = NULL;
        pl->lines[pl->n] = cs->tok.line;
        if (cs->tok.kind == TK_IDENT) {
            name = cs->tok.v.s;
            next_token(cs);
        }
        if (accept(cs, TK_ELLIPSIS)) pl->true_varargs = 1;
        if (pl->n >= 255) { syntax_error(cs, "Too many parameters"); return; }
        if (is_ref && pl->n < 64) pl->refs |= 1ull << pl->n;
        pl->names[pl->n] = name;
        pl->types[pl->n] = t;
        pl->n++;
        if (pl->true_varargs) break;
    } while (accept(cs, TK_COMMA));
}

static uint16_t func_flags(cstate *cs, int mods) {
    uint16_t f = 0;
    if (mods & M_PRIVATE) f |= FN_PRIVATE;
    if (mods & (M_PROTECTED | M_STATIC)) f |= FN_PROTECTED;
    if (mods & M_PUBLIC) f |= FN_PUBLIC;
    if (mods & M_NOMASK) f |= FN_NOMASK;
    if (mods & M_VARARGS) f |= FN_VARARGS;
    if (mods & M_NOSAVE) compile_warning(cs->tok.file, cs->tok.line, "Illegal to declare nosave function.");
    return f;
}

/* Checks a second declaration of `f` against the first: a second body is
 * an error; a prototype that disagrees is a warning (as in the period
 * driver, where TMI-2's /adm/daemons/mand.c relies on it). */
static void check_redeclaration(cstate *cs, fdecl *f, uint32_t type, const param_list *pl,
                                int has_body, uint32_t line) {
    if (f->has_body && has_body) {
        compile_error(cs->tok.file, line, "Redeclaration of function %s.", f->name->data);
        return;
    }
    if (f->num_args != pl->n && !(f->flags & FN_VARARGS))
        compile_warning(cs->tok.file, line, "Number of arguments of %s disagrees with its declaration at line %u.",
                        f->name->data, f->line);
    else if (f->type && type && f->type != type)
        compile_warning(cs->tok.file, line, "Return type of %s disagrees with its declaration at line %u.",
                        f->name->data, f->line);
}

static void parse_function(cstate *cs, int mods, uint32_t type, lstr *name, uint32_t line) {
    param_list *pl = xmalloc(sizeof *pl);
    pl->n = 0;
    pl->refs = 0;
    pl->true_varargs = 0;
    next_token(cs);                             /* ( */
    parse_params(cs, pl);
    expect(cs, TK_RPAREN, "after parameters");
    if (cs->silent) { free(pl); skip_toplevel(cs); return; }
    int has_body = cs->tok.kind == TK_LBRACE;
    int strict = (cs->pragmas | lex_pragmas(cs->lx)) & PRAGMA_STRICT_TYPES ? 1 : 0;
    if (!has_body && !accept(cs, TK_SEMI)) {
        syntax_error(cs, "syntax error: expected '{' or ';' after function header");
        free(pl);
        skip_toplevel(cs);
        return;
    }
    if (strict && type == TY_UNKNOWN && strcmp(name->data, "create") != 0)
        compile_error(cs->tok.file, line, "\"#pragma strict_types\" requires type of function");

    fdecl *f = own_function(cs, name);
    if (f) check_redeclaration(cs, f, type, pl, has_body, line);
    else f = new_fdecl(cs, name, line);
    if (!f->has_body) {
        f->type = type;
        f->flags = (uint16_t)(func_flags(cs, mods) | (f->flags & FN_VARARGS));
        if (pl->true_varargs) f->flags |= FN_VARARGS | FN_TRUE_VARARGS;
        f->num_args = (uint8_t)pl->n;
        f->ref_args = pl->refs;
        f->arg_types = arena_alloc(&cs->ar, sizeof(uint32_t) * (size_t)(pl->n + 1));
        memcpy(f->arg_types, pl->types, sizeof(uint32_t) * (size_t)pl->n);
        f->line = line;
        f->file = file_id(cs, cs->tok.file);
        f->implicit = 0;
    }
    cs->seen_function = 1;
    if (has_body) {
        fctx fc;
        f->has_body = 1;
        f->strict = (uint8_t)strict;
        f->exact = type != TY_UNKNOWN || strict;
        cs->last_exact = f->exact;
        f->line = line;
        fctx_begin(cs, &fc, f, FC_FUNCTION);
        for (int i = 0; i < pl->n; i++) {
            lstr *pn = pl->names[i] ? pl->names[i] : intern_name(cs, "");
            declare_local(cs, pn, pl->types[i], (int)((pl->refs >> i) & 1), pl->lines[i]);
        }
        f->body = parse_block(cs);
        fctx_end(cs, &fc);
    }
    free(pl);
}

/* --------------------------------------------------------------- toplevel */
void parse_toplevel(cstate *cs) {
    if (accept(cs, TK_SEMI)) return;
    int mods = parse_modifiers(cs);
    if (cs->tok.kind == TK_INHERIT) { parse_inherit(cs, mods); return; }
    if ((cs->tok.kind == TK_CLASS || cs->tok.kind == TK_STRUCT)
        && peek_token(cs, 1)->kind == TK_IDENT && peek_token(cs, 2)->kind == TK_LBRACE) {
        parse_class_def(cs);
        return;
    }
    uint32_t base = TY_UNKNOWN;
    if (is_type_start(cs)) base = parse_type(cs, 1);
    uint32_t t = parse_stars(cs, base);
    if (cs->tok.kind != TK_IDENT) {
        syntax_error(cs, "syntax error: unexpected '%s' at top level",
                     tok_names[cs->tok.kind]);
        skip_toplevel(cs);
        return;
    }
    lstr *name = cs->tok.v.s;
    uint32_t line = cs->tok.line;
    if (peek_token(cs, 1)->kind == TK_LPAREN) {
        next_token(cs);
        parse_function(cs, mods, t, name, line);
        return;
    }
    if (mods & M_VARARGS) compile_error(cs->tok.file, line, "Illegal to declare varargs variable.");
    parse_globals(cs, mods, base, t);
}
