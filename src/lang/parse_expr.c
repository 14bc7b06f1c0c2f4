/*
 * parse_expr.c — expressions, by precedence climbing over the binary
 * operators and recursive descent for the rest.
 *
 *   expr    : assign { ',' assign }
 *   assign  : cond                      (see below for where '=' binds)
 *   cond    : binary ['?' assign ':' cond]
 *   binary  : unary { binop unary }     (C precedence, || lowest)
 *   unary   : ('!' | '~' | '-' | '+' | '++' | '--' | cast) unary | postfix
 *   postfix : primary { '[' index ']' | '->' IDENT ['(' args ')'] | '++' | '--' }
 *
 * An assignment binds to the operand just before it: `a && b = c` is
 * `a && (b = c)`, as the period's yacc grammar read it (TMI-2 relies on
 * it). So after a postfix expression an assignment operator starts an
 * assignment whose right side is a whole `assign`.
 *
 * Identifiers that name locals are resolved here (scopes are known only
 * while parsing); function names are resolved later by types.c.
 */
#include <string.h>
#include "../vm/opcodes.h"
#include "parse.h"

static node *parse_unary(cstate *cs);
static node *parse_cond(cstate *cs);

/* ------------------------------------------------------------- operators */
static int binop_prec(int kind, int *op) {
    switch (kind) {
    case TK_LOR: *op = -1; return 1;
    case TK_LAND: *op = -2; return 2;
    case TK_OR: *op = OP_OR; return 3;
    case TK_XOR: *op = OP_XOR; return 4;
    case TK_AND: *op = OP_AND; return 5;
    case TK_EQ: *op = OP_EQ; return 6;
    case TK_NE: *op = OP_NE; return 6;
    case TK_LT: *op = OP_LT; return 7;
    case TK_LE: *op = OP_LE; return 7;
    case TK_GT: *op = OP_GT; return 7;
    case TK_GE: *op = OP_GE; return 7;
    case TK_LSH: *op = OP_LSH; return 8;
    case TK_RSH: *op = OP_RSH; return 8;
    case TK_PLUS: *op = OP_ADD; return 9;
    case TK_MINUS: *op = OP_SUB; return 9;
    case TK_STAR: *op = OP_MUL; return 10;
    case TK_SLASH: *op = OP_DIV; return 10;
    case TK_PERCENT: *op = OP_MOD; return 10;
    default: return 0;
    }
}

static int assign_op(int kind) {
    switch (kind) {
    case TK_ASSIGN: return 0;
    case TK_ADD_EQ: return OP_ADD_EQ;
    case TK_SUB_EQ: return OP_SUB_EQ;
    case TK_MUL_EQ: return OP_MUL_EQ;
    case TK_DIV_EQ: return OP_DIV_EQ;
    case TK_MOD_EQ: return OP_MOD_EQ;
    case TK_AND_EQ: return OP_AND_EQ;
    case TK_OR_EQ: return OP_OR_EQ;
    case TK_XOR_EQ: return OP_XOR_EQ;
    case TK_LSH_EQ: return OP_LSH_EQ;
    case TK_RSH_EQ: return OP_RSH_EQ;
    default: return -1;
    }
}

static int is_keyword(int kind) { return kind >= TK_INT_T && kind <= TK_TIME_EXPRESSION; }

static node *check_lvalue(cstate *cs, node *n, const char *what) {
    if (!ast_is_lvalue(n)) error_at(cs, n, "Illegal lvalue: %s needs a variable, element or member", what);
    return n;
}

node *parse_expr(cstate *cs) {
    node *e = parse_assign(cs);
    while (cs->tok.kind == TK_COMMA) {
        uint32_t line = cs->tok.line;
        next_token(cs);
        node *c = ast_node(cs, N_COMMA, line);
        c->a = e;
        c->b = parse_assign(cs);
        e = c;
    }
    return e;
}

node *parse_assign(cstate *cs) {
    return parse_cond(cs);
}

/* Each operator of a chain counts as a nesting level: a+b+c+... is a
 * left-deep tree that the code generator walks recursively. */
