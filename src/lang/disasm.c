/*
 * disasm.c — a readable listing of a compiled program, for `--disasm` and
 * the dump_prog efun; and the opcode name/operand tables (built from the
 * OPCODES X-macro, so they cannot drift from opcodes.h).
 *
 * Layout of the listing: a header, the inherits, the variables, then each
 * function defined here in code order, one instruction per line:
 *
 *     0012  L15  CALL_EFUN 38 b=1        ; write
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "../efun/efun.h"
#include "../runtime/simul_efun.h"
#include "../vm/opcodes.h"
#include "compile.h"

#define OP_NAME(name, ops) #name,
const char *const op_names[OP_COUNT] = { OPCODES(OP_NAME) };
#undef OP_NAME
#define OP_OPS(name, ops) ops,
const char *const op_operands[OP_COUNT] = { OPCODES(OP_OPS) };
#undef OP_OPS

typedef struct dis {
    const program *p;
    void (*out)(void *ctx, const char *line);
    void *ctx;
    char line[512];
} dis;

static void put(dis *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(dis *d, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->line, sizeof d->line, fmt, ap);
    va_end(ap);
    d->out(d->ctx, d->line);
}

/* A constant for a comment: strings quoted and cut short. */
static void const_text(const svalue *v, char *buf, size_t n) {
    if (v->type == T_FLOAT) {
        snprintf(buf, n, "%g", v->u.f);
        return;
    }
    if (v->type != T_STRING) {
        snprintf(buf, n, "?");
        return;
    }
    size_t k = 0;
    buf[k++] = '"';
    for (size_t i = 0; i < v->u.s->len && k + 6 < n; i++) {
        unsigned char c = (unsigned char)v->u.s->data[i];
        if (c == '\n') { buf[k++] = '\\'; buf[k++] = 'n'; }
        else if (c == '"' || c == '\\') { buf[k++] = '\\'; buf[k++] = (char)c; }
        else if (c < 32 || c > 126) buf[k++] = '.';
        else buf[k++] = (char)c;
    }
    if (k + 6 >= n) { buf[k++] = '.'; buf[k++] = '.'; }
    buf[k++] = '"';
    buf[k] = 0;
}

static const char *func_name(const program *p, unsigned idx) {
    return idx < p->n_funcs ? p->funcs[idx].name->data : "?";
}

/* Comment naming what an instruction's first operand refers to. */
static void comment(const program *p, int op, int64_t a, int64_t b, char *buf, size_t n) {
    buf[0] = 0;
    switch (op) {
    case OP_PUSH_CONST:
        if ((uint64_t)a < p->n_consts) const_text(&p->consts[a], buf, n);
        break;
    case OP_CALL: case OP_MAKE_FP_LOCAL: case OP_MAKE_FP_FUNCTIONAL:
        snprintf(buf, n, "%s", func_name(p, (unsigned)a));
        break;
    case OP_CALL_INHERITED:
        if (a < p->n_inherits) snprintf(buf, n, "%s::%s", p->inherits[a].label->data,
                                        func_name(p->inherits[a].prog, (unsigned)b));
        break;
    case OP_CALL_EFUN: case OP_MAKE_FP_EFUN:
        if (a < efun_count) snprintf(buf, n, "%s", efun_table[a].name);
        break;
    case OP_CALL_SIMUL: case OP_MAKE_FP_SIMUL: {
        const char *s = simul_name((int)a);
        snprintf(buf, n, "%s", s ? s : "?");
        break;
    }
    case OP_GLOBAL: case OP_GLOBAL_LV: case OP_SET_GLOBAL:
    case OP_INDEX_GLOBAL: case OP_SET_INDEX_GLOBAL:
        if (a < p->n_vars) snprintf(buf, n, "%s", p->vars[a].name->data);
        break;
    case OP_INDEX_OP_LOCAL:
        if (b < OP_COUNT) snprintf(buf, n, "%s", op_names[b]);
        break;
    case OP_INDEX_OP_GLOBAL:
        if (a < p->n_vars && b < OP_COUNT) snprintf(buf, n, "%s %s", p->vars[a].name->data, op_names[b]);
        break;
    default:
        break;
    }
}

