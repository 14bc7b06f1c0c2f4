/*
 * uids.c — uids and euids: what a new object gets, and the efuns getuid,
 * geteuid, seteuid, export_uid (MudOS uids package, FluffOS 2.7 rules).
 */
#include <string.h>
#include "uids.h"
#include "config.h"
#include "master.h"
#include "../efun/efun.h"
#include "../vm/vm.h"

lstr *uid_root, *uid_backbone;

void uid_set(lstr **slot, const char *s) {
    lstr *old = *slot;
    *slot = s ? str_internz(s) : NULL;
    str_free(old);
}

/* slot = ref to s (may be NULL). */
static void uid_copy(lstr **slot, lstr *s) {
    lstr *old = *slot;
    *slot = s ? str_ref(s) : NULL;
    str_free(old);
}

/* The uid the master's creator_file gives ob (interned, new reference),
 * or NULL when it refuses and the dialect is strict (ob destructed, error
 * raised). */
static lstr *creator_uid(object *ob) {
    push_str(str_ref(ob->name));
    svalue *r = master_apply("creator_file", 1);
    if (r && r->type == T_STRING) return str_intern(r->u.s->data, r->u.s->len);
    if (dialect_opts.lenient_creator_file && r) return str_internz("NONAME");
    obj_destruct(ob);
    if (!r) vm_error("master object: No function creator_file() defined!");
    vm_error("Illegal object to load: return value of master::creator_file() was not a string.");
}

void uid_assign(object *ob) {
    if (!master_ob) {
        uid_set(&ob->uid, "NONAME");
        uid_copy(&ob->euid, dialect_opts.auto_seteuid ? ob->uid : NULL);
        return;
    }
    lstr *creator = creator_uid(ob);
    object *loader = vm_current_object;
    if (!loader || obj_destructed(loader)) loader = master_ob;
    if (loader->uid && loader->uid == creator) {
        uid_copy(&ob->uid, loader->uid);
        uid_copy(&ob->euid, loader->euid);
    } else if (dialect_opts.trust_backbone && uid_backbone && creator == uid_backbone) {
        uid_copy(&ob->uid, loader->euid);
        uid_copy(&ob->euid, loader->euid);
    } else {
        uid_copy(&ob->uid, creator);
        uid_copy(&ob->euid, dialect_opts.auto_seteuid ? creator : NULL);
    }
    str_free(creator);
}

void uid_shutdown(void) {
    str_free(uid_root);
    str_free(uid_backbone);
    uid_root = uid_backbone = NULL;
}

/* --------------------------------------------------------------- efuns */
static void ret_uid(svalue *ret, lstr *u) {
    if (u) sv_set_str(ret, str_ref(u));
}

void f_getuid(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type == T_OBJECT) ret_uid(ret, argv[0].u.ob->uid);
}

void f_geteuid(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type == T_OBJECT) {
        ret_uid(ret, argv[0].u.ob->euid);
    } else if (argv[0].type == T_FUNCTION) {
        object *owner = argv[0].u.fp->owner;
        if (owner && !obj_destructed(owner)) ret_uid(ret, owner->euid);
    }
}

void f_seteuid(svalue *argv, int argc, svalue *ret) {
    object *me = vm_current_object;
    if (argv[0].type == T_INT) {
        if (argv[0].u.n) vm_error("Bad argument 1 to seteuid()");
        uid_copy(&me->euid, NULL);
        sv_set_int(ret, 1);
        return;
    }
    push_object(me);
    push_svalue(&argv[0]);
    if (!master_valid("valid_seteuid", 2, 0)) return;
    uid_set(&me->euid, argv[0].u.s->data);
    sv_set_int(ret, 1);
}

void f_export_uid(svalue *argv, int argc, svalue *ret) {
    object *me = vm_current_object;
    if (!me->euid) vm_error("Illegal to export uid 0");
    object *ob = argv[0].u.ob;
    if (ob->euid) return;
    uid_copy(&ob->uid, me->euid);
    sv_set_int(ret, 1);
}