static node *parse_binary(cstate *cs, int min_prec) {
    node *left = parse_unary(cs);
    int chain = 0;
    for (;;) {
        int op, prec = binop_prec(cs->tok.kind, &op);
        if (!prec || prec < min_prec || !parse_enter(cs)) break;
        chain++;
        uint32_t line = cs->tok.line;
        next_token(cs);
        node *right = parse_binary(cs, prec + 1);
        if (op == -1) left = ast_logic(cs, N_LOR, left, right, line);
        else if (op == -2) left = ast_logic(cs, N_LAND, left, right, line);
        else left = ast_binop(cs, op, left, right, line);
    }
    cs->nest -= chain;
    return left;
}

static node *cond_body(cstate *cs) {
    node *c = parse_binary(cs, 1);
    if (cs->tok.kind != TK_QUESTION) return c;
    uint32_t line = cs->tok.line;
    next_token(cs);
    node *a = parse_assign(cs);
    expect(cs, TK_COLON, "in ?: expression");
    node *b = parse_cond(cs);
    return ast_cond(cs, c, a, b, line);
}

static node *parse_cond(cstate *cs) {
    if (!parse_enter(cs)) return ast_int(cs, 0, cs->tok.line);
    node *n = cond_body(cs);
    cs->nest--;
    return n;
}

/* ------------------------------------------------------------ variables */
static node *variable(cstate *cs, lstr *name, uint32_t line) {
    local_var *lv = find_local(cs->fc, name);
    if (lv) {
        node *n = ast_node(cs, N_LOCAL, line);
        n->x = lv->slot;
        n->type = lv->type;
        if (lv->is_ref) n->flags |= NF_REF;
        return n;
    }
    for (fctx *up = cs->fc->parent; up && cs->fc->kind == FC_FUNCTIONAL; up = up->parent)
        if (find_local(up, name)) {
            error_at(cs, NULL, "Illegal to use local variable '%s' in a functional.", name->data);
            return ast_int(cs, 0, line);
        }
    int g = global_lookup(cs, name);
    if (g >= 0) {
        node *n = ast_node(cs, N_GLOBAL, line);
        n->x = g;
        return n;
    }
    error_at(cs, NULL, "Undefined variable '%s'", name->data);
    return ast_int(cs, 0, line);
}

/* --------------------------------------------------------------- lists */
/* args : [ [REF] assign { ',' [REF] assign } [','] ] ')' — the '(' is
 * already consumed; consumes the ')'. */
static node *parse_args(cstate *cs, int close) {
    node *first = NULL, *last = NULL;
    while (cs->tok.kind != close && cs->tok.kind != TK_EOF) {
        node *e;
        if (cs->tok.kind == TK_REF) {
            uint32_t line = cs->tok.line;
            next_token(cs);
            e = ast_node(cs, N_REF, line);
            e->a = check_lvalue(cs, parse_assign(cs), "ref");
        } else {
            e = parse_assign(cs);
        }
        if (cs->tok.kind == TK_ELLIPSIS) {
            syntax_error(cs, "Argument expansion with '...' is not supported");
            next_token(cs);
        }
        if (last) last->next = e;
        else first = e;
        last = e;
        if (!accept(cs, TK_COMMA)) break;
    }
    expect(cs, close, "to end the list");
    return first;
}

/* ({ a, b, }) — ARRAY_OPEN consumed. */
static node *array_literal(cstate *cs, uint32_t line) {
    node *n = ast_node(cs, N_ARRAY, line);
    n->a = parse_args(cs, TK_RBRACE);
    expect(cs, TK_RPAREN, "after '})'");
    return n;
}

/* ([ k: v, ... ]) — MAPPING_OPEN consumed. */
static node *mapping_literal(cstate *cs, uint32_t line) {
    node *n = ast_node(cs, N_MAPPING, line);
    node *last = NULL;
    while (cs->tok.kind != TK_RBRACKET && cs->tok.kind != TK_EOF) {
        node *k = parse_assign(cs);
        node *v;
        if (accept(cs, TK_COLON)) v = parse_assign(cs);
        else v = ast_int(cs, 1, k->line);
        if (last) last->next = k;
        else n->a = k;
        k->next = v;
        last = v;
        if (!accept(cs, TK_COMMA)) break;
    }
    expect(cs, TK_RBRACKET, "to end the mapping");
    expect(cs, TK_RPAREN, "after '])'");
    return n;
}

/* ---------------------------------------------------------- functionals */
/* 2.7 types a (: expr :) as part of the function around it, and a
 * function () { } body always exactly. */
