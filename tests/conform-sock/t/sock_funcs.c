// Callbacks given as function pointers (with bound arguments) instead of
// function names, for every efun that takes one; a callback name the owner
// does not define.
#include <conform.h>
#include "sock.h"

int l, c, a;

void a_read(string tag, int fd, mixed msg);
void a_write(int fd);
void c2_write(int fd);

void on_listen(string tag, int fd) {
    out("listen callback " + tag);
    check("  descriptor", fd == l);
    a = socket_accept(fd, (: a_read, "accepted" :), (: a_write :));
}

void c_write(string tag, int fd) {
    out("write callback " + tag);
    check("  descriptor", fd == c);
    show("  write", socket_write(fd, ({ "v", 1 })));
}

void a_write(int fd) { out("accepted's write callback"); }

void a_read(string tag, int fd, mixed msg) {
    out("read callback " + tag);
    check("  descriptor", fd == a);
    show("  message", msg);
    show("  close", socket_close(fd));
}

void c_read(int fd, mixed msg) { out("client's read callback"); }

void c_close(string tag, int fd) {
    out("close callback " + tag);
    check("  descriptor", fd == c);
    call_out("second", 0);
}

// A listener whose listen callback names no function of ours: nothing is
// called; the client's write callback still comes.
int l2, c2;
void second() {
    show("close the listener", socket_close(l));
    l2 = socket_create(STREAM, "no_such_function", "no_such_function");
    socket_bind(l2, 0);
    show("listen with a missing callback", socket_listen(l2, "no_such_function"));
    c2 = socket_create(STREAM, "no_such_function", "no_such_function");
    show("connect", socket_connect(c2, socket_address(l2, 1), "no_such_function", (: c2_write :)));
}

void c2_write(int fd) {
    out("second client's write callback");
    show("  listener's state", state(l2));
    show("close the second client", socket_close(c2));
    show("close the second listener", socket_close(l2));
    done();
}

void start() {
    show("master allows sockets", open_sockets());
    l = socket_create(MUD, (: c_read :), (: c_close, "listener" :));
    socket_bind(l, 0);
    show("listen", socket_listen(l, (: on_listen, "tag" :)));
    c = socket_create(MUD, (: c_read :), (: c_close, "client" :));
    show("connect", socket_connect(c, socket_address(l, 1), (: c_read :), (: c_write, "client" :)));
}

void create() { call_out("start", 0); }
