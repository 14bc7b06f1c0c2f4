/*
 * commands.c — add_action, the command parser, notify_fail, query_verb,
 * enable/disable_commands (see commands.h for the matching rules).
 *
 * Sentences (actions) hold counted references to the object that offered
 * them and to their function pointer, so a sentence can never dangle; they
 * are removed by moves, destruct and disable_commands. Each sentence has a
 * serial number, larger for newer ones; since a list is kept newest first,
 * the parser resumes after an action returned 0 by taking the first
 * sentence with a smaller serial than the one it ran. That stays right
 * whatever the action did to the list meanwhile (added, removed, moved).
 *
 * query_verb(): the verb of the innermost running action lives on the VM
 * stack (so an error frees it); `cur_verb` remembers which slot. After an
 * error unwound past that slot, the check in f_query_verb fails and the
 * answer is 0. As in 2.7 the verb is not restored when a nested command()
 * returns: the outer action then sees 0.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"
#include "config.h"
#include "living.h"
#include "message.h"
#include "rt_hooks.h"
#include "runtime.h"
#include "../base/mem.h"
#include "../efun/efun.h"
#include "../vm/vm.h"

enum { V_SHORT = 1, V_NOSPACE = 2, V_FUNCTION = 4 };    /* 2.7's flag values */

typedef struct sentence {
    struct sentence *next;
    lstr *verb;                 /* interned */
    lstr *fname;                /* interned; NULL when fp is set */
    funcptr *fp;
    object *ob;                 /* who offered the action (counted) */
    uint64_t serial;
    uint32_t flags;
} sentence;

object *cmd_interactive;
static uint64_t next_serial = 1;
static lstr *cur_verb;          /* borrowed from vm_stack[cur_verb_slot] */
static ptrdiff_t cur_verb_slot = -1;

/* 2.7: an action that returns 0 after its parse removed an action
 * (remove_action: 1) or moved/destructed an object defining actions
 * (2) is an error, since the parser may not go on with a changed list.
 * `illegal_ob` (counted) names the culprit in the message. */
static int illegal_action;
static object *illegal_ob;

static void set_illegal(int kind, object *ob) {
    if (illegal_ob) obj_free(illegal_ob);
    illegal_action = kind;
    illegal_ob = obj_ref(ob);
}

/* ------------------------------------------------------------- sentences */
static void sent_free(sentence *s) {
    str_free(s->verb);
    str_free(s->fname);
    if (s->fp) fp_free(s->fp);
    obj_free(s->ob);
    free(s);
}

void cmd_remove_sent(object *definer, object *user) {
    for (sentence **pp = &user->actions; *pp;) {
        sentence *s = *pp;
        if (s->ob == definer) {
            *pp = s->next;
            sent_free(s);
            set_illegal(2, definer);
        } else {
            pp = &s->next;
        }
    }
}

static void free_actions(object *ob) {
    while (ob->actions) {
        sentence *s = ob->actions;
        ob->actions = s->next;
        sent_free(s);
    }
}


static void add_sentence(object *user, object *ob, const svalue *fn, const lstr *verb, int flags) {
    sentence *s = xcalloc(1, sizeof *s);
    s->verb = str_intern(verb->data, verb->len);
    if (fn->type == T_STRING) {
        s->fname = str_intern(fn->u.s->data, fn->u.s->len);
    } else {
        s->fp = fn->u.fp;
        s->fp->refs++;
        flags |= V_FUNCTION;
    }
    s->ob = obj_ref(ob);
    s->flags = (uint32_t)flags;
    s->serial = next_serial++;
    s->next = user->actions;
    user->actions = s;
}

/* The newest sentence of user older than serial `after`. */
static sentence *next_after(object *user, uint64_t after) {
    sentence *s = user->actions;
    while (s && s->serial >= after) s = s->next;
    return s;
}

/* ----------------------------------------------------------- notify_fail */
typedef struct nfail {
    object *ob;                 /* not counted: commands_on_destruct clears it */
    svalue msg;                 /* string or function */
    struct nfail *next;
} nfail;

static nfail *nfails;

static nfail **nf_find(object *ob) {
    nfail **pp = &nfails;
    while (*pp && (*pp)->ob != ob) pp = &(*pp)->next;
    return pp;
}

static void nf_clear(object *ob) {
    nfail **pp = nf_find(ob);
    if (!*pp) return;
    nfail *n = *pp;
    *pp = n->next;
    sv_free(&n->msg);
    free(n);
}