static fdecl *hidden_function(cstate *cs, uint32_t line, int exact) {
    fdecl *f = arena_alloc(&cs->ar, sizeof *f);
    f->name = intern_name(cs, "(functional)");
    f->flags = FN_FUNCTIONAL | FN_HIDDEN;
    f->exact = (uint8_t)exact;
    f->type = TY_MIXED;
    f->line = line;
    f->file = file_id(cs, cs->tok.file);
    f->has_body = 1;
    f->index = -1;
    vec_push(cs->functionals, f);
    return f;
}

static node *return_block(cstate *cs, node *e) {
    node *r = ast_node(cs, S_RETURN, e->line);
    r->a = e;
    node *b = ast_node(cs, S_BLOCK, e->line);
    b->a = r;
    return b;
}

static node *functional_node(cstate *cs, fdecl *f, fctx *fc, uint32_t line) {
    node *n = ast_node(cs, N_FUNCTIONAL, line);
    n->v.fn = f;
    n->a = fc->captures;
    f->n_captures = fc->n_captures;
    n->type = TY_FUNCTION;
    return n;
}

/* (: expr :) with $n parameters and $(x) captures — FUNC_OPEN consumed. */
static node *expression_functional(cstate *cs, uint32_t line) {
    fdecl *f = hidden_function(cs, line, cs->fc && cs->fc->fn && cs->fc->fn->exact);
    fctx fc;
    fctx_begin(cs, &fc, f, FC_FUNCTIONAL);
    node *e = parse_expr(cs);
    fctx_end(cs, &fc);
    expect(cs, TK_FUNC_CLOSE, "to end the functional");
    f->num_args = (uint8_t)fc.max_dollar;
    if (f->num_slots < fc.max_dollar) f->num_slots = (uint16_t)fc.max_dollar;
    f->body = return_block(cs, e);
    return functional_node(cs, f, &fc, line);
}

/* function (params) { body } — FUNCTION_T consumed. */
static node *anonymous_function(cstate *cs, uint32_t line) {
    fdecl *f = hidden_function(cs, line, 1);
    fctx fc;
    lstr *names[256];
    uint32_t types[256] = {0}, lines[256] = {0};
    int n = 0;
    expect(cs, TK_LPAREN, "after function");
    if (cs->tok.kind == TK_VOID_T && peek_token(cs, 1)->kind == TK_RPAREN) next_token(cs);
    while (cs->tok.kind != TK_RPAREN && cs->tok.kind != TK_EOF && n < 255) {
        uint32_t t = TY_MIXED;
        if (is_type_start(cs)) {
            t = parse_type(cs, 0);
            if (accept(cs, TK_STAR)) t = (t & TY_ARRAY) ? TY_MIXED | TY_ARRAY : t | TY_ARRAY;
        }
        lines[n] = cs->tok.line;
        if (cs->tok.kind != TK_IDENT) { syntax_error(cs, "syntax error: parameter name expected"); break; }
        names[n] = cs->tok.v.s;
        types[n++] = t;
        next_token(cs);
        if (!accept(cs, TK_COMMA)) break;
    }
    expect(cs, TK_RPAREN, "after parameters");
    f->num_args = (uint8_t)n;
    f->arg_types = arena_alloc(&cs->ar, sizeof(uint32_t) * (size_t)(n + 1));
    memcpy(f->arg_types, types, sizeof(uint32_t) * (size_t)n);
    fctx_begin(cs, &fc, f, FC_ANON);
    for (int i = 0; i < n; i++) declare_local(cs, names[i], types[i], 0, lines[i]);
    if (cs->tok.kind == TK_LBRACE) f->body = parse_block(cs);
    else syntax_error(cs, "syntax error: '{' expected after function parameters");
    fctx_end(cs, &fc);
    return functional_node(cs, f, &fc, line);
}

