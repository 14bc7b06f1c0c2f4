/*
 * error.c — raising and catching LPC errors, and the views of the call
 * frames that errors and efuns need (traceback, previous_object, origin,
 * call_stack).
 *
 * vm_error/vm_throw set vm_error_value and unwind to the innermost handler:
 * every value above the handler's stack mark is freed, every frame above
 * its frame popped, then longjmp. Handlers are LPC catches (vm_run_catch)
 * or C boundaries (vm_protect). Only errors bound for a C boundary build
 * the trace mapping (vm_last_trace), while the frames are still there.
 *
 * An error bound for a reporting boundary is reported (debug log, then
 * the master's error_handler(trace, 0)) at its point, before unwinding,
 * as in 2.7; only when the VM has no room left for the handler's frames
 * is it reported after unwinding instead. As in 2.7, "Too deep recursion"
 * and "Evaluator stack overflow" never reach the handler (caught or not):
 * their trace goes to the debug log only.
 *
 * Running out of eval cost is an error like the others, but a catch that
 * takes it leaves only half of the budget it started with to the code
 * after it, so `while (1) catch(forever());` still ends.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../base/dlog.h"
#include "opcodes.h"
#include "vmint.h"

vm_handler *vm_handlers;
svalue vm_error_value;
mapping *vm_last_trace;

static int eval_error;               /* the error unwinding is "too long evaluation" */
static int too_deep;                 /* ... is "too deep recursion" / stack overflow */
static int building_trace;

/* ------------------------------------------------------------- positions */

/* Line of a frame's current position and its file (borrowed). */
static uint32_t vm_frame_line(const frame *f, lstr **file) {
    uint32_t off = (uint32_t)(f->pc - f->prog->code);
    *file = NULL;
    return prog_line_of(f->prog, off ? off - 1 : 0, file);
}

static const char *frame_function(const frame *f) {
    if (f->fn->flags & FN_FUNCTIONAL) return "<function>";
    return f->fn->name ? f->fn->name->data : "<unknown>";
}

/* One traceback entry (or the top of the error mapping). */
static void describe_frame(mapping *m, const frame *f, int with_function) {
    svalue v;
    lstr *file;
    uint32_t line = vm_frame_line(f, &file);
    if (with_function) {
        sv_set_cstr(&v, frame_function(f));
        map_set_str(m, "function", &v);
        sv_free(&v);
    }
    sv_set_str(&v, str_ref(f->prog->name));
    map_set_str(m, "program", &v);
    sv_free(&v);
    sv_set_obj(&v, f->ob);
    map_set_str(m, "object", &v);
    sv_free(&v);
    sv_set_str(&v, str_ref(file ? file : f->prog->name));
    map_set_str(m, "file", &v);
    sv_free(&v);
    sv_set_int(&v, line);
    map_set_str(m, "line", &v);
}

/* The mapping the master's error_handler gets, for the current frames. */
static mapping *build_trace(void) {
    mapping *m = map_new(8);
    svalue v;
    map_set_str(m, "error", &vm_error_value);
    if (vm_fp) {
        describe_frame(m, vm_fp, 0);
        int n = (int)(vm_fp - vm_frames) + 1;
        array *a = arr_new((size_t)n);
        for (int i = 0; i < n; i++) {
            mapping *fm = map_new(8);
            describe_frame(fm, &vm_frames[i], 1);
            sv_set_map(&a->item[i], fm);
        }
        sv_set_arr(&v, a);
        map_set_str(m, "trace", &v);
        sv_free(&v);
    } else {
        sv_set_arr(&v, arr_new_empty());
        map_set_str(m, "trace", &v);
        sv_free(&v);
    }
    return m;
}

/* -------------------------------------------------------------- raising */

int vm_log_catches;

/* LOG_CATCHES: hands a caught error's trace to the master's
 * error_handler(trace, 1) at the point of the error, before unwinding, so
 * that this_player() and this_object() are still those of the failing
 * code (as in 2.7). A "too long evaluation" gets the budget the catch will
 * get; the error value and state are kept aside meanwhile, and an error
 * inside the handler (or a catch within it) is dropped. */
typedef struct handler_call { mapping *trace; int caught; } handler_call;

