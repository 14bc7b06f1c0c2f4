// echo.c — the socket benchmark: a MUD-mode server and client in one
// driver talking over loopback, ROUNDS request/answer round trips of a
// small LPC value, then shutdown. bench/sock.py does the same in Python.
#define ROUNDS 20000

int cli, n;

void create() {
    int lfd = socket_create(0, "srv_read", "closed");
    int port;
    socket_bind(lfd, 0, "127.0.0.1 0");
    socket_listen(lfd, "on_listen");
    sscanf(socket_address(lfd, 1), "%*s %d", port);
    cli = socket_create(0, "cli_read", "closed");
    socket_connect(cli, "127.0.0.1 " + port, "cli_read", "cli_ready");
}

void on_listen(int fd) { socket_accept(fd, "srv_read", "srv_ready"); }
void srv_ready(int fd) { }
void closed(int fd) { shutdown(1); }

void cli_ready(int fd) {
    if (!n) socket_write(cli, ({ "ping", 0, ([ "k": 1.5 ]) }));
}

void srv_read(int fd, mixed msg) { socket_write(fd, msg); }

void cli_read(int fd, mixed msg) {
    if (++n == ROUNDS) shutdown(0);
    else socket_write(cli, ({ "ping", n, msg[2] }));
}