/* $n or $(expr). */
static node *dollar(cstate *cs, uint32_t line) {
    fctx *fc = cs->fc;
    if (cs->tok.kind == TK_INT) {
        int64_t k = cs->tok.v.n;
        next_token(cs);
        if (fc->kind != FC_FUNCTIONAL) {
            error_at(cs, NULL, "$%lld outside a functional", (long long)k);
            return ast_int(cs, 0, line);
        }
        if (k < 1 || k > 255) {
            error_at(cs, NULL, "Bad argument number $%lld", (long long)k);
            return ast_int(cs, 0, line);
        }
        if (k > fc->max_dollar) fc->max_dollar = (int)k;
        node *n = ast_node(cs, N_LOCAL, line);
        n->x = (int)k - 1;
        n->type = TY_MIXED;
        return n;
    }
    expect(cs, TK_LPAREN, "after $");
    if (cs->dollar_plain) {
        node *e = parse_expr(cs);
        expect(cs, TK_RPAREN, "after $(expression");
        return e;
    }
    if ((fc->kind != FC_FUNCTIONAL && fc->kind != FC_ANON) || !fc->parent) {
        syntax_error(cs, "$() outside a functional");
        return ast_int(cs, 0, line);
    }
    cs->fc = fc->parent;
    node *e = parse_expr(cs);
    cs->fc = fc;
    expect(cs, TK_RPAREN, "after $(expression");
    if (fc->cap_tail) fc->cap_tail->next = e;
    else fc->captures = e;
    fc->cap_tail = e;
    node *n = ast_node(cs, N_CAPTURED, line);
    n->x = fc->n_captures++;
    return n;
}

/* (: name [, args] :) naming a function, or a variable's call_other. */
static node *named_pointer(cstate *cs, uint32_t line, int efun_only) {
    lstr *name = cs->tok.v.s;
    next_token(cs);
    int has_args = accept(cs, TK_COMMA);
    if (!efun_only) {
        local_var *lv = find_local(cs->fc, name);
        int g = global_lookup(cs, name);
        if (lv || g >= 0) {
            node *var = variable(cs, name, line);
            if (!has_args) {
                if (lv) {
                    error_at(cs, var, "Illegal to use local variable in a functional.");
                    expect(cs, TK_FUNC_CLOSE, "to end the functional");
                    return ast_int(cs, 0, line);
                }
                fdecl *f = hidden_function(cs, line, 0);
                f->body = return_block(cs, var);
                expect(cs, TK_FUNC_CLOSE, "to end the functional");
                node *n = ast_node(cs, N_FUNCTIONAL, line);
                n->v.fn = f;
                n->type = TY_FUNCTION;
                return n;
            }
            node *n = ast_node(cs, N_FP_OTHER, line);
            n->a = var;
            n->b = parse_assign(cs);
            if (accept(cs, TK_COMMA)) n->c = parse_args(cs, TK_FUNC_CLOSE);
            else expect(cs, TK_FUNC_CLOSE, "to end the function pointer");
            n->type = TY_FUNCTION;
            return n;
        }
    }
    node *n = ast_node(cs, N_FP, line);
    n->v.s = name;
    n->y = efun_only;
    n->type = TY_FUNCTION;
    if (has_args) n->a = parse_args(cs, TK_FUNC_CLOSE);
    else expect(cs, TK_FUNC_CLOSE, "to end the function pointer");
    return n;
}

/* Is this (: expr, "name" ... :), the old call_other pointer? True when a
 * comma at the top level of the (: :) is followed by a string or $(...).
 * The period driver read it as a comma expression (returning the name);
 * TMI-2 code written for the old meaning uses it, e.g. /adm/daemons/ref_d.c. */
static int is_call_other_pointer(cstate *cs) {
    int depth = 0;
    for (int k = 0;; k++) {
        const token *t = k ? peek_token(cs, k) : &cs->tok;
        switch (t->kind) {
        case TK_LPAREN: case TK_LBRACKET: case TK_LBRACE: case TK_FUNC_OPEN: depth++; break;
        case TK_ARRAY_OPEN: case TK_MAPPING_OPEN: depth += 2; break;
        case TK_RPAREN: case TK_RBRACKET: case TK_RBRACE: depth--; break;
        case TK_FUNC_CLOSE:
            if (depth == 0) return 0;
            depth--;
            break;
        case TK_COMMA:
            if (depth == 0) {
                const token *n = peek_token(cs, k + 1);
                return n->kind == TK_STRING || (n->kind == TK_DOLLAR && peek_token(cs, k + 2)->kind == TK_LPAREN);
            }
            break;
        case TK_EOF: case TK_SEMI:
            return 0;
        default:
            break;
        }
        if (depth < 0) return 0;
    }
}

