// socket_error(): the text of every code, and of numbers that are not codes.
#include <conform.h>

void create() {
    int i;
    for (i = 3; i >= -36; i--)
        show("socket_error(" + i + ")", socket_error(i));
    i = 1000;
    show("socket_error(1000)", socket_error(i));
    i = -1000;
    show("socket_error(-1000)", socket_error(i));
    done();
}