static void show_switch(dis *d, unsigned k) {
    if (k >= d->p->n_switches) return;
    const switch_table *t = &d->p->switches[k];
    for (uint32_t i = 0; i < t->n_ints; i++)
        put(d, "                case %" PRId64 "..%" PRId64 " -> %04x", t->ints[i].lo, t->ints[i].hi, t->ints[i].target);
    for (uint32_t i = 0; i < t->n_strs; i++) {
        char buf[80];
        svalue v;
        sv_set_str(&v, t->strs[i].s);
        const_text(&v, buf, sizeof buf);
        put(d, "                case %s -> %04x", buf, t->strs[i].target);
    }
    put(d, "                default -> %04x", t->default_target);
}

/* Disassembles one instruction at pc; returns the next pc. */
static uint32_t instruction(dis *d, uint32_t pc, uint32_t end) {
    const program *p = d->p;
    int op = p->code[pc];
    char ops[160], note[200];
    size_t k = 0;
    int64_t arg[3] = { 0, 0, 0 };
    int na = 0;
    uint32_t at = pc + 1;
    if (op >= OP_COUNT) {
        put(d, "  %04x        ??? %d", pc, op);
        return pc + 1;
    }
    ops[0] = 0;
    for (const char *f = op_operands[op]; *f; f++) {
        int64_t v = 0;
        size_t size = *f == 'b' || *f == 's' ? 1 : *f == 'w' ? 2 : *f == 'i' ? 4 : 8;
        if (at + size > end) break;
        if (*f == 'b') v = p->code[at];
        else if (*f == 's') v = (int8_t)p->code[at];
        else if (*f == 'w') { uint16_t x; memcpy(&x, p->code + at, 2); v = x; }
        else if (*f == 'i') { int32_t x; memcpy(&x, p->code + at, 4); v = x; }
        else memcpy(&v, p->code + at, 8);
        at += (uint32_t)size;
        int jump = *f == 'i' && !f[1] && op != OP_PUSH_INT32;  /* last operand */
        if (jump) v += at;
        if (na < 3) arg[na++] = v;
        k += (size_t)snprintf(ops + k, sizeof ops - k, jump ? " ->%04" PRIx64 : " %" PRId64, v);
        if (k >= sizeof ops) k = sizeof ops - 1;
    }
    comment(p, op, arg[0], arg[1], note, sizeof note);
    uint32_t line = prog_line_of(p, pc, NULL);
    put(d, "  %04x  L%-4u %s%s%s%s", pc, line, op_names[op], ops, note[0] ? "    ; " : "", note);
    if (op == OP_SWITCH) show_switch(d, (unsigned)arg[0]);
    return at;
}

static int by_address(const void *a, const void *b) {
    const func_def *x = *(const func_def *const *)a, *y = *(const func_def *const *)b;
    return x->address < y->address ? -1 : x->address > y->address;
}

static void header(dis *d) {
    const program *p = d->p;
    put(d, "program %s: %u functions, %u variables, %u inherits, %u bytes of code",
        p->name->data, p->n_funcs, p->n_vars, p->n_inherits, p->code_len);
    for (int i = 0; i < p->n_inherits; i++)
        put(d, "inherit %d: %s (%s) functions at %u, variables at %u", i, p->inherits[i].prog->name->data,
            p->inherits[i].label->data, p->inherits[i].fn_offset, p->inherits[i].var_offset);
    for (int i = 0; i < p->n_vars; i++)
        put(d, "variable %d: %s%s%s", i, p->vars[i].name->data,
            (p->vars[i].flags & VAR_NOSAVE) ? " nosave" : "", (p->vars[i].flags & VAR_INHERITED) ? " inherited" : "");
}

void disasm_program(const program *p, void (*out)(void *ctx, const char *line), void *ctx) {
    dis d = { p, out, ctx, "" };
    header(&d);
    const func_def **own = xmalloc(sizeof *own * ((size_t)p->n_funcs + 1));
    int n = 0;
    for (int i = 0; i < p->n_funcs; i++)
        if (!(p->funcs[i].flags & (FN_INHERITED | FN_ALIAS | FN_PROTOTYPE))) own[n++] = &p->funcs[i];
    qsort(own, (size_t)n, sizeof *own, by_address);
    for (int i = 0; i < n; i++) {
        const func_def *f = own[i];
        uint32_t end = i + 1 < n ? own[i + 1]->address : p->code_len;
        put(&d, "%s", "");
        put(&d, "function %s (#%d, %u args, %u locals, flags %#x) line %u", f->name->data,
            (int)(f - p->funcs), f->num_args, f->num_locals, f->flags, f->line);
        for (uint32_t pc = f->address; pc < end;) pc = instruction(&d, pc, end);
    }
    free(own);
}
