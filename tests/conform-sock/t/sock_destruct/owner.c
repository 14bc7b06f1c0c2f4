// Owns sockets of every kind, then is destructed by the test.
#include <conform.h>
#include "../sock.h"

int l, c, d;

void r(int fd, mixed msg) { out("  owner's read callback"); }
void w(int fd) { socket_write(fd, "hello"); }
void cl(int fd) { out("  owner's close callback"); }
void lis(int fd) { out("  owner's listen callback"); }

// A listening socket, a datagram socket and a connection to addr.
int *open_all(string addr) {
    l = socket_create(STREAM, "r", "cl");
    socket_bind(l, 0);
    socket_listen(l, "lis");
    d = socket_create(DATAGRAM, "r");
    socket_bind(d, 0);
    c = socket_create(MUD, "r", "cl");
    socket_connect(c, addr, "r", "w");
    return ({ l, d, c });
}