/* The master's error_handler(trace, caught). For an uncaught error, a
 * string it returns goes to the debug log too. */
static void call_error_handler(void *arg) {
    const handler_call *c = arg;
    push_map(map_ref(c->trace));
    push_int(c->caught);
    svalue *r = vm_apply_master("error_handler", 2);
    if (!c->caught && r && r->type == T_STRING) dlog("%s", r->u.s->data);
}

static void log_caught(mapping *t, const vm_handler *h) {
    int was_eval_error = eval_error;
    int64_t cost = vm_eval_cost;
    svalue err = vm_error_value;
    vm_error_value = const0;
    if (was_eval_error) vm_eval_cost = h->eval_left / 2;
    building_trace = 1;
    handler_call c = { t, 1 };
    if (master_ob && !ob_dead(master_ob)) vm_protect(call_error_handler, &c, 0);
    building_trace = 0;
    map_free(t);
    vm_free(&vm_error_value);
    vm_error_value = err;
    vm_eval_cost = cost;
    eval_error = was_eval_error;
}

static void report_trace(mapping *trace);

/* Frames and stack slots the master's error_handler may use when it runs
 * at the point of an error; with less room left it runs after unwinding. */
#define HANDLER_FRAMES 32
#define HANDLER_SLOTS  1024

static int room_for_handler(void) {
    int depth = vm_fp ? (int)(vm_fp - vm_frames) + 1 : 0;
    int limit = vm_max_call_depth < VM_MAX_FRAMES ? vm_max_call_depth : VM_MAX_FRAMES;
    return depth + HANDLER_FRAMES <= limit && vm_sp + HANDLER_SLOTS < vm_stack_limit;
}

/* Reports an uncaught error at its point (the frames still there): the
 * handler gets a full eval budget, the error value and state are kept
 * aside meanwhile. */
static void report_uncaught(mapping *t, vm_handler *h) {
    int was_eval_error = eval_error;
    int64_t cost = vm_eval_cost;
    vm_eval_cost = vm_max_eval_cost;
    report_trace(t);
    vm_eval_cost = cost;
    eval_error = was_eval_error;
    h->reported = 1;
}

/* Unwinds to the innermost handler. `is_error`: an error rather than a
 * throw(); only errors get a trace (for a catch, only under LOG_CATCHES). */
static _Noreturn void unwind(int is_error) {
    vm_handler *h = vm_handlers;
    if (!h) {
        dlog("fatal: LPC error with no error boundary: %s",
             vm_error_value.type == T_STRING ? vm_error_value.u.s->data : "(thrown value)");
        abort();
    }
    if (!building_trace && (!h->is_catch || (is_error && vm_log_catches && master_ob))) {
        building_trace = 1;
        mapping *t = build_trace();
        building_trace = 0;
        if (h->is_catch) {
            if (too_deep) map_free(t);
            else log_caught(t, h);
        } else {
            if (vm_last_trace) map_free(vm_last_trace);
            vm_last_trace = t;
            if (h->report && room_for_handler()) report_uncaught(t, h);
        }
    }
    while (vm_sp > h->sp) {
        vm_free(vm_sp);
        vm_sp--;
    }
    while (vm_fp && vm_fp != h->fp) vm_leave();
    vm_fp_efun_reset();
    vm_current_object = h->current_object;
    vm_command_giver = h->command_giver;
    longjmp(h->jb, 1);
}

static void set_error_string(const char *msg, size_t n) {
    int nl = n > 0 && msg[n - 1] == '\n';
    lstr *s = str_alloc(n + 1 + !nl);
    s->data[0] = '*';
    memcpy(s->data + 1, msg, n);
    if (!nl) s->data[n + 1] = '\n';
    vm_free(&vm_error_value);
    sv_set_str(&vm_error_value, s);
}

void vm_error(const char *fmt, ...) {
    char buf[4096];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof buf) n = sizeof buf - 1;
    set_error_string(buf, (size_t)n);
    eval_error = too_deep = 0;
    unwind(1);
}

void vm_error_too_deep(const char *msg) {
    set_error_string(msg, strlen(msg));
    eval_error = 0;
    too_deep = 1;
    unwind(1);
}

