/*
 * efun_socket.c — the socket_* efuns: the master's valid_socket check,
 * then the LPC socket table (src/net/lsock.c) does the work.
 *
 * valid_socket(caller, "create"|"bind"|..., ({ fd, owner, addr, port }))
 * is asked before every operation but socket_error, socket_address and
 * socket_status, with the socket's owner and its peer address as 2.7
 * passes them ("N/A" and -1 for create, the address being connected to
 * for a connect on a socket with no peer yet); a refusal answers
 * EESECURITY, before the descriptor, mode or state are looked at.
 * Without a master everything is allowed; a master without valid_socket
 * allows nothing, as in 2.7.
 */
#include <stdlib.h>
#include <string.h>
#include "efun.h"
#include "../net/lsock.h"
#include "../runtime/master.h"
#include "../runtime/object.h"
#include "../vm/vm.h"

/* Asks valid_socket(caller, what, ({ fd, owner, addr, port })). addr and
 * port are the socket's peer ("" and 0 out of range, "0.0.0.0" and 0 when
 * it has none); socket_create passes -1, the caller, "N/A" and -1. A
 * connect on a socket without a peer names the address it is going to
 * (`target`, "host port"), as 2.7 did. */
static int allowed(const char *what, int fd, const char *target) {
    char addr[64] = "N/A";
    int port = -1;
    object *owner = vm_current_object;
    if (strcmp(what, "create") != 0) {
        lsock_endpoint(fd, 0, addr, &port);
        owner = lsock_owner(fd);
        if (target && port == 0 && strcmp(addr, "0.0.0.0") == 0) {
            const char *tsp = strchr(target, ' ');
            addr[0] = 0;
            if (tsp) {
                size_t n = (size_t)(tsp - target);
                if (n > sizeof addr - 1) n = sizeof addr - 1;
                memcpy(addr, target, n);
                addr[n] = 0;
                port = atoi(tsp + 1);
            }
        }
    }
    array *info = arr_new(4);
    sv_set_int(&info->item[0], fd);
    sv_set_obj(&info->item[1], owner);
    sv_set_cstr(&info->item[2], addr);
    sv_set_int(&info->item[3], port);
    push_object(vm_current_object);
    push_cstr(what);
    push_arr(info);
    return master_valid("valid_socket", 3, 0);
}

static const svalue *opt(svalue *argv, int argc, int i) { return i < argc ? &argv[i] : NULL; }

void f_socket_create(svalue *argv, int argc, svalue *ret) {
    int fd = (int)argv[0].u.n;
    sv_set_int(ret, allowed("create", -1, NULL) ? lsock_create(fd, &argv[1], opt(argv, argc, 2)) : EESECURITY);
}

void f_socket_bind(svalue *argv, int argc, svalue *ret) {
    int fd = (int)argv[0].u.n;
    const char *addr = argc > 2 && argv[2].type == T_STRING ? argv[2].u.s->data : NULL;
    sv_set_int(ret, allowed("bind", fd, NULL) ? lsock_bind(fd, (int)argv[1].u.n, addr) : EESECURITY);
}

void f_socket_listen(svalue *argv, int argc, svalue *ret) {
    int fd = (int)argv[0].u.n;
    sv_set_int(ret, allowed("listen", fd, NULL) ? lsock_listen(fd, &argv[1]) : EESECURITY);
}

void f_socket_accept(svalue *argv, int argc, svalue *ret) {
    int fd = (int)argv[0].u.n;
    sv_set_int(ret, allowed("accept", fd, NULL) ? lsock_accept(fd, &argv[1], &argv[2]) : EESECURITY);
}

void f_socket_connect(svalue *argv, int argc, svalue *ret) {
    int fd = (int)argv[0].u.n;
    sv_set_int(ret, allowed("connect", fd, argv[1].u.s->data)
                    ? lsock_connect(fd, argv[1].u.s->data, &argv[2], &argv[3]) : EESECURITY);
}

void f_socket_write(svalue *argv, int argc, svalue *ret) {
    int fd = (int)argv[0].u.n;
    const char *addr = argc > 2 && argv[2].type == T_STRING ? argv[2].u.s->data : NULL;
    sv_set_int(ret, allowed("write", fd, NULL) ? lsock_write(fd, &argv[1], addr) : EESECURITY);
}

void f_socket_close(svalue *argv, int argc, svalue *ret) {
    int fd = (int)argv[0].u.n;
    sv_set_int(ret, allowed("close", fd, NULL) ? lsock_close(fd) : EESECURITY);
}

void f_socket_release(svalue *argv, int argc, svalue *ret) {
    int fd = (int)argv[0].u.n;
    object *ob = argv[1].type == T_OBJECT ? argv[1].u.ob : NULL;
    sv_set_int(ret, allowed("release", fd, NULL) ? lsock_release(fd, ob, &argv[2]) : EESECURITY);
}

void f_socket_acquire(svalue *argv, int argc, svalue *ret) {
    int fd = (int)argv[0].u.n;
    sv_set_int(ret, allowed("acquire", fd, NULL)
                    ? lsock_acquire(fd, &argv[1], &argv[2], &argv[3]) : EESECURITY);
}

void f_socket_error(svalue *argv, int argc, svalue *ret) {
    sv_set_cstr(ret, lsock_error_text((int)argv[0].u.n));
}

/* socket_address(fd | object, local): "addr port"; for an object, the
 * address of its user connection, 0 when it has none. */
void f_socket_address(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type == T_OBJECT) return;   /* no user connections yet */
    char buf[32];
    lsock_address((int)argv[0].u.n, argc > 1 && sv_truthy(&argv[1]), buf);
    sv_set_cstr(ret, buf);
}

/* socket_status(fd): ({ os fd, state, mode, local, remote, owner });
 * socket_status(): that array for every slot of the table. */
void f_socket_status(svalue *argv, int argc, svalue *ret) {
    if (argc > 0) {
        array *a = lsock_status((int)argv[0].u.n);
        if (a) sv_set_arr(ret, a);
        return;
    }
    int n = lsock_slots();
    array *all = arr_new((size_t)n);
    sv_set_arr(ret, all);
    for (int i = 0; i < n; i++) sv_set_arr(&all->item[i], lsock_status(i));
}
