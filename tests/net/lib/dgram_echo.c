// dgram_echo.c — DATAGRAM echo daemon: every datagram read is sent back
// to the address it came from.
#include "sock.h"

int fd = -1, port, reads, write_errors;

void create() {
    fd = socket_create(DATAGRAM, "on_read");
    if (fd < 0 || socket_bind(fd, 0, LISTEN_IP) != EESUCCESS) {
        port = -1;
        return;
    }
    port = PORT_OF(fd);
}

void on_read(int s, string msg, string addr) {
    reads++;
    if (socket_write(s, msg, addr) != EESUCCESS) write_errors++;
}

int query_port() { return port; }
mapping query_stats() { return ([ "reads": reads, "write_errors": write_errors ]); }
