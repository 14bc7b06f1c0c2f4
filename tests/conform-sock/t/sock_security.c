// What the mini mudlib's own master allows: its valid_socket refuses
// everything, so every socket efun that asks it answers EESECURITY, before
// looking at the mode, the descriptor or the state. socket_error,
// socket_status and socket_address do not ask it.
#include <conform.h>
#include "sock.h"

void r(int fd, mixed m) { }

void create() {
    int fd;
    for (fd = -1; fd <= 5; fd++)
        show("socket_create mode " + fd, socket_create(fd, "r", "r"));
    show("socket_create with a function", socket_create(STREAM, (: r :)));
    foreach (fd in ({ -1, 0, 1, 9, 10, 1000 })) {
        out("descriptor " + fd);
        show("  socket_bind", socket_bind(fd, 0));
        show("  socket_bind address", socket_bind(fd, 0, "127.0.0.1 0"));
        show("  socket_listen", socket_listen(fd, "r"));
        show("  socket_accept", socket_accept(fd, "r", "r"));
        show("  socket_connect", socket_connect(fd, "127.0.0.1 9", "r", "r"));
        show("  socket_write", socket_write(fd, "x"));
        show("  socket_write address", socket_write(fd, "x", "127.0.0.1 9"));
        show("  socket_close", socket_close(fd));
        show("  socket_release", socket_release(fd, this_object(), "r"));
        show("  socket_acquire", socket_acquire(fd, "r", "r", "r"));
        show("  socket_status", socket_status(fd));
        show("  socket_address", socket_address(fd));
        show("  socket_address local", socket_address(fd, 1));
    }
    show("socket_status()", socket_status());
    show("socket_address(object)", socket_address(this_object()));
    show("socket_address(object, 1)", socket_address(this_object(), 1));
    done();
}
