// A connect to a loopback port nobody listens on: what socket_connect
// answers, which callbacks follow (the close callback, not the write
// callback), and the socket afterwards.
#include <conform.h>
#include "sock.h"

int c, port, n;

void c_read(int fd, mixed msg) { out("read callback"); }
void c_write(int fd) { out("write callback"); }

void c_close(int fd) {
    out("close callback");
    check("  descriptor", fd == c);
    show("  state", state(fd));
    if (n++ == 0) {
        call_out("again", 0);
        return;
    }
    done();
}

void again() {
    show("state after the close callback", state(c));
    show("write", socket_write(c, "x"));
    show("close", socket_close(c));
    out("the same with a MUD-mode socket");
    c = socket_create(MUD, "c_read", "c_close");
    show("connect", socket_connect(c, "127.0.0.1 " + port, "c_read", "c_write"));
}

void start() {
    int p;
    show("master allows sockets", open_sockets());
    // A port that was free a moment ago: bind, note it, close.
    p = socket_create(STREAM, "c_read");
    socket_bind(p, 0);
    port = local_port(p);
    socket_close(p);
    c = socket_create(STREAM, "c_read", "c_close");
    show("connect", socket_connect(c, "127.0.0.1 " + port, "c_read", "c_write"));
    show("state", state(c));
    show("write while connecting", socket_write(c, "x"));
}

void create() { call_out("start", 0); }
