// Another object: every socket efun on a descriptor it does not own.
#include <conform.h>
#include "../sock.h"

void r(int fd, mixed m) { }

mapping try_all(int fd) {
    return ([
        "bind": socket_bind(fd, 0),
        "listen": socket_listen(fd, "r"),
        "accept": socket_accept(fd, "r", "r"),
        "connect": socket_connect(fd, "127.0.0.1 9", "r", "r"),
        "write": socket_write(fd, "x"),
        "write address": socket_write(fd, "x", "127.0.0.1 9"),
        "release": socket_release(fd, this_object(), "r"),
        "acquire": socket_acquire(fd, "r", "r", "r"),
        "close": socket_close(fd),
    ]);
}
