// The listen callback and pending connections: a listening socket whose
// callback did not accept is not announced again until socket_accept is
// called; connections are accepted in the order they came; data written
// just before a close arrives before the close callback; a long text
// arrives whole (in pieces whose sizes are not shown).
#include <conform.h>
#include "sock.h"

int l, c1, c2, a1, a2, calls, got;
string long_text, received = "";

void on_listen(int fd) {
    calls++;
    out("listen callback " + calls);
    if (calls == 1) return;
    a2 = socket_accept(fd, "a_read", "a_write");
    check("  accepted", a2 >= 0);
    show("  accept again", socket_accept(fd, "a_read", "a_write"));
}

void c_write(int fd) {
    if (fd == c1) {
        out("first client connected");
        show("  write", socket_write(fd, "one"));
        return;
    }
    out("second client connected");
    show("  write", socket_write(fd, "two"));
    a1 = socket_accept(l, "a_read", "a_write");
    check("  accepted from here", a1 >= 0);
}

void a_write(int fd) { }

// got: 0, 1 before the first two reads; 2 while the long text comes; 3
// after it.
void a_read(int fd, mixed msg) {
    if (got == 2) {
        received += msg;
        if (strlen(received) < strlen(long_text)) return;
        out("the long text arrived");
        check("  whole", received == long_text);
        show("  length", strlen(received));
        show("first client writes and closes", socket_write(c1, "last"));
        show("  close", socket_close(c1));
        got = 3;
        return;
    }
    out((fd == a1 ? "first" : fd == a2 ? "second" : "?") + " accepted socket reads " + repr(msg));
    if (++got == 2) {
        long_text = "";
        while (strlen(long_text) < 6000) long_text += "0123456789abcdef";
        check("first client writes a long text",
              member_array(socket_write(c1, long_text), ({ EESUCCESS, EECALLBACK })) >= 0);
    }
}

void c_read(int fd, mixed msg) { out("client reads"); }

void l_close(int fd) {
    out("close callback of " + (fd == a1 ? "the first" : fd == a2 ? "the second" : "?") + " accepted socket");
    show("close the second client", socket_close(c2));
    show("close the listener", socket_close(l));
    show("close the second accepted socket", socket_close(a2));
    done();
}

void c_close(int fd) { out("a client's close callback"); }

void start() {
    show("master allows sockets", open_sockets());
    l = socket_create(STREAM, "l_read", "l_close");
    socket_bind(l, 0);
    show("listen", socket_listen(l, "on_listen"));
    c1 = socket_create(STREAM, "c_read", "c_close");
    show("first connect", socket_connect(c1, socket_address(l, 1), "c_read", "c_write"));
    c2 = socket_create(STREAM, "c_read", "c_close");
    show("second connect", socket_connect(c2, socket_address(l, 1), "c_read", "c_write"));
}

void create() { call_out("start", 0); }
