// Destructing an object closes the sockets it owns, without calling any of
// their callbacks; the other end of a connection it had sees the close.
#include <conform.h>
#include "sock.h"

int l, a, dl;
int *owned;
object owner;

void on_listen(int fd) {
    a = socket_accept(fd, "a_read", "a_write");
    check("accepted the owner's connection", a >= 0);
}

// The owner has written to us; we write back, and before it can read
// that, it goes away.
void a_read(int fd, mixed msg) {
    int i;
    show("read from the owner", msg);
    show("write to the owner", socket_write(a, "x"));
    out("destruct the owner");
    destruct(owner);
    for (i = 0; i < sizeof(owned); i++)
        show("owner's socket " + i, st(owned[i]));
}

void a_write(int fd) { }


void l_close(int fd) {
    out("the close callback of the owner's peer");
    check("  descriptor is the accepted one", fd == a);
    show("close the listener", socket_close(l));
    done();
}

void o_write(int fd) { }

void start() {
    int i;
    show("master allows sockets", open_sockets());
    l = socket_create(MUD, "l_read", "l_close");
    socket_bind(l, 0);
    show("listen", socket_listen(l, "on_listen"));
    owner = clone_object("/t/sock_destruct/owner");
    owned = owner->open_all(socket_address(l, 1));
    for (i = 0; i < sizeof(owned); i++)
        show("owner's socket " + i, st(owned[i])[0..1]);
}

void create() { call_out("start", 0); }
