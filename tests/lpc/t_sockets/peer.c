// peer.c — one end of a test connection: listens, connects or binds a
// datagram socket in a given mode, records every callback it gets in a
// log, and echoes what it reads when asked. Messages queued before the
// connection is up go out from the write callback.

int mode, fd = -1, lfd = -1, echo, count_only, bytes;
mixed *log = ({ });
mixed *queued = ({ });

int port_of(int s) {
    int p;
    sscanf(socket_address(s, 1), "%*s %d", p);
    return p;
}

// Listens (stream modes) or binds (datagram modes) on 127.0.0.1; returns
// the port, or the socket error.
int listen_on(int m, int do_echo) {
    int r;
    mode = m;
    echo = do_echo;
    lfd = socket_create(m, "on_read", "on_close");
    if (lfd < 0) return lfd;
    if ((r = socket_bind(lfd, 0, "127.0.0.1 0")) < 0) return r;
    if (m == 2 || m == 4) {
        fd = lfd;
        return port_of(lfd);
    }
    if ((r = socket_listen(lfd, "on_listen")) < 0) return r;
    return port_of(lfd);
}

void on_listen(int s) {
    int n = socket_accept(s, "on_read", "on_write");
    log += ({ ({ "accept", n >= 0 }) });
    if (n >= 0) fd = n;
}

int connect_to(int m, int port) {
    mode = m;
    fd = socket_create(m, "on_read", "on_close");
    if (fd < 0) return fd;
    return socket_connect(fd, "127.0.0.1 " + port, "on_read", "on_write");
}

void on_read(int s, mixed msg, string addr) {
    if (count_only) {
        bytes += stringp(msg) ? strlen(msg) : sizeof(msg);
        return;
    }
    log += ({ addr ? ({ "read", msg, addr }) : ({ "read", msg }) });
    if (echo) {
        if (addr) socket_write(s, msg, addr);
        else socket_write(s, msg);
    }
}

void on_write(int s) {
    log += ({ ({ "write" }) });
    foreach (mixed m in queued) log += ({ ({ "sent", socket_write(s, m) }) });
    queued = ({ });
}

void on_close(int s) { log += ({ ({ "close" }) }); }

void queue(mixed msg) { queued += ({ msg }); }
int send(mixed msg) { return socket_write(fd, msg); }
int send_to(mixed msg, int port) { return socket_write(fd, msg, "127.0.0.1 " + port); }
int close() { return socket_close(fd); }
int release_to(object ob, string cb) { return socket_release(fd, ob, cb); }
int close_fd(int f) { return socket_close(f); }
int release_to_fd(int f, object ob) { return socket_release(f, ob, "take_socket"); }
void set_count_only() { count_only = 1; }
int query_bytes() { return bytes; }
int query_fd() { return fd; }
int query_lfd() { return lfd; }
mixed *take() { mixed *l = log; log = ({ }); return l; }