void cmd_free_all(void) {
    if (illegal_ob) obj_free(illegal_ob);
    illegal_ob = NULL;
    for (object *ob = obj_list; ob; ob = ob->next_all) free_actions(ob);
    while (nfails) nf_clear(nfails->ob);
}

/* Moves ob's notify_fail message onto the VM stack (0 if none). */
static void nf_take(object *ob) {
    nfail **pp = nf_find(ob);
    if (!*pp) { push_int(0); return; }
    nfail *n = *pp;
    *pp = n->next;
    *++vm_sp = n->msg;
    free(n);
}

/* What a failed command tells an interactive user: the notify_fail text
 * (a function is called, this_player() = user, and its string shown) or
 * the default fail message. */
static void notify_no_command(object *user) {
    if (!user->interactive) return;
    svalue *mark = vm_sp;
    nf_take(user);
    svalue *msg = vm_sp;
    if (msg->type == T_FUNCTION) {
        object *saved = vm_command_giver;
        vm_command_giver = user;
        svalue *r = vm_call_fp(msg->u.fp, 0);
        vm_command_giver = saved;
        if (r && r->type == T_STRING && !obj_destructed(user))
            msg_tell_object(user, r->u.s->data, r->u.s->len);
    } else if (msg->type == T_STRING) {
        msg_tell_object(user, msg->u.s->data, msg->u.s->len);
    } else {
        const char *d = cfg.default_fail_message;
        if (!d || !*d) d = "What?";
        lstr *text = str_printf("%s\n", d);
        push_str(text);
        msg_tell_object(user, text->data, text->len);
    }
    rt_pop_to(mark);
}

/* ---------------------------------------------------------------- parser */
static int matches(const sentence *s, const char *line, size_t len, size_t wlen) {
    size_t vl = s->verb->len;
    if (s->flags & (V_SHORT | V_NOSPACE))
        return vl <= len && memcmp(line, s->verb->data, vl) == 0;
    return vl == 0 || (vl == wlen && memcmp(line, s->verb->data, vl) == 0);
}

/* Pushes what query_verb() answers while s runs on `line`. */
static void push_verb(const sentence *s, const char *line, size_t wlen) {
    size_t vl = s->verb->len;
    if (s->flags & V_NOSPACE)
        push_str(vl < wlen ? str_new(line + vl, wlen - vl) : str_ref(str_empty));
    else if (vl == 0 || (s->flags & V_SHORT))
        push_str(str_new(line, wlen));
    else
        push_str(str_ref(s->verb));
}

/* Pushes the argument an action gets: the rest of the line. */
static void push_arg(const sentence *s, const char *line, size_t len, size_t wlen) {
    size_t vl = s->verb->len;
    if (s->flags & V_NOSPACE) push_str(str_new(line + vl, len - vl));
    else if (wlen < len) push_str(str_new(line + wlen + 1, len - wlen - 1));
    else push_svalue(&const_undef);
}

/* Runs action s for user on line `buf` whose first word is wlen bytes.
 * Returns 1 if the action took the command. A missing function is an
 * error when its sentence is still the newest one (2.7). */
static int call_action(object *user, sentence *s, lstr *buf, size_t wlen) {
    svalue *mark = vm_sp;
    uint64_t serial = s->serial;
    int origin = vm_current_object ? ORIGIN_EFUN : ORIGIN_DRIVER;
    funcptr *fp = s->fp;
    lstr *fname = s->fname;
    object *ob = s->ob;
    if (fp) {                   /* the action may remove s: keep fp alive */
        fp->refs++;
        sv_set_fp(++vm_sp, fp);
    }
    push_verb(s, buf->data, wlen);
    cur_verb = vm_sp->u.s;
    cur_verb_slot = vm_sp - vm_stack;
    push_arg(s, buf->data, buf->len, wlen);
    object *saved_cg = vm_command_giver;
    vm_command_giver = user;
    svalue *r = fp ? vm_call_fp(fp, 1) : vm_apply_str(fname, ob, 1, origin);
    vm_command_giver = saved_cg;
    int took = r && sv_truthy(r);
    cur_verb = NULL;            /* 2.7: once an action returns, even one that */
    cur_verb_slot = -1;         /* ran inside another, query_verb() gives 0 */
    if (!r && user->actions && user->actions->serial == serial) {
        sentence *h = user->actions;
        if (h->fp) vm_error("Verb '%s' bound to uncallable function pointer.", h->verb->data);
        vm_error("Function for verb '%s' not found.", h->verb->data);
    }
    rt_pop_to(mark);
    return took;
}

