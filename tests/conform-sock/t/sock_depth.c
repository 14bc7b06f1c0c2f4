// How deep MUD mode may nest arrays and mappings: 2.7 sends and restores
// values nested up to 100 levels (its MAX_SAVE_SVALUE_DEPTH, the limit of
// save_variable too). Each value is sent by its own write once the last
// has arrived; what arrives is shown as its depth.
#include <conform.h>
#include "sock.h"

int l, c, a, i;
mixed *values;

mixed nest(int depth) {
    mixed v = 1;
    while (depth--) v = ({ v });
    return v;
}

mixed mnest(int depth) {
    mixed v = 1;
    while (depth--) v = ([ "k": v ]);
    return v;
}

string depth_of(mixed v) {
    int d;
    string kind = pointerp(v) ? "array" : mapp(v) ? "mapping" : typeof(v);
    while (1) {
        if (pointerp(v) && sizeof(v)) v = v[0];
        else if (mapp(v) && sizeof(v)) v = v["k"];
        else break;
        d++;
    }
    return kind + " " + d + " deep";
}

void send_next(int fd) {
    int r;
    while (i < sizeof(values)) {
        r = socket_write(fd, values[i][1]);
        show("write " + values[i][0], r);
        i++;
        if (r == EESUCCESS) return;
    }
    show("close the client", socket_close(fd));
    show("close the listener", socket_close(l));
    show("close the server", socket_close(a));
    done();
}

void on_listen(int fd) { a = socket_accept(fd, "a_read", "a_write"); }
void c_write(int fd) { send_next(fd); }
void a_write(int fd) { }
void a_read(int fd, mixed msg) {
    show("  server reads", depth_of(msg));
    socket_write(fd, "ok");
}
void c_read(int fd, mixed msg) { send_next(fd); }
void cl(int fd) { out("close callback"); }

void start() {
    values = ({
        ({ "arrays nested 26 deep", nest(26) }),
        ({ "arrays nested 100 deep", nest(100) }),
        ({ "mappings nested 26 deep", mnest(26) }),
        ({ "mappings nested 100 deep", mnest(100) }),
    });
    show("master allows sockets", open_sockets());
    l = socket_create(MUD, "a_read", "cl");
    socket_bind(l, 0);
    show("listen", socket_listen(l, "on_listen"));
    c = socket_create(MUD, "c_read", "cl");
    show("connect", socket_connect(c, socket_address(l, 1), "c_read", "c_write"));
}

void create() { call_out("start", 0); }
