// DATAGRAM and DATAGRAM_BINARY between two bound sockets of one driver:
// what each read callback gets (the text up to its NUL or a buffer with
// every byte, and the sender as "a.b.c.d port"), what a string becomes on
// the wire (its bytes and a NUL), which writes are refused, socket_status
// and socket_address of datagram sockets, no close callback.
#include <conform.h>
#include "sock.h"

int t, b, step;
string taddr, baddr;

void sender(string from, int fd) {
    string host;
    int port;
    check("  sender has the form \"a.b.c.d port\"", sscanf(from, "%s %d", host, port) == 2);
    show("  sender host", host);
    check("  sender port is the writer's", port == local_port(fd));
}

void next() {
    switch (step++) {
    case 0:
        show("text writes a string to binary", socket_write(t, "abc", baddr));
        break;
    case 1:
        show("binary writes a string to text", socket_write(b, "xyz", taddr));
        break;
    case 2:
        show("binary writes a buffer to text", socket_write(b, make_buf(({ 'p', 'q', 0, 'r' })), taddr));
        break;
    case 3:
        show("text writes a buffer to binary", socket_write(t, make_buf(({ 0, 200, 7 })), baddr));
        break;
    case 4:
        show("text writes an empty string to binary", socket_write(t, "", baddr));
        break;
    case 5:
        show("binary writes an empty string to text", socket_write(b, "", taddr));
        break;
    case 6:
        show("text writes to itself", socket_write(t, "self", taddr));
        break;
    default:
        show("close text", socket_close(t));
        show("  status", st(t));
        show("close binary", socket_close(b));
        show("close binary again", socket_close(b));
        done();
    }
}

void t_read(int fd, mixed msg, string from) {
    out("text socket reads");
    check("  descriptor", fd == t);
    show("  message", msg);
    sender(from, step == 7 ? t : b);
    next();
}

void b_read(int fd, mixed msg, string from) {
    out("binary socket reads");
    check("  descriptor", fd == b);
    show("  message", buf_text(msg));
    sender(from, t);
    next();
}

void no_close(int fd) { out("close callback"); }

void start() {
    show("master allows sockets", open_sockets());
    t = socket_create(DATAGRAM, "t_read", "no_close");
    b = socket_create(DATAGRAM_BINARY, "b_read", "no_close");
    show("bind text", socket_bind(t, 0));
    show("bind binary", socket_bind(b, 0, "127.0.0.1 0"));
    taddr = socket_address(t, 1);
    baddr = socket_address(b, 1);
    show("text status", st(t));
    show("binary status", st(b));
    show("text local address", san(taddr));
    show("text remote address", socket_address(t));
    show("write an array", socket_write(t, ({ 1, 2 }), baddr));
    show("write a float", socket_write(t, 1.5, baddr));
    show("write without an address", socket_write(t, "x"));
    show("write to \"127.0.0.1\"", socket_write(t, "x", "127.0.0.1"));
    next();
}

void create() { call_out("start", 0); }