/* (: ob, "name", args :) — every part evaluated now, in the enclosing
 * function; $(x) is plain x there. */
static node *call_other_pointer(cstate *cs, uint32_t line) {
    node *n = ast_node(cs, N_FP_OTHER, line);
    int saved = cs->dollar_plain;
    cs->dollar_plain = 1;
    n->a = parse_assign(cs);
    expect(cs, TK_COMMA, "in a call_other function pointer");
    n->b = parse_assign(cs);
    if (accept(cs, TK_COMMA)) n->c = parse_args(cs, TK_FUNC_CLOSE);
    else expect(cs, TK_FUNC_CLOSE, "to end the function pointer");
    cs->dollar_plain = saved;
    n->type = TY_FUNCTION;
    return n;
}

static node *func_open(cstate *cs, uint32_t line) {
    int k1 = peek_token(cs, 1)->kind;
    if (cs->tok.kind == TK_IDENT && (k1 == TK_FUNC_CLOSE || k1 == TK_COMMA))
        return named_pointer(cs, line, 0);
    if (cs->tok.kind == TK_EFUN && k1 == TK_COLONCOLON && peek_token(cs, 2)->kind == TK_IDENT) {
        int k3 = peek_token(cs, 3)->kind;
        if (k3 == TK_FUNC_CLOSE || k3 == TK_COMMA) {
            next_token(cs);
            next_token(cs);
            return named_pointer(cs, line, 1);
        }
    }
    if (is_call_other_pointer(cs)) return call_other_pointer(cs, line);
    return expression_functional(cs, line);
}

/* ------------------------------------------------------------- specials */
static node *parse_catch(cstate *cs, uint32_t line) {
    node *n = ast_node(cs, N_CATCH, line);
    n->type = TY_MIXED;
    if (cs->tok.kind == TK_LBRACE) {
        n->flags |= NF_BLOCK;
        n->a = parse_block(cs);
        return n;
    }
    expect(cs, TK_LPAREN, "after catch");
    n->a = parse_expr(cs);
    expect(cs, TK_RPAREN, "after catch expression");
    return n;
}

static node *parse_sscanf(cstate *cs, uint32_t line) {
    node *n = ast_node(cs, N_SSCANF, line);
    node *last = NULL;
    n->type = TY_INT;
    expect(cs, TK_LPAREN, "after sscanf");
    n->a = parse_assign(cs);
    expect(cs, TK_COMMA, "in sscanf");
    n->b = parse_assign(cs);
    while (accept(cs, TK_COMMA)) {
        node *lv = check_lvalue(cs, parse_assign(cs), "sscanf");
        if (last) last->next = lv;
        else n->c = lv;
        last = lv;
    }
    expect(cs, TK_RPAREN, "after sscanf arguments");
    return n;
}

static node *parse_new(cstate *cs, uint32_t line) {
    expect(cs, TK_LPAREN, "after new");
    if ((cs->tok.kind == TK_CLASS || cs->tok.kind == TK_STRUCT) && peek_token(cs, 1)->kind == TK_IDENT) {
        uint32_t t = parse_type(cs, 0);
        node *n = ast_node(cs, N_NEW_CLASS, line);
        n->x = (int)TY_CLASS_ID(t);
        n->type = t;
        if ((t & 0xff) != TY_CLASS) n->x = -1;
        node *last = NULL;
        while (accept(cs, TK_COMMA)) {
            if (cs->tok.kind != TK_IDENT) {
                syntax_error(cs, "syntax error: member name expected in new(class ...)");
                break;
            }
            node *m = ast_node(cs, N_CLASS_INIT, cs->tok.line);
            m->v.s = cs->tok.v.s;
            next_token(cs);
            expect(cs, TK_COLON, "after a member name in new(class ...)");
            m->a = parse_assign(cs);
            if (last) last->next = m;
            else n->a = m;
            last = m;
        }
        expect(cs, TK_RPAREN, "after new(class ...)");
        return n;
    }
    node *n = ast_node(cs, N_CALL, line);
    n->v.s = intern_name(cs, "clone_object");
    n->y = 2;                                  /* new(): always the efun */
    n->a = parse_args(cs, TK_RPAREN);
    return n;
}

