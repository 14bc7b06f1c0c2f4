// Return codes of every socket efun in every state, all inside one
// evaluation (2.7 closes a stream socket that is neither listening nor
// connected the next time its backend polls, so nothing here waits):
// bad modes, descriptors out of range, closed slots, another object's
// socket, unbound, bound, listening and connecting stream sockets,
// datagram sockets, bad address strings.
#include <conform.h>
#include "sock.h"

void r(int fd, mixed m) { }

void all_codes(string label, int fd) {
    out(label);
    show("  bind", socket_bind(fd, 0));
    show("  listen", socket_listen(fd, "r"));
    show("  accept", socket_accept(fd, "r", "r"));
    show("  connect", socket_connect(fd, "127.0.0.1 9", "r", "r"));
    show("  write", socket_write(fd, "x"));
    show("  write address", socket_write(fd, "x", "127.0.0.1 9"));
    show("  release", socket_release(fd, this_object(), "r"));
    show("  acquire", socket_acquire(fd, "r", "r", "r"));
    show("  close", socket_close(fd));
}

void start() {
    int fd, fd2, l, c, d, db, i, lport;
    object other = load_object("/t/sock_codes/other");
    mixed *modes = ({ -1, 5, 6, 100 });

    show("master allows sockets", open_sockets());
    foreach (i in modes) show("socket_create mode " + i, socket_create(i, "r", "r"));
    for (i = MUD; i <= DATAGRAM_BINARY; i++) {
        fd = socket_create(i, "r", "r");
        check("socket_create mode " + i + " gives a descriptor", fd >= 0);
        show("  status", st(fd));
        show("  close", socket_close(fd));
        show("  status after close", st(fd));
    }

    all_codes("descriptor -1", -1);
    all_codes("descriptor 1000", 1000);
    fd = socket_create(STREAM, "r", "r");
    show("close", socket_close(fd));
    all_codes("closed descriptor", fd);

    fd = socket_create(STREAM, "r", "r");
    show("another object on an unbound socket", other->try_all(fd));
    show("still ours", st(fd));
    show("bind without a port", socket_bind(fd, 0, "127.0.0.1"));
    show("bind to an empty address", socket_bind(fd, 0, ""));
    show("status after bad binds", st(fd));
    out("unbound stream socket");
    show("  listen", socket_listen(fd, "r"));
    show("  accept", socket_accept(fd, "r", "r"));
    show("  write", socket_write(fd, "x"));
    show("  write address", socket_write(fd, "x", "127.0.0.1 9"));
    show("  connect without a port", socket_connect(fd, "127.0.0.1", "r", "r"));
    show("  connect to an empty address", socket_connect(fd, "", "r", "r"));
    show("  status", st(fd));
    show("  bind", socket_bind(fd, 0));
    out("bound stream socket");
    show("  status", st(fd));
    check("  local port > 0", local_port(fd) > 0);
    show("  local address", san(socket_address(fd, 1)));
    show("  remote address", socket_address(fd, 0));
    show("  remote address by default", socket_address(fd));
    show("  bind again", socket_bind(fd, 0));
    show("  bind again with an address", socket_bind(fd, 0, "127.0.0.1 0"));
    show("  accept", socket_accept(fd, "r", "r"));
    show("  write", socket_write(fd, "x"));
    show("  another object", other->try_all(fd));
    show("  listen", socket_listen(fd, "r"));
    out("listening stream socket");
    l = fd;
    lport = local_port(l);
    show("  status", st(l));
    show("  bind", socket_bind(l, 0));
    show("  listen again", socket_listen(l, "r"));
    show("  accept with nothing waiting", socket_accept(l, "r", "r"));
    show("  connect", socket_connect(l, "127.0.0.1 9", "r", "r"));
    show("  write", socket_write(l, "x"));
    show("  write address", socket_write(l, "x", "127.0.0.1 9"));
    show("  remote address", socket_address(l));
    fd2 = socket_create(STREAM, "r", "r");
    show("  another socket bound to its port", socket_bind(fd2, lport));
    show("  ... with an address", socket_bind(fd2, 0, "127.0.0.1 " + lport));
    socket_close(fd2);

    c = socket_create(MUD, "r", "r");
    show("connect to the listener", socket_connect(c, "127.0.0.1 " + lport, "r", "r"));
    out("connecting socket");
    show("  state", state(c));
    show("  mode", st(c)[1]);
    show("  remote (status)", st(c)[3]);
    check("  remote port is the listener's", port_of(socket_address(c)) == lport);
    show("  remote address", san(socket_address(c)));
    show("  connect again", socket_connect(c, "127.0.0.1 " + lport, "r", "r"));
    show("  bind", socket_bind(c, 0));
    show("  listen", socket_listen(c, "r"));
    show("  accept", socket_accept(c, "r", "r"));
    show("  write", socket_write(c, "x"));
    show("  write an object", socket_write(c, this_object()));
    show("  write address", socket_write(c, "x", "127.0.0.1 9"));
    show("  another object", other->try_all(c));
    show("  close", socket_close(c));
    // 2.7 keeps the slot as CLOSING while the connect is pending; not shown.
    show("  write after close", socket_write(c, "x"));
    show("  close again", socket_close(c));

    d = socket_create(DATAGRAM, "r", "r");
    out("unbound datagram socket");
    show("  status", st(d));
    show("  listen", socket_listen(d, "r"));
    show("  accept", socket_accept(d, "r", "r"));
    show("  connect", socket_connect(d, "127.0.0.1 9", "r", "r"));
    show("  write without an address", socket_write(d, "x"));
    show("  write to an address without a port", socket_write(d, "x", "127.0.0.1"));
    show("  write an array", socket_write(d, ({ 1 }), "127.0.0.1 " + lport));
    show("  write an int", socket_write(d, 1, "127.0.0.1 " + lport));
    show("  write a mapping", socket_write(d, ([ ]), "127.0.0.1 " + lport));
    show("  write an array without an address", socket_write(d, ({ 1 })));
    show("  bind with an address", socket_bind(d, 0, "127.0.0.1 0"));
    out("bound datagram socket");
    show("  status", st(d));
    show("  listen", socket_listen(d, "r"));
    show("  bind again", socket_bind(d, 0));
    show("  write to itself", socket_write(d, "x", socket_address(d, 1)));
    show("  write an object", socket_write(d, this_object(), socket_address(d, 1)));
    show("  close", socket_close(d));
    db = socket_create(DATAGRAM_BINARY, "r");
    out("datagram binary socket");
    show("  status", st(db));
    show("  listen", socket_listen(db, "r"));
    show("  connect", socket_connect(db, "127.0.0.1 9", "r", "r"));
    show("  write without an address", socket_write(db, "x"));
    show("  write an array", socket_write(db, ({ 1 }), "127.0.0.1 " + lport));
    show("  close", socket_close(db));

    show("close the listener", socket_close(l));
    show("listener after close", st(l));
    show("close it again", socket_close(l));
    done();
}

void create() { call_out("start", 0); }
