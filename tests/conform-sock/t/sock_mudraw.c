// What a MUD-mode socket makes of bytes that are not what another MUD-mode
// socket would send: a STREAM_BINARY client writes raw packets (a 4-byte
// big-endian length, then the text) to a MUD-mode server. Text that is no
// value, text that starts a value and breaks off, a zero length, a length
// past "maximum byte transfer" (10000 in the runner's config).
#include <conform.h>
#include "sock.h"

int l, c, a, k;
mixed *cases;

// The length header, the text, and a NUL byte when nul is set (a NUL
// cannot be written inside a 2.7 string).
buffer packet(int len, string text, int nul) {
    int *bytes = ({ (len >> 24) & 255, (len >> 16) & 255, (len >> 8) & 255, len & 255 });
    int i;
    for (i = 0; i < strlen(text); i++) bytes += ({ text[i] });
    if (nul) bytes += ({ 0 });
    return make_buf(bytes);
}

void next_case() {
    if (k == sizeof(cases)) {
        show("close the listener", socket_close(l));
        done();
        return;
    }
    out("case " + cases[k][0]);
    c = socket_create(STREAM_BINARY, "c_read", "c_close");
    socket_connect(c, socket_address(l, 1), "c_read", "c_write");
}

void on_listen(int fd) {
    a = socket_accept(fd, "a_read", "a_write");
}

void c_write(int fd) {
    show("  raw write", socket_write(fd, cases[k][1]));
    if (sizeof(cases[k]) > 3) show("  client closes", socket_close(fd));
}

void a_read(int fd, mixed msg) {
    out("  server reads");
    show("    type", typeof(msg));
    show("    value", msg);
    if (intp(msg)) check("    undefinedp", undefinedp(msg));
    if (k == 0) {
        // What a MUD-mode socket puts on the wire, as the raw client sees it.
        show("  server writes a value", socket_write(fd, ({ 1, "a\"b\n", 2.5 })));
        return;
    }
    show("  client closes", socket_close(c));
}

void a_write(int fd) { }
void c_read(int fd, mixed msg) {
    out("  client reads");
    show("    bytes", buf_text(msg));
    show("  client closes", socket_close(c));
}

// The listener's close callback serves the accepted sockets.
void l_close(int fd) {
    out("  server's close callback");
    show("    state", state(fd));
    if (cases[k++][2]) next_case();
}

void c_close(int fd) {
    out("  client's close callback");
    next_case();
}

void start() {
    cases = ({
        // name, bytes, 0 when the server closes (then the client hears
        // it), "close" when the client closes right after writing
        ({ "a value", packet(4, "123", 1), 1 }),
        ({ "a value without its NUL", packet(3, "456", 0), 1 }),
        ({ "a string", packet(6, "\"abc\"", 1), 1 }),
        ({ "text that is no value", packet(4, "xyz", 1), 1 }),
        ({ "an empty text", packet(1, "", 1), 1 }),
        ({ "a string that breaks off", packet(5, "\"abc", 1), 1 }),
        ({ "an array that breaks off", packet(5, "({1,", 1), 1 }),
        ({ "a value followed by junk", packet(8, "12 junk", 1), 1 }),
        ({ "a packet cut short by a close", packet(10, "12", 0), 1, "close" }),
        ({ "a zero length", packet(0, "", 0), 0 }),
        ({ "a length past the maximum byte transfer", packet(20000, "1", 0), 0 }),
    });
    show("master allows sockets", open_sockets());
    l = socket_create(MUD, "l_read", "l_close");
    socket_bind(l, 0);
    show("listen", socket_listen(l, "on_listen"));
    next_case();
}

void create() { call_out("start", 0); }
