// firehose.c — STREAM daemon that sends TOTAL bytes to every client that
// connects, then closes: numbered 16-byte records ("%015d\n", from 0), in
// writes of 1, 100, 4096, 65536 and 262144 records by turns (from tiny to
// more than the kernel takes at once), each new write made from the write
// callback once a queued one (EECALLBACK) has drained. Input is ignored.
#include "sock.h"

#define TOTAL (10 * 1024 * 1024)
#define RECORD 16

int *sizes = ({ 1, 100, 4096, 65536, 262144 });    // records per write, by turns

int lfd = -1, port, accepts, closes, done, queued, write_errors, surprises;
int handed;                 // bytes the driver took for the last connection that closed
mapping next = ([ ]);       // fd -> number of the next record to send
mapping turn = ([ ]);       // fd -> writes made

void create() {
    lfd = socket_create(STREAM, "on_read", "on_close");
    if (lfd < 0 || socket_bind(lfd, 0, LISTEN_IP) != EESUCCESS
        || socket_listen(lfd, "on_listen") != EESUCCESS) {
        port = -1;
        return;
    }
    port = PORT_OF(lfd);
}

// Records first .. first + n - 1, built 4096 at a time (array size limit).
string records(int first, int n) {
    string *parts = ({ });
    for (int done_to = 0; done_to < n; done_to += 4096) {
        string *recs = allocate(n - done_to < 4096 ? n - done_to : 4096);
        for (int i = 0; i < sizeof(recs); i++) recs[i] = sprintf("%015d\n", first + done_to + i);
        parts += ({ implode(recs, "") });
    }
    return implode(parts, "");
}

// Writes until the driver queues a write, or all is sent (then closes).
void pump(int fd) {
    while (!undefinedp(next[fd]) && next[fd] * RECORD < TOTAL) {
        int n = sizes[turn[fd]++ % sizeof(sizes)];
        int r;
        if (n > TOTAL / RECORD - next[fd]) n = TOTAL / RECORD - next[fd];
        r = socket_write(fd, records(next[fd], n));
        if (r == EESUCCESS || r == EECALLBACK) next[fd] += n;
        if (r == EECALLBACK) {
            queued++;
            return;
        }
        if (r == EEALREADY) surprises++;
        if (r != EESUCCESS) {
            write_errors++;
            return;
        }
    }
    if (undefinedp(next[fd])) return;
    map_delete(next, fd);
    map_delete(turn, fd);
    done++;
    socket_close(fd);
}

void on_listen(int s) {
    int fd = socket_accept(s, "on_read", "on_write");
    if (fd < 0) return;
    accepts++;
    next[fd] = 0;
    turn[fd] = 0;
    pump(fd);
}

void on_write(int fd) { pump(fd); }
void on_read(int fd, string msg) { }

void on_close(int fd) {
    closes++;
    handed = next[fd] * RECORD;
    map_delete(next, fd);
    map_delete(turn, fd);
}

int query_port() { return port; }
mapping query_stats() {
    return ([ "accepts": accepts, "closes": closes, "done": done, "active": sizeof(next),
              "queued": queued, "write_errors": write_errors, "surprises": surprises,
              "handed": handed ]);
}
