/*
 * parse_stmt.c — statements, blocks and local variable scopes.
 *
 * Locals get slots in declaration order, parameters first, and as in 2.7
 * a slot is never reused within a function, even after its block ends.
 * Every slot starts the call undefined; a declaration without a value
 * compiles to nothing, so a block-local keeps its value from one trip
 * round a loop to the next, as it did in 2.7.
 *
 *   statement : ';' | block | local_decl ';' | expr ';'
 *             | IF '(' expr ')' statement [ELSE statement]
 *             | WHILE '(' expr ')' statement | DO statement WHILE '(' expr ')' ';'
 *             | FOR '(' [local_decl | expr] ';' [expr] ';' [expr] ')' statement
 *             | FOREACH '(' var [',' var] IN expr ')' statement
 *             | SWITCH '(' expr ')' block | CASE expr ['..' expr] ':' | DEFAULT ':'
 *             | BREAK ';' | CONTINUE ';' | RETURN [expr] ';'
 */
#include <stdlib.h>
#include "../vm/opcodes.h"
#include "parse.h"

static node *parse_statement(cstate *cs);

/* ---------------------------------------------------------------- scopes */
void fctx_begin(cstate *cs, fctx *fc, fdecl *fn, int kind) {
    *fc = (fctx){0};
    fc->parent = cs->fc;
    fc->fn = fn;
    fc->kind = kind;
    fc->saved_dollar_plain = cs->dollar_plain;
    cs->dollar_plain = 0;
    cs->fc = fc;
}

void fctx_end(cstate *cs, fctx *fc) {
    free(fc->locals.p);
    fc->locals.p = NULL;
    cs->dollar_plain = fc->saved_dollar_plain;
    cs->fc = fc->parent;
}

local_var *find_local(fctx *fc, lstr *name) {
    for (int i = fc->locals.n - 1; i >= 0; i--)
        if (fc->locals.p[i].name == name) return &fc->locals.p[i];
    return NULL;
}

/* Declares a local in the current block; returns its slot. */
int declare_local(cstate *cs, lstr *name, uint32_t type, int is_ref, uint32_t line) {
    fctx *fc = cs->fc;
    for (int i = fc->locals.n - 1; i >= 0 && fc->locals.p[i].depth == fc->depth; i--)
        if (fc->locals.p[i].name == name && name->len)
            compile_error(cs->tok.file, line, "Illegal to redeclare local name '%s'", name->data);
    if ((type & ~TY_ARRAY) == TY_VOID)
        compile_error(cs->tok.file, line, "Illegal to declare local variable of type void.");
    if (fc->n_slots >= 255) {
        compile_error(cs->tok.file, line, "Too many local variables");
        return 0;
    }
    local_var lv = { name, type, (uint16_t)fc->n_slots, (uint16_t)fc->depth, (uint8_t)is_ref };
    vec_push(fc->locals, lv);
    fc->n_slots++;
    if (fc->n_slots > fc->fn->num_slots) fc->fn->num_slots = (uint16_t)fc->n_slots;
    return lv.slot;
}

static void scope_enter(cstate *cs) { cs->fc->depth++; }

static void scope_leave(cstate *cs) {
    fctx *fc = cs->fc;
    while (fc->locals.n && fc->locals.p[fc->locals.n - 1].depth >= fc->depth) fc->locals.n--;
    fc->depth--;
}

/* Skips the rest of a broken statement. */
static void resync(cstate *cs) {
    int depth = 0;
    while (cs->tok.kind != TK_EOF) {
        if (cs->tok.kind == TK_LBRACE || cs->tok.kind == TK_ARRAY_OPEN) depth++;
        if (cs->tok.kind == TK_RBRACE) {
            if (depth == 0) break;
            depth--;
        }
        if (cs->tok.kind == TK_SEMI && depth == 0) { next_token(cs); break; }
        next_token(cs);
    }
    cs->silent = 0;
}

/* ---------------------------------------------------------- declarations */
static node *local_node(cstate *cs, int slot, uint32_t type, uint32_t line) {
    node *n = ast_node(cs, N_LOCAL, line);
    n->x = slot;
    n->type = type;
    return n;
}

/* local_decl : type declarator { ',' declarator }
 * declarator : ['*'...] IDENT ['=' expr]
 * Returns the chain of S_EXPR initialisations (may be NULL). */
static node *parse_local_decl(cstate *cs) {
    node *first = NULL, *last = NULL;
    uint32_t base = parse_type(cs, 1);          /* void: declare_local says why not */
    do {
        int n = 0;
        while (accept(cs, TK_STAR)) n++;
        uint32_t t = n == 0 ? base : (n > 1 || (base & TY_ARRAY)) ? TY_MIXED | TY_ARRAY : base | TY_ARRAY;
        if (cs->tok.kind != TK_IDENT) {
            syntax_error(cs, "syntax error: variable name expected");
            return first;
        }
        lstr *name = cs->tok.v.s;
        uint32_t line = cs->tok.line;
        next_token(cs);
        node *init = accept(cs, TK_ASSIGN) ? parse_assign(cs) : NULL;
        int slot = declare_local(cs, name, t, 0, line);
        if (!init) continue;
        node *as = ast_node(cs, N_ASSIGN, line);
        as->a = local_node(cs, slot, t, line);
        as->b = init;
        node *st = ast_node(cs, S_EXPR, line);
        st->a = as;
        if (last) last->next = st;
        else first = st;
        last = st;
    } while (accept(cs, TK_COMMA));
    return first;
}

