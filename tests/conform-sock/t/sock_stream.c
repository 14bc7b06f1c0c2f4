// STREAM mode over a loopback connection inside one driver: the listen
// callback, socket_accept, the write callback once the connect is done,
// what the read callbacks get, which writes are refused once connected,
// the close callback on the peer's close (an accepted socket uses the
// listening socket's close callback), none on socket_close.
// Every step waits for a callback, never for a time.
#include <conform.h>
#include "sock.h"

int l, c, a, c2, a2, lport, step;

string who(int fd) {
    return fd == l ? "listener" : fd == c ? "client" : fd == a ? "accepted"
         : fd == c2 ? "client2" : fd == a2 ? "accepted2" : "?";
}

void l_close(int fd) {
    out("listener's close callback for " + who(fd));
    show("  status", st(fd));
    if (fd == a) {
        a = -1;
        c2 = socket_create(STREAM, "c2_read", "c2_close");
        show("second client connects", socket_connect(c2, "127.0.0.1 " + lport, "c2_read", "c2_write"));
    }
}

void c_close(int fd) { out("client's close callback for " + who(fd)); }

void on_listen(int fd) {
    out("listen callback for " + who(fd));
    if (!c2) {
        a = socket_accept(fd, "a_read", "a_write");
        check("accept gives a descriptor", a >= 0);
        show("  accepted status", st(a));
        check("  its local port is the listener's", local_port(a) == lport);
        check("  its remote port is the client's", port_of(socket_address(a)) > 0
              && port_of(socket_address(a)) != lport);
        show("  accept again", socket_accept(fd, "a_read", "a_write"));
    } else {
        a2 = socket_accept(fd, "a2_read", "a2_write");
        check("second accept gives a descriptor", a2 >= 0);
    }
}

void c_write(int fd) {
    out("client's write callback for " + who(fd));
    show("  status state", state(fd));
    check("  remote port is the listener's", port_of(socket_address(fd)) == lport);
    show("  connect again", socket_connect(fd, "127.0.0.1 " + lport, "c_read", "c_write"));
    show("  listen", socket_listen(fd, "on_listen"));
    show("  write \"hello\"", socket_write(fd, "hello"));
}

void a_write(int fd) { out("accepted's write callback"); }

void a_read(int fd, mixed msg) {
    out("accepted reads for " + who(fd));
    show("  message", msg);
    switch (step++) {
    case 0:
        out("  an accepted socket");
        show("    bind", socket_bind(fd, 0));
        show("    listen", socket_listen(fd, "on_listen"));
        show("    accept", socket_accept(fd, "a_read", "a_write"));
        show("    connect", socket_connect(fd, "127.0.0.1 " + lport, "a_read", "a_write"));
        show("  write an int", socket_write(fd, 1));
        show("  write a float", socket_write(fd, 1.5));
        show("  write a mapping", socket_write(fd, ([ "a": 1 ])));
        show("  write an object", socket_write(fd, this_object()));
        show("  write to an address", socket_write(fd, "x", "127.0.0.1 9"));
        show("  write an empty string", socket_write(fd, ""));
        show("  write \"line\\r\\nend\"", socket_write(fd, "line\r\nend"));
        break;
    case 1:
        show("  write a buffer", socket_write(fd, make_buf(({ 'b', 'u', 'f' }))));
        break;
    case 2:
        show("  write an array of ints", socket_write(fd, ({ 0x64636261, 0x68676665 })));
        break;
    }
}

void c_read(int fd, mixed msg) {
    out("client reads for " + who(fd));
    show("  message", msg);
    if (step < 3) {
        show("  write \"more\"", socket_write(fd, "more"));
        return;
    }
    show("close the client", socket_close(fd));
    c = -1;
    show("  client status", st(fd));
    show("  close again", socket_close(fd));
}

void c2_write(int fd) {
    out("client2's write callback");
    show("  write", socket_write(fd, "hi"));
}

void a2_read(int fd, mixed msg) {
    out("accepted2 reads");
    show("  message", msg);
    show("close accepted2", socket_close(fd));
}

void a2_write(int fd) { out("accepted2's write callback"); }
void c2_read(int fd, mixed msg) { out("client2 reads"); }

void c2_close(int fd) {
    out("client2's close callback for " + who(fd));
    show("  state", state(fd));
    check("  remote port is the listener's", port_of(socket_address(fd)) == lport);
    show("close the listener", socket_close(l));
    show("sockets left open", sizeof(filter(socket_status(), (: $1[1] != "CLOSED" :))));
    done();
}

void start() {
    show("master allows sockets", open_sockets());
    l = socket_create(STREAM, "l_read", "l_close");
    show("bind", socket_bind(l, 0));
    show("listen", socket_listen(l, "on_listen"));
    lport = local_port(l);
    c = socket_create(STREAM, "c_read", "c_close");
    show("connect", socket_connect(c, "127.0.0.1 " + lport, "c_read", "c_write"));
    show("write while connecting", socket_write(c, "early"));
}

void create() { call_out("start", 0); }