int cmd_parse(object *user, const char *line, size_t len) {
    while (len > 0 && line[len - 1] == ' ') len--;
    if (len == 0) return 0;
    svalue *mark = vm_sp;
    push_object(user);
    push_str(str_new(line, len));
    lstr *buf = vm_sp->u.s;
    const char *blank = memchr(buf->data, ' ', len);
    size_t wlen = blank ? (size_t)(blank - buf->data) : len;
    int took = 0;
    uint64_t after = UINT64_MAX;
    sentence *s;
    int saved_illegal = illegal_action;
    illegal_action = 0;
    while (!took && !obj_destructed(user) && (s = next_after(user, after))) {
        after = s->serial;
        if (obj_destructed(s->ob) || !matches(s, buf->data, len, wlen)) continue;
        took = call_action(user, s, buf, wlen);
        if (took) {
            if (!illegal_action) illegal_action = saved_illegal;
            rt_pop_to(mark);
            return took;
        }
        if (illegal_action == 1)
            vm_error("Illegal to call remove_action() [caller was %s] from a verb returning zero.",
                     illegal_ob->name->data);
        if (illegal_action == 2)
            vm_error("Illegal to move or destruct an object (%s) defining actions from a verb function which returns zero.",
                     illegal_ob->name->data);
    }
    if (!obj_destructed(user)) notify_no_command(user);
    illegal_action = saved_illegal;
    rt_pop_to(mark);
    return took;
}

typedef struct exec_job { object *user; const char *line; int took; } exec_job;

static void exec_body(void *p) {
    exec_job *j = p;
    j->took = cmd_parse(j->user, j->line, strlen(j->line));
}

int cmd_execute(object *user, const char *line) {
    if (!user || obj_destructed(user)) return 0;
    object *saved_cg = vm_command_giver, *saved_int = cmd_interactive;
    exec_job job = { user, line, 0 };
    vm_command_giver = user;
    cmd_interactive = user;
    nf_clear(user);
    vm_reset_eval();
    vm_protect(exec_body, &job, 1);
    vm_command_giver = saved_cg;
    cmd_interactive = saved_int;
    return job.took;
}

/* ------------------------------------------------------------ destruct */
void commands_on_destruct(object *ob) {
    if (ob->env) {              /* 2.7's order, for the illegal-action mark */
        cmd_remove_sent(ob->env, ob);
        cmd_remove_sent(ob, ob->env);
        for (object *o = ob->env->contains; o; o = o->next_inv)
            if (o != ob) {
                cmd_remove_sent(o, ob);
                cmd_remove_sent(ob, o);
            }
    }
    free_actions(ob);
    for (object *o = ob->contains; o; o = o->next_inv) cmd_remove_sent(ob, o);
    living_remove_name(ob);
    nf_clear(ob);
    if (cmd_interactive == ob) cmd_interactive = NULL;
}

/* ---------------------------------------------------------------- efuns */
/* Nonzero if `name` is a static/protected/private function of ob. */
static int is_hidden_fn(const lstr *name, const object *ob) {
    int fi = prog_find_function(ob->prog, name);
    return fi >= 0 && (ob->prog->funcs[fi].flags & (FN_STATIC | FN_PROTECTED | FN_PRIVATE));
}

/* add_action(fn, verb | verbs, flag): offers this_player() the action.
 * A shadow's actions count as its target's. Ignored unless the offering
 * object is this_player(), its environment, or in this_player()'s
 * environment or inventory. */
void f_add_action(svalue *argv, int argc, svalue *ret) {
    (void)ret;
    object *me = vm_current_object, *ob = me;
    if (!ob || obj_destructed(ob)) return;
    while (ob->shadowing) ob = ob->shadowing;
    if (ob != me && argv[0].type == T_STRING && is_hidden_fn(argv[0].u.s, ob)) return;
    object *cg = vm_command_giver;
    if (!cg || obj_destructed(cg)) return;
    if (ob != cg && ob->env != cg && ob->env != cg->env && ob != cg->env) return;
    int flags = argc > 2 && argv[2].type == T_INT ? (int)(argv[2].u.n & 3) : 0;
    if (argv[1].type == T_ARRAY) {
        array *a = argv[1].u.a;
        for (uint32_t i = 0; i < a->size; i++)
            if (a->item[i].type == T_STRING) add_sentence(cg, ob, &argv[0], a->item[i].u.s, flags);
    } else if (argv[1].type == T_STRING) {
        add_sentence(cg, ob, &argv[0], argv[1].u.s, flags);
    }
}

