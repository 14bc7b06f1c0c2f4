/*
 * efun_resolve.c — resolve(address, callback): an asynchronous lookup of
 * a host name's address or an address's host name (src/net/dns.c).
 *
 * Returns a key (> 0); later, on a turn of the backend loop, the callback
 * runs in the calling object as callback(name, address, key), with 0 for
 * what is unknown. The answer never comes before resolve() returns, so a
 * mudlib can file the key first (TMI-2's resolver daemon does). A caller
 * destructed meanwhile gets no call.
 */
#include <stdlib.h>
#include "efun.h"
#include "../base/mem.h"
#include "../net/dns.h"
#include "../runtime/object.h"
#include "../runtime/runtime.h"
#include "../vm/vm.h"

typedef struct pending {
    object *ob;
    svalue cb;
    int64_t key;
} pending;

static int64_t next_key = 1;

static void pending_free(void *arg) {
    pending *p = arg;
    obj_free(p->ob);
    sv_free(&p->cb);
    free(p);
}

static void answered(void *arg, const char *name, const char *addr) {
    pending *p = arg;
    if (name) push_cstr(name); else push_int(0);
    if (addr) push_cstr(addr); else push_int(0);
    push_int(p->key);
    rt_callback(&p->cb, p->ob, 3);
    pending_free(p);
}

void f_resolve(svalue *argv, int argc, svalue *ret) {
    pending *p = xcalloc(1, sizeof *p);
    p->ob = obj_ref(vm_current_object);
    sv_copy(&p->cb, &argv[1]);
    p->key = next_key++;
    sv_set_int(ret, p->key);
    dns_lookup(argv[0].u.s->data, answered, p);
}

void resolve_shutdown(void) { dns_shutdown(pending_free); }
