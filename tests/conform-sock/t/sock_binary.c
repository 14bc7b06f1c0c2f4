// STREAM_BINARY against STREAM over loopback: a binary socket reads
// buffers, a text socket reads strings, whatever the writer's mode; what
// strings, buffers and arrays of ints become on the wire; a NUL byte in
// what a text socket reads; the binary modes in socket_status.
#include <conform.h>
#include "sock.h"

int l, c, a, step;
mixed *plan;

void on_listen(int fd) {
    a = socket_accept(fd, "a_read", "a_write");
    check("accepted", a >= 0);
    show("accepted status", st(a)[0..1]);
}

void c_write(int fd) {
    out("binary client connected");
    show("  status", st(fd)[0..1]);
    show("  write a string", socket_write(fd, "abc"));
}

// The text server reads what the binary client sends; then it sends the
// next item of plan back.
void a_read(int fd, mixed msg) {
    out("text side reads");
    show("  type", typeof(msg));
    show("  message", msg);
    if (step < sizeof(plan)) {
        show("  write " + plan[step][0], socket_write(fd, plan[step][1]));
        step++;
    }
}

void c_read(int fd, mixed msg) {
    out("binary side reads");
    show("  type", typeof(msg));
    show("  message", buf_text(msg));
    switch (step) {
    case 1:
        show("  write a buffer with a NUL", socket_write(fd, make_buf(({ 'x', 0, 'y' }))));
        break;
    case 2:
        show("  write an array of ints", socket_write(fd, ({ 0x44434241 })));
        break;
    case 3:
        show("  write a buffer", socket_write(fd, make_buf(({ 255, 128, 1 }))));
        break;
    default:
        show("  write a mapping", socket_write(fd, ([ ])));
        show("  write an int", socket_write(fd, 3));
        show("close the binary client", socket_close(fd));
    }
}

void a_write(int fd) { }

void l_close(int fd) {
    out("close callback for the text side");
    show("close the listener", socket_close(l));
    done();
}

void c_close(int fd) { out("close callback for the binary client"); }

void start() {
    plan = ({
        ({ "a string", "text" }),
        ({ "a string with a newline", "two\nlines" }),
        ({ "a buffer", make_buf(({ 0, 1, 255 })) }),
        ({ "an array of ints", ({ 1, -1 }) }),
    });
    show("master allows sockets", open_sockets());
    l = socket_create(STREAM, "l_read", "l_close");
    socket_bind(l, 0);
    show("listen", socket_listen(l, "on_listen"));
    c = socket_create(STREAM_BINARY, "c_read", "c_close");
    show("binary client status", st(c)[0..1]);
    show("connect", socket_connect(c, socket_address(l, 1), "c_read", "c_write"));
}

void create() { call_out("start", 0); }
