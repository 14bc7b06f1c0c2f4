// valid_socket: which efuns ask the master, and what they tell it:
// valid_socket(caller, operation, ({ fd, owner, address, port })), where
// address and port are the socket's peer as the driver has it ("N/A" and
// -1 for socket_create; for socket_connect on a socket without a peer yet,
// the address being connected to). Ports are shown as P.
#include <conform.h>
#include "sock.h"

int l, c, a, d;
int lport;
object taker, nosock;

string fdname(int fd) {
    if (fd == l) return "l";
    if (fd == c) return "c";
    if (fd == a) return "a";
    if (fd == d) return "d";
    return "" + fd;
}

string portname(int p) {
    if (p == lport) return "listener's port";
    if (p > 0) return "P";
    return "" + p;
}

string objname(mixed ob) {
    if (ob == this_object()) return "test";
    if (ob == taker) return "taker";
    if (ob == nosock) return "nosock";
    return repr(ob);
}

void checks(string label) {
    mixed *log = master()->query_socket_log();
    int i;
    out(label + ": " + sizeof(log) + " checks");
    for (i = 0; i < sizeof(log); i++)
        out("  valid_socket(" + objname(log[i][0]) + ", " + repr(log[i][1]) + ", ({ "
            + fdname(log[i][2][0]) + ", " + objname(log[i][2][1]) + ", "
            + repr(log[i][2][2]) + ", " + portname(log[i][2][3]) + " }))");
}

void r(int fd, mixed msg) { }
void w(int fd) { }

void on_listen(int fd) {
    checks("before accept");
    a = socket_accept(l, "a_read", "w");
    checks("socket_accept");
}

void c_write(int fd) {
    checks("connected");
    socket_write(c, "hello");
    checks("socket_write");
}

void a_read(int fd, mixed msg) {
    checks("read callback");
    socket_write(a, "x", "127.0.0.1 9");
    checks("socket_write with an address on a stream socket");
    socket_release(a, taker, "take");
    checks("socket_release, acquired");
    show("owner", st(a)[4] == taker);
    socket_close(c);
    checks("socket_close of a connected socket");
    socket_close(c);
    checks("socket_close of a closed socket");
    nosock->try_close(l);
    checks("socket_close by a refused object");
    socket_close(l);
    checks("socket_close of the listener");
    done();
}

void start() {
    show("master allows sockets", open_sockets());
    taker = clone_object("/t/sock_valid/taker");
    nosock = clone_object("/t/sock_valid/nosock");
    checks("nothing yet");
    show("socket_create by a refused object", nosock->try_create());
    checks("socket_create refused");
    l = socket_create(STREAM, "r", "r");
    checks("socket_create");
    socket_bind(l, 0);
    lport = local_port(l);
    checks("socket_bind");
    socket_listen(l, "on_listen");
    checks("socket_listen");
    socket_error(-1);
    socket_status(l);
    socket_status();
    socket_address(l);
    socket_address(l, 1);
    socket_address(this_object());
    checks("socket_error, socket_status, socket_address");
    socket_bind(-1, 0);
    socket_close(1000);
    socket_write(-2, "x");
    checks("descriptors out of range");
    d = socket_create(DATAGRAM, "r");
    socket_bind(d, 0, "127.0.0.1 0");
    socket_write(d, "x", "127.0.0.1 " + lport);
    socket_close(d);
    checks("a datagram socket");
    socket_connect(d, "127.0.0.1 " + lport, "r", "w");
    socket_acquire(d, "r", "r", "r");
    checks("a closed descriptor");
    c = socket_create(STREAM, "r", "r");
    socket_connect(c, "127.0.0.1", "r", "w");
    checks("socket_connect to a bad address");
    socket_connect(c, "127.0.0.1 " + lport, "r", "c_write");
    checks("socket_connect");
    socket_connect(c, "127.0.0.1 " + (lport + 1), "r", "c_write");
    checks("socket_connect again");
}

void create() { call_out("start", 0); }
