/*
 * sprintf_value.c — %O: any LPC value as text, in FluffOS 2.7's layout.
 *
 *   12   0.500000   "txt" (quotes, no escaping)   /t/obj   <buffer>
 *   ({ /+ sizeof() == 2 +/     ([ /+ sizeof() == 1 +/     CLASS( 1 element
 *     1,                         "k" : ({ /+ ... +/         2
 *     "x"                            1                     )
 *   })                             }),
 *                              ])
 *   (: f :)  (: <code>($1, $2) :)  (: write, "x" :)
 *
 * (with `/+ +/` standing for C comment marks). Elements are indented two
 * more than their container; a mapping value starts right after " : " at
 * four more. Nesting deeper than ten levels prints "...". When the master
 * defines object_name(ob), objects also show its answer: /path ("name").
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "../runtime/master.h"
#include "../runtime/object.h"
#include "../runtime/simul_efun.h"
#include "../vm/vm.h"
#include "efun.h"
#include "sprintf.h"

typedef struct vbuf { char *p; size_t len, cap; } vbuf;

static void vb_add(vbuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        while (b->len + n + 1 > b->cap) b->cap = b->cap ? b->cap * 2 : 64;
        b->p = xrealloc(b->p, b->cap);
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void vb_adds(vbuf *b, const char *s) { vb_add(b, s, strlen(s)); }

static void vb_spaces(vbuf *b, int n) {
    static const char sp[] = "                                ";
    for (; n > 0; n -= 32) vb_add(b, sp, n < 32 ? (size_t)n : 32);
}

static void vb_printf(vbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void vb_printf(vbuf *b, const char *fmt, ...) {
    char tmp[512];                  /* %f of 1e308 needs 316 */
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    vb_add(b, tmp, n < 0 ? 0 : (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static void render(vbuf *b, const svalue *v, int indent, int trailing, int indent2);

/* Elements of an array or class, one a line, all but the last with ",". */
static void render_items(vbuf *b, array *a, int indent) {
    arr_ref(a);                     /* object_name() may drop the container */
    for (uint32_t i = 0; i < a->size; i++)
        render(b, &a->item[i], indent + 2, i + 1 < a->size, 0);
    arr_free(a);
}

static void render_array(vbuf *b, array *a, int indent) {
    if (!a->size) { vb_adds(b, "({ })"); return; }
    vb_printf(b, "({ /* sizeof() == %u */\n", a->size);
    render_items(b, a, indent);
    vb_adds(b, "\n");
    vb_spaces(b, indent);
    vb_adds(b, "})");
}

static void render_class(vbuf *b, array *a, int indent) {
    vb_printf(b, "CLASS( %u %s\n", a->size, a->size == 1 ? "element" : "elements");
    render_items(b, a, indent);
    vb_adds(b, "\n");
    vb_spaces(b, indent);
    vb_adds(b, " )");
}

/* Keys and values are copied out first: object_name() may change m. */
static void render_mapping(vbuf *b, mapping *m, int indent) {
    if (!m->count) { vb_adds(b, "([ ])"); return; }
    uint32_t n = 0, bucket;
    svalue *kv = xmalloc(2 * (size_t)m->count * sizeof *kv);
    for (mnode *e = map_first(m, &bucket); e && n < m->count; e = map_next(m, e, &bucket), n++) {
        sv_copy(&kv[2 * n], &e->key);
        sv_copy(&kv[2 * n + 1], &e->val);
    }
    vb_printf(b, "([ /* sizeof() == %u */\n", n);
    for (uint32_t i = 0; i < n; i++) {
        render(b, &kv[2 * i], indent + 2, 0, 0);
        vb_adds(b, " : ");
        render(b, &kv[2 * i + 1], indent + 4, 1, 1);
    }
    vb_spaces(b, indent);
    vb_adds(b, "])");
    for (uint32_t i = 0; i < 2 * n; i++) sv_free(&kv[i]);
    free(kv);
}

static void render_object(vbuf *b, object *ob) {
    if (ob->flags & O_DESTRUCTED) { vb_adds(b, "0"); return; }
    vb_add(b, ob->name->data, ob->name->len);
    if (!master_ob || !master_has("object_name")) return;
    push_object(ob);
    svalue *r = vm_safe_apply("object_name", master_ob, 1, ORIGIN_DRIVER);
    if (!r || r->type != T_STRING) return;
    vb_adds(b, " (\"");
    vb_add(b, r->u.s->data, r->u.s->len);
    vb_adds(b, "\")");
}

static const char *local_name(const funcptr *f) {
    const object *ob = f->owner;
    if (!ob || (ob->flags & O_DESTRUCTED) || !ob->prog || f->index >= ob->prog->n_funcs) return "0";
    const lstr *name = ob->prog->funcs[f->index].name;
    return name ? name->data : "0";
}

static void render_function(vbuf *b, funcptr *f, int indent) {
    vb_adds(b, "(: ");
    switch (f->kind) {
    case FP_LOCAL: vb_adds(b, local_name(f)); break;
    case FP_SIMUL: vb_adds(b, simul_name(f->index)); break;
    case FP_EFUN: vb_adds(b, efun_table[f->index].name); break;
    case FP_FUNCTIONAL:
        vb_adds(b, "<code>(");
        for (int i = 1; i <= f->num_args; i++) vb_printf(b, i > 1 ? ", $%d" : "$%d", i);
        vb_adds(b, ")");
        break;
    case FP_CALL_OTHER: {
        svalue name;
        vb_adds(b, "call_other, ");
        render(b, &f->target, indent, 0, 0);
        vb_adds(b, ", ");
        sv_set_str(&name, f->name);
        render(b, &name, indent, 0, 0);
        break;
    }
    }
    for (uint32_t i = 0; f->args && i < f->args->size; i++) {
        vb_adds(b, ", ");
        render(b, &f->args->item[i], indent, 0, 0);
    }
    vb_adds(b, " :)");
}

/* v at `indent` spaces (not written when indent2: the caller is mid-line),
 * followed by ",\n" when `trailing`. */
static void render(vbuf *b, const svalue *v, int indent, int trailing, int indent2) {
    if (indent > 20) { vb_adds(b, "..."); return; }
    if (!indent2) vb_spaces(b, indent);
    switch (v->type) {
    case T_INT: vb_printf(b, "%lld", (long long)v->u.n); break;
    case T_FLOAT: vb_printf(b, "%f", v->u.f); break;
    case T_STRING:
        vb_adds(b, "\"");
        vb_add(b, v->u.s->data, v->u.s->len);
        vb_adds(b, "\"");
        break;
    case T_ARRAY: render_array(b, v->u.a, indent); break;
    case T_CLASS: render_class(b, v->u.a, indent); break;
    case T_MAPPING: render_mapping(b, v->u.m, indent); break;
    case T_OBJECT: render_object(b, v->u.ob); break;
    case T_FUNCTION: render_function(b, v->u.fp, indent); break;
    case T_BUFFER: vb_adds(b, "<buffer>"); break;
    default: vb_adds(b, "!ERROR: GARBAGE SVALUE!"); break;
    }
    if (trailing) vb_adds(b, ",\n");
}

lstr *sprintf_value(const svalue *v) {
    vbuf b = {0};
    render(&b, v, 0, 0, 0);
    lstr *s = str_new(b.p ? b.p : "", b.len);
    free(b.p);
    return s;
}