void vm_eval_exhausted(void) {
    vm_eval_cost = 0;
    set_error_string("Too long evaluation. Execution aborted.", 39);
    eval_error = 1;
    too_deep = 0;
    unwind(1);
}

void vm_throw(const svalue *v) {
    if (!vm_handlers || !vm_handlers->is_catch) vm_error("Throw with no catch.");
    svalue copy;
    sv_dup(&copy, v);
    vm_free(&vm_error_value);
    vm_error_value = copy;
    eval_error = too_deep = 0;
    unwind(0);
}

/* ------------------------------------------------------------- catching */

/* Fills h with the VM state to restore on an error unwinding to it
 * (the stack cut back to sp) and makes it the innermost handler. The
 * caller does the setjmp, since it must stay on the C stack. */
static void push_handler(vm_handler *h, svalue *sp, int is_catch) {
    h->prev = vm_handlers;
    h->sp = sp;
    h->fp = vm_fp;
    h->current_object = vm_current_object;
    h->command_giver = vm_command_giver;
    h->is_catch = is_catch;
    h->eval_left = vm_eval_cost;
    h->report = 0;
    h->reported = 0;
    vm_handlers = h;
}

int vm_protect_mark(svalue *mark, void (*fn)(void *), void *arg, int report) {
    vm_handler h;
    push_handler(&h, mark, 0);
    h.report = report;
    if (setjmp(h.jb) == 0) {
        fn(arg);
        vm_handlers = h.prev;
        return 0;
    }
    vm_handlers = h.prev;
    eval_error = 0;
    if (report && !h.reported) vm_report_error();
    too_deep = 0;
    return 1;
}

int vm_protect(void (*fn)(void *), void *arg, int report) {
    return vm_protect_mark(vm_sp, fn, arg, report);
}

int vm_run_catch(const uint8_t *target) {
    vm_handler h;
    push_handler(&h, vm_sp, 1);
    if (setjmp(h.jb) == 0) {
        int status = vm_execute(vm_fp);
        vm_handlers = h.prev;
        if (status == EXEC_END_CATCH) push_int(0);
        return status;
    }
    vm_handlers = h.prev;
    too_deep = 0;
    if (eval_error) {
        eval_error = 0;
        vm_eval_cost = h.eval_left / 2;
    }
    *++vm_sp = vm_error_value;
    vm_error_value = const0;
    vm_fp->pc = target;
    return EXEC_END_CATCH;
}

/* ------------------------------------------------------------ reporting */

static void log_trace(const char *msg, mapping *trace) {
    dlog("%s", msg[0] == '*' ? msg + 1 : msg);
    svalue *t = trace ? map_find_str(trace, "trace") : NULL;
    if (!t || t->type != T_ARRAY) return;
    for (int i = (int)t->u.a->size - 1; i >= 0; i--) {
        svalue *fm = &t->u.a->item[i];
        if (fm->type != T_MAPPING) continue;
        svalue *fn = map_find_str(fm->u.m, "function"), *file = map_find_str(fm->u.m, "file");
        svalue *line = map_find_str(fm->u.m, "line"), *ob = map_find_str(fm->u.m, "object");
        dlog("'%s' at %s (%s) line %lld",
             fn && fn->type == T_STRING ? fn->u.s->data : "?",
             ob && ob->type == T_OBJECT ? ob->u.ob->name->data : "<destructed>",
             file && file->type == T_STRING ? file->u.s->data : "?",
             line && line->type == T_INT ? (long long)line->u.n : 0LL);
    }
}

static int handler_depth;           /* inside the master's error_handler */

/* The trace goes to the debug log; then, when there is a master and this
 * is not an error inside its error_handler, the master gets it too. The
 * error value and vm_last_trace are as before when it returns. */
static void report_trace(mapping *trace) {
    const char *msg = vm_error_value.type == T_STRING ? vm_error_value.u.s->data
                                                      : "*Unhandled throw";
    if (handler_depth) dlog("Error in error handler:");
    log_trace(msg, trace);
    if (handler_depth || too_deep || !master_ob || ob_dead(master_ob) || !trace) return;
    svalue err = vm_error_value;
    vm_error_value = const0;
    map_ref(trace);
    handler_depth++;
    handler_call c = { trace, 0 };
    if (vm_protect(call_error_handler, &c, 0)) {
        const char *e = vm_error_value.type == T_STRING ? vm_error_value.u.s->data : "?";
        dlog("Error in error handler:");
        log_trace(e, vm_last_trace);
    }
    handler_depth--;
    vm_free(&vm_error_value);
    vm_error_value = err;
    if (vm_last_trace) map_free(vm_last_trace);
    vm_last_trace = trace;
}

