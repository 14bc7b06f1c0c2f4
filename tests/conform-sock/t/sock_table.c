// The socket table: descriptors are slots, the lowest free one is taken,
// the table grows ten slots at a time, socket_status() lists every slot.
// Only datagram sockets are used, so nothing here depends on the backend.
#include <conform.h>
#include "sock.h"

void r(int fd, mixed msg, string addr) { }

void start() {
    int *fds = ({ }), i, fd, n;
    mixed all;
    show("master allows sockets", open_sockets());
    show("socket_status() before any socket", socket_status());
    fds += ({ socket_create(DATAGRAM, "r") });
    check("the first descriptor is 0", fds[0] == 0);
    show("socket_status() size", sizeof(socket_status()));
    for (i = 1; i < 12; i++) fds += ({ socket_create(DATAGRAM, "r") });
    for (i = 1; i < 12; i++) if (fds[i] != i) break;
    check("descriptors are 0, 1, 2, ...", i == 12);
    show("socket_status() size with 12 sockets", sizeof(socket_status()));
    all = socket_status();
    n = 0;
    for (i = 0; i < sizeof(all); i++) if (all[i][1] == "UNBOUND") n++;
    show("unbound slots", n);
    show("slot 12", st(12));
    show("slot 19", st(19));
    show("slot 20", st(20));
    show("close 3", socket_close(fds[3]));
    show("close 7", socket_close(fds[7]));
    fd = socket_create(STREAM, "r", "r");
    check("the next socket takes slot 3", fd == fds[3]);
    show("  its status", st(fd));
    show("  close it", socket_close(fd));
    for (i = 0; i < 12; i++) socket_close(fds[i]);
    show("socket_status() size after closing all", sizeof(socket_status()));
    show("slot 0 after closing all", st(0));
    done();
}

void create() { call_out("start", 0); }