/* Wraps a statement chain into one statement. */
static node *single(cstate *cs, node *chain, uint32_t line) {
    if (chain && !chain->next) return chain;
    node *b = ast_node(cs, S_BLOCK, line);
    b->a = chain;
    return b;
}

/* ------------------------------------------------------------- statements */
node *parse_block(cstate *cs) {
    node *b = ast_node(cs, S_BLOCK, cs->tok.line);
    node *last = NULL;
    expect(cs, TK_LBRACE, "to open a block");
    scope_enter(cs);
    while (cs->tok.kind != TK_RBRACE && cs->tok.kind != TK_EOF) {
        node *s = parse_statement(cs);
        if (cs->silent) resync(cs);
        for (; s; s = s->next) {
            if (last) last->next = s;
            else b->a = s;
            last = s;
        }
        if (last) last->next = NULL;
    }
    scope_leave(cs);
    expect(cs, TK_RBRACE, "to close a block");
    return b;
}

static node *paren_expr(cstate *cs) {
    expect(cs, TK_LPAREN, "before condition");
    node *e = parse_expr(cs);
    expect(cs, TK_RPAREN, "after condition");
    return e;
}

static node *loop_body(cstate *cs) {
    cs->fc->loops++;
    node *s = single(cs, parse_statement(cs), cs->tok.line);
    cs->fc->loops--;
    return s;
}

static node *parse_if(cstate *cs, node *n) {
    n->a = paren_expr(cs);
    n->b = single(cs, parse_statement(cs), n->line);
    if (accept(cs, TK_ELSE)) n->c = single(cs, parse_statement(cs), n->line);
    return n;
}

static node *parse_for(cstate *cs, node *n) {
    expect(cs, TK_LPAREN, "after for");
    scope_enter(cs);
    if (is_type_start(cs)) {
        n->a = parse_local_decl(cs);
    } else if (cs->tok.kind != TK_SEMI) {
        node *st = ast_node(cs, S_EXPR, cs->tok.line);
        st->a = parse_expr(cs);
        n->a = st;
    }
    expect(cs, TK_SEMI, "in for");
    if (cs->tok.kind != TK_SEMI) n->b = parse_expr(cs);
    expect(cs, TK_SEMI, "in for");
    if (cs->tok.kind != TK_RPAREN) n->c = parse_expr(cs);
    expect(cs, TK_RPAREN, "after for");
    n->d = loop_body(cs);
    scope_leave(cs);
    return n;
}

/* var : [type ['*'...] [REF]] IDENT — declares a new local when typed; a
 * `ref` one is bound to each element in turn. */
static node *foreach_var(cstate *cs) {
    uint32_t line = cs->tok.line;
    if (is_type_start(cs)) {
        uint32_t t = parse_type(cs, 0);
        if (accept(cs, TK_STAR)) t = (t & TY_ARRAY) ? TY_MIXED | TY_ARRAY : t | TY_ARRAY;
        while (accept(cs, TK_STAR)) t = TY_MIXED | TY_ARRAY;
        int is_ref = accept(cs, TK_REF);
        if (cs->tok.kind != TK_IDENT) {
            syntax_error(cs, "syntax error: variable name expected in foreach");
            return NULL;
        }
        int slot = declare_local(cs, cs->tok.v.s, t, is_ref, line);
        next_token(cs);
        node *l = local_node(cs, slot, t, line);
        if (is_ref) l->flags |= NF_REF | NF_FOREACH_REF;
        return l;
    }
    if (cs->tok.kind != TK_IDENT) {
        syntax_error(cs, "syntax error: variable expected in foreach");
        return NULL;
    }
    lstr *name = cs->tok.v.s;
    next_token(cs);
    local_var *lv = find_local(cs->fc, name);
    if (lv) {
        node *l = local_node(cs, lv->slot, lv->type, line);
        if (lv->is_ref) l->flags |= NF_REF;
        return l;
    }
    int g = global_lookup(cs, name);
    if (g >= 0) {
        node *gn = ast_node(cs, N_GLOBAL, line);
        gn->x = g;
        return gn;
    }
    compile_error(cs->tok.file, line, "Undefined variable '%s'", name->data);
    return NULL;
}

static node *parse_foreach(cstate *cs, node *n) {
    expect(cs, TK_LPAREN, "after foreach");
    scope_enter(cs);
    n->a = foreach_var(cs);
    if (accept(cs, TK_COMMA)) n->b = foreach_var(cs);
    expect(cs, TK_IN, "in foreach");
    n->c = parse_expr(cs);
    expect(cs, TK_RPAREN, "after foreach");
    n->d = loop_body(cs);
    scope_leave(cs);
    if (!n->a) return NULL;
    return n;
}