/* remove_action(fn, verb): removes the current object's action from
 * this_player() (or from itself without one). 1 if one was removed. */
void f_remove_action(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    object *me = vm_current_object;
    object *user = vm_command_giver ? vm_command_giver : me;
    if (!user || !me) return;
    for (sentence **pp = &user->actions; *pp; pp = &(*pp)->next) {
        sentence *s = *pp;
        if (s->ob == me && s->fname && str_eq(s->fname, argv[0].u.s) && str_eq(s->verb, argv[1].u.s)) {
            *pp = s->next;
            sent_free(s);
            set_illegal(1, me);
            sv_set_int(ret, 1);
            return;
        }
    }
}

/* command(str): the current object runs str as a command. Returns the
 * eval cost it took (at least 1) or 0 if no action took it. */
void f_command(svalue *argv, int argc, svalue *ret) {
    (void)argc;
    object *me = vm_current_object;
    if (!me || obj_destructed(me)) return;
    int64_t before = vm_eval_cost;
    if (cmd_parse(me, argv[0].u.s->data, argv[0].u.s->len)) {
        int64_t used = before - vm_eval_cost;
        sv_set_int(ret, used > 0 ? used : 1);
    }
}

/* commands(): ({ verb, flags, object, function name or "<function>" })
 * for each action the current object has. */
void f_commands(svalue *argv, int argc, svalue *ret) {
    (void)argv; (void)argc;
    object *me = vm_current_object;
    size_t n = 0;
    if (me) for (sentence *s = me->actions; s; s = s->next) n++;
    array *a = arr_new(n);
    sv_set_arr(ret, a);
    size_t i = 0;
    for (sentence *s = me ? me->actions : NULL; s && i < n; s = s->next, i++) {
        array *e = arr_new(4);
        sv_set_str(&e->item[0], str_ref(s->verb));
        sv_set_int(&e->item[1], s->flags);
        sv_set_obj(&e->item[2], s->ob);
        if (s->fname) sv_set_str(&e->item[3], str_ref(s->fname));
        else sv_set_cstr(&e->item[3], "<function>");
        sv_set_arr(&a->item[i], e);
    }
}

void f_query_verb(svalue *argv, int argc, svalue *ret) {
    (void)argv; (void)argc;
    if (cur_verb_slot < 0 || vm_stack + cur_verb_slot > vm_sp) return;
    svalue *v = &vm_stack[cur_verb_slot];
    if (v->type == T_STRING && v->u.s == cur_verb) sv_copy(ret, v);
}

/* notify_fail(str | fn): the text a failing command shows this_player(),
 * kept only for interactive users (2.7). */
void f_notify_fail(svalue *argv, int argc, svalue *ret) {
    (void)argc; (void)ret;
    object *cg = vm_command_giver;
    if (!cg || obj_destructed(cg) || !cg->interactive) return;
    nf_clear(cg);
    nfail *n = xcalloc(1, sizeof *n);
    n->ob = cg;
    sv_copy(&n->msg, &argv[0]);
    n->next = nfails;
    nfails = n;
}

void f_query_notify_fail(svalue *argv, int argc, svalue *ret) {
    (void)argv; (void)argc;
    object *cg = vm_command_giver;
    if (!cg || obj_destructed(cg) || !cg->interactive) return;
    nfail *n = *nf_find(cg);
    if (n) sv_copy(ret, &n->msg);
}

/* enable_commands(): the current object becomes living and this_player(). */
void f_enable_commands(svalue *argv, int argc, svalue *ret) {
    (void)argv; (void)argc; (void)ret;
    object *me = vm_current_object;
    if (!me || obj_destructed(me)) return;
    me->flags |= O_ENABLE_COMMANDS;
    vm_command_giver = me;
}

/* disable_commands(): no longer living; its actions go. */
void f_disable_commands(svalue *argv, int argc, svalue *ret) {
    (void)argv; (void)argc; (void)ret;
    object *me = vm_current_object;
    if (!me || obj_destructed(me)) return;
    free_actions(me);
    me->flags &= ~(uint32_t)O_ENABLE_COMMANDS;
    if (vm_command_giver == me) vm_command_giver = NULL;
}
