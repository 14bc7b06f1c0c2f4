/*
 * efun_user.c — the efuns that ask about users as far as the object alone
 * can answer: users, interactive, userp/query_once_interactive, query_idle,
 * query_ip_name/number/port, in_edit, in_input, has_mxp.
 *
 * An object is interactive while ob->interactive is set (by the network
 * layer). The answers that need the connection itself (address, idle
 * time, input state) belong to the network layer; for an object without a
 * connection they are what 2.7 gives: 0, or for query_idle an error.
 */
#include "efun.h"
#include "../runtime/master.h"
#include "../runtime/object.h"
#include "../vm/vm.h"

static int connected(const object *ob) {
    return ob && !obj_destructed(ob) && ob->interactive != NULL;
}

/* Hidden users are listed only for hidden callers and those the master's
 * valid_hide allows (2.7). */
static int see_hidden(void) {
    object *me = vm_current_object;
    if (!me || (me->flags & O_HIDDEN)) return 1;
    push_object(me);
    return master_valid("valid_hide", 1, 0);
}

static int listed(const object *ob, int hidden_ok) {
    return ob->interactive && (hidden_ok || !(ob->flags & O_HIDDEN));
}

/* Asks valid_hide (which may raise) before anything is allocated. */
void f_users(svalue *argv, int argc, svalue *ret) {
    size_t n = 0, k = 0;
    int hidden = 0;
    for (object *ob = obj_list; ob; ob = ob->next_all)
        hidden |= ob->interactive && (ob->flags & O_HIDDEN);
    int hidden_ok = !hidden || see_hidden();
    for (object *ob = obj_list; ob; ob = ob->next_all) n += listed(ob, hidden_ok);
    array *a = arr_new(n);
    for (object *ob = obj_list; ob && k < n; ob = ob->next_all)
        if (listed(ob, hidden_ok)) sv_set_obj(&a->item[k++], ob);
    sv_set_arr(ret, a);
}

void f_interactive(svalue *argv, int argc, svalue *ret) {
    sv_set_int(ret, argv[0].type == T_OBJECT && connected(argv[0].u.ob));
}

/* userp() and query_once_interactive(). */
void f_userp(svalue *argv, int argc, svalue *ret) {
    sv_set_int(ret, argv[0].type == T_OBJECT && (argv[0].u.ob->flags & O_ONCE_INTERACTIVE));
}

void f_query_idle(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type != T_OBJECT || !connected(argv[0].u.ob))
        vm_error("query_idle() of non-interactive object.");
    sv_set_int(ret, 0);              /* the network layer times connections */
}

/* The network layer answers these for connected objects; without a
 * connection 2.7 answers 0. */
#define ANSWER_ZERO(fn) \
    void fn(svalue *argv, int argc, svalue *ret) { sv_set_int(ret, 0); }

ANSWER_ZERO(f_query_ip_name)
ANSWER_ZERO(f_query_ip_number)
ANSWER_ZERO(f_query_ip_port)
ANSWER_ZERO(f_in_edit)
ANSWER_ZERO(f_in_input)
ANSWER_ZERO(f_has_mxp)