static node *parse_switch(cstate *cs, node *n) {
    n->a = paren_expr(cs);
    int saved_default = cs->fc->switch_default;
    cs->fc->switch_default = 0;
    cs->fc->switches++;
    if (cs->tok.kind != TK_LBRACE) syntax_error(cs, "syntax error: '{' expected after switch");
    else n->b = parse_block(cs);
    cs->fc->switches--;
    cs->fc->switch_default = saved_default;
    return n;
}

static node *case_value(cstate *cs) {
    node *e = parse_assign(cs);
    if (e->kind != N_INT && e->kind != N_STRING) {
        error_at(cs, e, "Case label must be a constant integer or string");
        return ast_int(cs, 0, e->line);
    }
    return e;
}

/* case : CASE value [ '..' [value] ] ':' | CASE '..' value ':'
 * An open end of a range is the smallest / largest int. */
static node *parse_case(cstate *cs, node *n) {
    if (!cs->fc->switches) compile_error(cs->tok.file, n->line, "Case outside switch");
    if (accept(cs, TK_DOTDOT)) {
        n->a = ast_int(cs, INT64_MIN, n->line);
        n->b = case_value(cs);
        n->x = 1;
    } else {
        n->a = case_value(cs);
        if (accept(cs, TK_DOTDOT)) {
            n->b = cs->tok.kind == TK_COLON ? ast_int(cs, INT64_MAX, n->line) : case_value(cs);
            n->x = 1;
        }
    }
    if (n->x && (n->a->kind != N_INT || n->b->kind != N_INT))
        error_at(cs, n, "String case labels not allowed as range bounds");
    expect(cs, TK_COLON, "after case label");
    return n;
}

static node *parse_default(cstate *cs, node *n) {
    if (!cs->fc->switches) compile_error(cs->tok.file, n->line, "Default outside switch");
    else if (cs->fc->switch_default) compile_error(cs->tok.file, n->line, "Duplicate default");
    cs->fc->switch_default = 1;
    n->flags |= NF_DEFAULT;
    expect(cs, TK_COLON, "after default");
    return n;
}

static node *parse_jump(cstate *cs, node *n, int kind) {
    if (kind == S_BREAK && !cs->fc->loops && !cs->fc->switches)
        compile_error(cs->tok.file, n->line, "break statement outside loop");
    if (kind == S_CONTINUE && !cs->fc->loops)
        compile_error(cs->tok.file, n->line, "continue statement outside loop");
    expect(cs, TK_SEMI, kind == S_BREAK ? "after break" : "after continue");
    return n;
}

static node *parse_return(cstate *cs, node *n) {
    if (cs->tok.kind != TK_SEMI) n->a = parse_expr(cs);
    expect(cs, TK_SEMI, "after return");
    return n;
}

static node *statement_body(cstate *cs) {
    uint32_t line = cs->tok.line;
    int kind = cs->tok.kind;
    node *n;
    switch (kind) {
    case TK_SEMI: next_token(cs); return NULL;
    case TK_LBRACE: return parse_block(cs);
    case TK_IF: next_token(cs); return parse_if(cs, ast_node(cs, S_IF, line));
    case TK_WHILE:
        next_token(cs);
        n = ast_node(cs, S_WHILE, line);
        n->a = paren_expr(cs);
        n->b = loop_body(cs);
        return n;
    case TK_DO:
        next_token(cs);
        n = ast_node(cs, S_DO, line);
        n->b = loop_body(cs);
        expect(cs, TK_WHILE, "after do body");
        n->a = paren_expr(cs);
        expect(cs, TK_SEMI, "after do-while");
        return n;
    case TK_FOR: next_token(cs); return parse_for(cs, ast_node(cs, S_FOR, line));
    case TK_FOREACH: next_token(cs); return parse_foreach(cs, ast_node(cs, S_FOREACH, line));
    case TK_SWITCH: next_token(cs); return parse_switch(cs, ast_node(cs, S_SWITCH, line));
    case TK_CASE: next_token(cs); return parse_case(cs, ast_node(cs, S_CASE, line));
    case TK_DEFAULT: next_token(cs); return parse_default(cs, ast_node(cs, S_CASE, line));
    case TK_BREAK: next_token(cs); return parse_jump(cs, ast_node(cs, S_BREAK, line), S_BREAK);
    case TK_CONTINUE: next_token(cs); return parse_jump(cs, ast_node(cs, S_CONTINUE, line), S_CONTINUE);
    case TK_RETURN: next_token(cs); return parse_return(cs, ast_node(cs, S_RETURN, line));
    default: break;
    }
    if (is_type_start(cs) && !(kind == TK_FUNCTION_T && peek_token(cs, 1)->kind == TK_LPAREN)) {
        node *chain = parse_local_decl(cs);
        expect(cs, TK_SEMI, "after local variable");
        return chain;
    }
    n = ast_node(cs, S_EXPR, line);
    n->a = parse_expr(cs);
    expect(cs, TK_SEMI, "after expression");
    return n;
}

static node *parse_statement(cstate *cs) {
    if (!parse_enter(cs)) return NULL;
    node *n = statement_body(cs);
    cs->nest--;
    return n;
}