/* label::f(args), ::f(args), efun::f(args) — current token is '::'. */
static node *super_call(cstate *cs, lstr *label, int is_efun, uint32_t line) {
    next_token(cs);                            /* :: */
    lstr *name;
    if (cs->tok.kind == TK_IDENT) name = cs->tok.v.s;
    else if (is_keyword(cs->tok.kind)) name = intern_name(cs, tok_names[cs->tok.kind]);
    else { syntax_error(cs, "syntax error: function name expected after '::'"); return ast_int(cs, 0, line); }
    next_token(cs);
    node *n = ast_node(cs, is_efun ? N_CALL : N_CALL_SUPER, line);
    n->v.s = name;
    if (is_efun) n->y = 1;
    if (label) n->b = ast_string(cs, label, line);
    if (cs->tok.kind != TK_LPAREN) {
        syntax_error(cs, "syntax error: '(' expected after %s", name->data);
        return n;
    }
    next_token(cs);
    n->a = parse_args(cs, TK_RPAREN);
    return n;
}

static node *ident_primary(cstate *cs) {
    lstr *name = cs->tok.v.s;
    uint32_t line = cs->tok.line;
    next_token(cs);
    if (cs->tok.kind == TK_COLONCOLON) return super_call(cs, name, 0, line);
    if (cs->tok.kind != TK_LPAREN) return variable(cs, name, line);
    next_token(cs);
    local_var *lv = find_local(cs->fc, name);
    if (lv && (lv->type == TY_FUNCTION || lv->type == TY_MIXED || lv->type == TY_UNKNOWN)) {
        node *n = ast_node(cs, N_CALL_FP, line);
        n->a = variable(cs, name, line);
        n->b = parse_args(cs, TK_RPAREN);
        return n;
    }
    node *n = ast_node(cs, N_CALL, line);
    n->v.s = name;
    n->a = parse_args(cs, TK_RPAREN);
    return n;
}

static node *string_primary(cstate *cs) {
    node *n = ast_string(cs, cs->tok.v.s, cs->tok.line);
    next_token(cs);
    if (cs->tok.kind != TK_STRING) return n;
    lstr *s = str_ref(n->v.s);
    while (cs->tok.kind == TK_STRING) {
        s = str_append(s, cs->tok.v.s->data, cs->tok.v.s->len);
        next_token(cs);
    }
    n->v.s = keep_string(cs, s);
    return n;
}

static node *text_array(cstate *cs) {
    node *n = ast_node(cs, N_ARRAY, cs->tok.line), *last = NULL;
    array *a = cs->tok.v.arr;
    for (uint32_t i = 0; a && i < a->size; i++) {
        node *e = a->item[i].type == T_STRING ? ast_string(cs, a->item[i].u.s, n->line)
                                              : ast_int(cs, 0, n->line);
        if (last) last->next = e;
        else n->a = e;
        last = e;
    }
    next_token(cs);
    return n;
}

/* '(' already current: a cast, (*f)(args), or a parenthesised expression. */
static int is_cast(cstate *cs) {
    int k = 1;
    int t = peek_token(cs, k)->kind;
    if (t == TK_CLASS || t == TK_STRUCT) {
        if (peek_token(cs, 2)->kind != TK_IDENT) return 0;
        k = 3;
    } else if (t >= TK_INT_T && t <= TK_STATUS_T) {
        k = 2;
    } else {
        return 0;
    }
    while (k < 7 && peek_token(cs, k)->kind == TK_STAR) k++;
    return peek_token(cs, k)->kind == TK_RPAREN;
}

static node *paren_primary(cstate *cs) {
    uint32_t line = cs->tok.line;
    next_token(cs);
    if (cs->tok.kind == TK_STAR) {
        next_token(cs);
        node *n = ast_node(cs, N_CALL_FP, line);
        n->a = parse_expr(cs);
        expect(cs, TK_RPAREN, "after (*function");
        expect(cs, TK_LPAREN, "to call (*function)");
        n->b = parse_args(cs, TK_RPAREN);
        return n;
    }
    node *e = parse_expr(cs);
    expect(cs, TK_RPAREN, "to close '('");
    return e;
}

