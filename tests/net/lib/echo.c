// echo.c — the echo server the MUD and STREAM echo daemons inherit: it
// listens on 127.0.0.1 (an ephemeral port) in the mode the child gives
// start(), and writes back what it reads, in order. A write the driver
// only queued (EECALLBACK) makes later replies wait for the write
// callback, as a mudlib must; the driver would refuse them (EEALREADY).
#include "sock.h"

int lfd = -1, port, accepts, closes, reads, queued, write_errors, surprises;
mapping waiting = ([ ]);    // fd -> replies not yet written
mapping busy = ([ ]);       // fd -> 1 while a queued write drains

void start(int mode) {
    lfd = socket_create(mode, "on_read", "on_close");
    if (lfd < 0 || socket_bind(lfd, 0, LISTEN_IP) != EESUCCESS
        || socket_listen(lfd, "on_listen") != EESUCCESS) {
        port = -1;
        return;
    }
    port = PORT_OF(lfd);
}

void on_listen(int s) {
    int fd = socket_accept(s, "on_read", "on_write");
    if (fd < 0) return;
    accepts++;
    waiting[fd] = ({ });
}

// Writes what waits for fd until the driver has to queue a write.
void flush(int fd) {
    while (sizeof(waiting[fd])) {
        mixed msg = waiting[fd][0];
        int r;
        waiting[fd] = waiting[fd][1..];
        r = socket_write(fd, msg);
        if (r == EECALLBACK) {
            queued++;
            busy[fd] = 1;
            return;
        }
        if (r == EEALREADY) surprises++;
        else if (r != EESUCCESS) write_errors++;
    }
}

void on_read(int fd, mixed msg) {
    reads++;
    if (undefinedp(waiting[fd])) return;
    waiting[fd] += ({ msg });
    if (!busy[fd]) flush(fd);
}

void on_write(int fd) {
    map_delete(busy, fd);
    flush(fd);
}

void on_close(int fd) {
    closes++;
    map_delete(waiting, fd);
    map_delete(busy, fd);
}

int query_port() { return port; }
mapping query_stats() {
    return ([ "accepts": accepts, "closes": closes, "reads": reads, "queued": queued,
              "write_errors": write_errors, "surprises": surprises ]);
}
