// control.c — the control port (STREAM), through which the runner sees
// the driver's state. One command per line, one answer line each:
//   ping     pong
//   status   key=value pairs: open (sockets socket_status() does not show
//            CLOSED), uncaught (errors the master saw), every daemon
//            counter as name.key, and accepts and closes summed over all
//   sockets  socket_status() of each open socket, "; " between them
// Loaded last, it writes the daemons' ports to /ports ("name port" lines,
// control last), which tells the runner the mud is up.
#include "sock.h"

mapping daemons = ([ "mud": "/mud_echo", "stream": "/stream_echo",
                     "firehose": "/firehose", "dgram": "/dgram_echo" ]);
int lfd = -1, port, accepts, closes;
mapping input = ([ ]);      // fd -> text read after the last newline

mixed *open_sockets() { return filter(socket_status(), (: $1[1] != "CLOSED" :)); }

string status_line() {
    string s = sprintf("open=%d uncaught=%d", sizeof(open_sockets()), master()->query_uncaught());
    int all_accepts = accepts, all_closes = closes;
    foreach (string name in sort_array(keys(daemons), 1)) {
        mapping st = daemons[name]->query_stats();
        foreach (string k in sort_array(keys(st), 1)) s += sprintf(" %s.%s=%d", name, k, st[k]);
        all_accepts += st["accepts"];
        all_closes += st["closes"];
    }
    return s + sprintf(" control.accepts=%d control.closes=%d accepts=%d closes=%d",
                       accepts, closes, all_accepts, all_closes);
}

string answer(string cmd) {
    switch (cmd) {
    case "ping": return "pong";
    case "status": return status_line();
    case "sockets": return implode(map(open_sockets(), (: sprintf("%O", $1) :)), "; ");
    }
    return "unknown command " + cmd;
}

void on_read(int fd, string text) {
    string *lines;
    if (text == "") return;     // text ends at a NUL; this had none before it
    lines = explode(input[fd] + text, "\n");
    if (text[<1] != '\n') {
        input[fd] = lines[<1];
        lines = lines[0..<2];
    } else {
        input[fd] = "";
    }
    foreach (string line in lines) socket_write(fd, answer(replace_string(line, "\r", "")) + "\n");
}

void on_listen(int s) {
    int fd = socket_accept(s, "on_read", "on_write");
    if (fd < 0) return;
    accepts++;
    input[fd] = "";
}

void on_write(int fd) { }

void on_close(int fd) {
    closes++;
    map_delete(input, fd);
}

void create() {
    string ports = "";
    lfd = socket_create(STREAM, "on_read", "on_close");
    if (lfd < 0 || socket_bind(lfd, 0, LISTEN_IP) != EESUCCESS
        || socket_listen(lfd, "on_listen") != EESUCCESS)
        port = -1;
    else
        port = PORT_OF(lfd);
    foreach (string name in sort_array(keys(daemons), 1))
        ports += name + " " + daemons[name]->query_port() + "\n";
    write_file("/ports", ports + "control " + port + "\n", 1);
}