static node *parse_primary(cstate *cs) {
    uint32_t line = cs->tok.line;
    node *n;
    switch (cs->tok.kind) {
    case TK_INT:
        n = ast_int(cs, cs->tok.v.n, line);
        if (!n->v.n) n->flags |= NF_ZERO;
        next_token(cs);
        /* `NUM.0` with NUM a macro: the period driver rescanned the
         * expansion as text and read one float; two numbers in a row
         * are otherwise always a syntax error. */
        if (cs->tok.kind == TK_FLOAT && cs->tok.v.f >= 0.0 && cs->tok.v.f < 1.0 && n->v.n >= 0) {
            n = ast_float(cs, (double)n->v.n + cs->tok.v.f, line);
            next_token(cs);
        }
        return n;
    case TK_FLOAT: n = ast_float(cs, cs->tok.v.f, line); next_token(cs); return n;
    case TK_STRING: return string_primary(cs);
    case TK_TEXT_ARRAY: return text_array(cs);
    case TK_IDENT: return ident_primary(cs);
    case TK_LPAREN: return paren_primary(cs);
    case TK_ARRAY_OPEN: next_token(cs); return array_literal(cs, line);
    case TK_MAPPING_OPEN: next_token(cs); return mapping_literal(cs, line);
    case TK_FUNC_OPEN: next_token(cs); return func_open(cs, line);
    case TK_DOLLAR: next_token(cs); return dollar(cs, line);
    case TK_CATCH: next_token(cs); return parse_catch(cs, line);
    case TK_SSCANF: next_token(cs); return parse_sscanf(cs, line);
    case TK_NEW: next_token(cs); return parse_new(cs, line);
    case TK_COLONCOLON: return super_call(cs, NULL, 0, line);
    case TK_EFUN:
        next_token(cs);
        if (cs->tok.kind != TK_COLONCOLON) break;
        return super_call(cs, NULL, 1, line);
    case TK_FUNCTION_T:
        if (peek_token(cs, 1)->kind != TK_LPAREN) break;
        next_token(cs);
        return anonymous_function(cs, line);
    case TK_PARSE_COMMAND: case TK_TIME_EXPRESSION:
        syntax_error(cs, "%s() is not supported", tok_names[cs->tok.kind]);
        next_token(cs);
        return ast_int(cs, 0, line);
    default:
        if (is_keyword(cs->tok.kind) && peek_token(cs, 1)->kind == TK_COLONCOLON) {
            lstr *label = intern_name(cs, tok_names[cs->tok.kind]);
            next_token(cs);
            return super_call(cs, label, 0, line);
        }
        break;
    }
    if (cs->tok.kind == TK_IDENT) syntax_error(cs, "syntax error at '%s'", cs->tok.v.s->data);
    else syntax_error(cs, "syntax error: unexpected '%s'", tok_names[cs->tok.kind]);
    if (cs->tok.kind != TK_EOF && cs->tok.kind != TK_SEMI && cs->tok.kind != TK_RBRACE) next_token(cs);
    return ast_int(cs, 0, line);
}

/* ------------------------------------------------------------- postfix */
/* '[' consumed: index, from-end index, or range. */
static node *parse_index(cstate *cs, node *base, uint32_t line) {
    node *from = NULL, *to = NULL;
    int bits = 0;
    if (accept(cs, TK_DOTDOT)) {
        bits |= RANGE_NO_FROM;
    } else {
        if (accept(cs, TK_LT)) bits |= RANGE_FROM_END;
        from = parse_expr(cs);
        if (!accept(cs, TK_DOTDOT)) {
            expect(cs, TK_RBRACKET, "after index");
            node *n = ast_node(cs, N_INDEX, line);
            n->a = base;
            n->b = from;
            if (bits & RANGE_FROM_END) n->flags |= NF_FROM_END;
            return n;
        }
    }
    if (cs->tok.kind == TK_RBRACKET) {
        bits |= RANGE_NO_TO;
    } else {
        if (accept(cs, TK_LT)) bits |= RANGE_TO_END;
        to = parse_expr(cs);
        /* 2.7 compiles a constant `..<n` with n <= 1 as `..` (to the end),
         * which matters for range assignment: s[1..<0] = x is not an error */
        if ((bits & RANGE_TO_END) && !(bits & RANGE_NO_FROM) && to->kind == N_INT &&
            to->v.n <= 1) {
            bits = (bits & ~RANGE_TO_END) | RANGE_NO_TO;
            to = NULL;
        }
    }
    expect(cs, TK_RBRACKET, "after range");
    if ((bits & RANGE_NO_FROM) && (bits & RANGE_NO_TO)) syntax_error(cs, "syntax error: empty range");
    node *n = ast_node(cs, N_RANGE, line);
    n->a = base;
    n->b = from;
    n->c = to;
    n->x = bits;
    return n;
}