void vm_report_error(void) {
    report_trace(vm_last_trace);
}

void vm_errors_shutdown(void) {
    vm_free(&vm_error_value);
    if (vm_last_trace) map_free(vm_last_trace);
    vm_last_trace = NULL;
}

/* --------------------------------------------------------- frame queries */

int vm_current_origin(void) {
    return vm_fp ? vm_fp->origin : ORIGIN_DRIVER;
}

const char *vm_origin_name(int origin) {
    switch (origin) {
    case ORIGIN_DRIVER:           return "driver";
    case ORIGIN_LOCAL:            return "local";
    case ORIGIN_CALL_OTHER:       return "call_other";
    case ORIGIN_SIMUL_EFUN:       return "simul";
    case ORIGIN_CALL_OUT:         return "call_out";
    case ORIGIN_EFUN:             return "efun";
    case ORIGIN_FUNCTION_POINTER: return "function_pointer";
    case ORIGIN_FUNCTIONAL:       return "functional";
    default:                      return "internal";
    }
}

/* previous_object(n) for n >= 0: 0 is the caller of the running function;
 * each further step goes back past one more change of object. */
struct object *vm_previous_object(int n) {
    frame *f = vm_fp;
    object *ob = NULL;
    if (!f || n < 0) return NULL;
    if (n == 0) {
        if (!vm_fp_efun_prev(&ob)) ob = f->prev_ob;
    } else {
        for (; f >= vm_frames; f--) {
            if ((f->flags & FR_OBCHANGE) && --n == 0) {
                ob = f > vm_frames ? (f - 1)->prev_ob : NULL;
                break;
            }
        }
    }
    return ob && !ob_dead(ob) ? ob : NULL;
}

array *vm_all_previous_objects(void) {
    object *chain[VM_MAX_FRAMES + 1];
    int n = 0;
    if (vm_fp && vm_fp->prev_ob) chain[n++] = vm_fp->prev_ob;
    for (frame *f = vm_fp; f && f > vm_frames; f--)
        if ((f->flags & FR_OBCHANGE) && (f - 1)->prev_ob) chain[n++] = (f - 1)->prev_ob;
    array *a = arr_new((size_t)n);
    for (int i = 0; i < n; i++) sv_set_obj(&a->item[i], chain[i]);
    return a;
}

/* One call_stack() entry for frame f; `catch_entry` makes the "CATCH"
 * entry 2.7 lists for an active catch in f (f's object, program, origin). */
static void stack_entry(svalue *v, const frame *f, int what, int catch_entry) {
    switch (what) {
    case 0: sv_set_str(v, str_ref(f->prog->name)); break;
    case 1: sv_set_obj(v, f->ob); break;
    case 2: sv_set_cstr(v, catch_entry ? "CATCH" : frame_function(f)); break;
    default: sv_set_cstr(v, vm_origin_name(f->origin)); break;
    }
}

static int is_active_catch(const vm_handler *h) {
    return h->is_catch && h->fp && vm_fp && h->fp >= vm_frames && h->fp <= vm_fp;
}

/* Newest first; each active catch stands just above the frame holding it. */
array *vm_call_stack(int what) {
    int nf = vm_fp ? (int)(vm_fp - vm_frames) + 1 : 0, n = nf;
    for (const vm_handler *h = vm_handlers; h; h = h->prev) n += is_active_catch(h);
    array *a = arr_new((size_t)n);
    const vm_handler *h = vm_handlers;
    int k = 0;
    for (int i = 0; i < nf; i++) {
        const frame *f = vm_fp - i;
        for (; h && (!is_active_catch(h) || h->fp >= f); h = h->prev)
            if (is_active_catch(h) && h->fp == f) stack_entry(&a->item[k++], f, what, 1);
        stack_entry(&a->item[k++], f, what, 0);
    }
    return a;
}