static node *parse_arrow(cstate *cs, node *base, uint32_t line) {
    lstr *name;
    if (cs->tok.kind == TK_IDENT) name = cs->tok.v.s;
    else if (is_keyword(cs->tok.kind)) name = intern_name(cs, tok_names[cs->tok.kind]);
    else { syntax_error(cs, "syntax error: name expected after '->'"); return base; }
    next_token(cs);
    if (accept(cs, TK_LPAREN)) {
        node *n = ast_node(cs, N_CALL_OTHER, line);
        n->a = base;
        n->b = ast_string(cs, name, line);
        n->c = parse_args(cs, TK_RPAREN);
        return n;
    }
    node *n = ast_node(cs, N_MEMBER, line);
    n->a = base;
    n->v.s = name;
    return n;
}

static node *parse_postfix(cstate *cs) {
    node *e = parse_primary(cs);
    for (;;) {
        uint32_t line = cs->tok.line;
        switch (cs->tok.kind) {
        case TK_LBRACKET: next_token(cs); e = parse_index(cs, e, line); break;
        case TK_ARROW: next_token(cs); e = parse_arrow(cs, e, line); break;
        case TK_INC: case TK_DEC: {
            node *n = ast_node(cs, N_INCDEC, line);
            n->op = cs->tok.kind == TK_INC ? OP_POST_INC : OP_POST_DEC;
            n->a = check_lvalue(cs, e, "++/--");
            next_token(cs);
            e = n;
            break;
        }
        default:
            return e;
        }
    }
}

/* After an operand: an assignment operator makes it the target. */
static node *maybe_assign(cstate *cs, node *e) {
    int op = assign_op(cs->tok.kind);
    if (op < 0) return e;
    uint32_t line = cs->tok.line;
    next_token(cs);
    node *n = ast_node(cs, N_ASSIGN, line);
    n->op = (uint16_t)op;
    n->a = check_lvalue(cs, e, "assignment");
    n->b = parse_assign(cs);
    return n;
}

static node *unary_body(cstate *cs) {
    uint32_t line = cs->tok.line;
    int op;
    switch (cs->tok.kind) {
    case TK_NOT: op = OP_NOT; break;
    case TK_TILDE: op = OP_COMPL; break;
    case TK_MINUS: op = OP_NEG; break;
    case TK_PLUS: next_token(cs); return parse_unary(cs);
    case TK_INC: case TK_DEC: {
        node *n = ast_node(cs, N_INCDEC, line);
        n->op = cs->tok.kind == TK_INC ? OP_PRE_INC : OP_PRE_DEC;
        next_token(cs);
        n->a = check_lvalue(cs, parse_unary(cs), "++/--");
        return n;
    }
    case TK_LPAREN:
        if (is_cast(cs)) {
            next_token(cs);
            uint32_t t = parse_type(cs, 1);
            int stars = 0;
            while (accept(cs, TK_STAR)) stars++;
            if (stars) t = (stars > 1 || (t & TY_ARRAY)) ? TY_MIXED | TY_ARRAY : t | TY_ARRAY;
            expect(cs, TK_RPAREN, "after cast");
            node *a = parse_unary(cs);
            if (a->kind == N_INT || a->kind == N_FLOAT || a->kind == N_STRING) {
                a->type = t;                  /* 2.7: the literal, retyped */
                a->flags |= NF_CAST;
                return a;
            }
            node *n = ast_node(cs, N_CAST, line);
            n->type = t;
            n->a = a;
            return n;
        }
        return maybe_assign(cs, parse_postfix(cs));
    default:
        return maybe_assign(cs, parse_postfix(cs));
    }
    next_token(cs);
    return ast_unop(cs, op, parse_unary(cs), line);
}

static node *parse_unary(cstate *cs) {
    if (!parse_enter(cs)) return ast_int(cs, 0, cs->tok.line);
    node *n = unary_body(cs);
    cs->nest--;
    return n;
}
