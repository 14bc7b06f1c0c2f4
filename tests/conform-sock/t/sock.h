// sock.h -- what every socket test shares: the modes and error codes of
// TMI-2's <socket_err.h>, a master that allows sockets, and renderings of
// socket_status()/socket_address() without the parts that change from run
// to run (port numbers, the system's descriptor numbers).
//
// The mini mudlib's master refuses every valid_socket check. A test that
// needs sockets calls open_sockets() first: it rewrites its own copy of
// /master.c with a valid_socket that allows everything except objects whose
// path contains "nosock", records every check it is asked, and reloads the
// master by destructing it.

#define MUD 0
#define STREAM 1
#define DATAGRAM 2
#define STREAM_BINARY 3
#define DATAGRAM_BINARY 4

#define EESUCCESS 1
#define EESOCKET -1
#define EEFDRANGE -5
#define EEBADF -6
#define EESECURITY -7
#define EEISBOUND -8
#define EEADDRINUSE -9
#define EEMODENOTSUPP -12
#define EENOADDR -13
#define EEISCONN -14
#define EENOTLISTN -16
#define EEWOULDBLOCK -17
#define EEISLISTEN -20
#define EEBADADDR -21
#define EEALREADY -22
#define EECONNREFUSED -23
#define EENOTCONN -25
#define EETYPENOTSUPP -26
#define EECALLBACK -29
#define EESOCKRLSD -30
#define EESOCKNOTRLSD -31
#define EEBADDATA -32

int open_sockets() {
    string *lines = explode(read_file("/master.c"), "\n");
    string text = "";
    int i;
    for (i = 0; i < sizeof(lines); i++)
        if (strsrch(lines[i], "int valid_socket(") != 0) text += lines[i] + "\n";
    text += "mixed *socket_log = ({ });\n"
        "int valid_socket(object eff, string fn, mixed *info) {\n"
        "    socket_log += ({ ({ eff, fn, info }) });\n"
        "    return !eff || strsrch(file_name(eff), \"nosock\") < 0;\n"
        "}\n"
        "mixed *query_socket_log() { mixed *r = socket_log; socket_log = ({ }); return r; }\n";
    write_file("/master.c", text, 1);
    destruct(master());
    return function_exists("query_socket_log", master()) != 0;
}

// "a.b.c.d PORT" or "a.b.c.d.PORT" with a port other than 0 or * written P.
string san(string a) {
    int i;
    if (!stringp(a)) return a;
    for (i = strlen(a) - 1; i >= 0 && a[i] >= '0' && a[i] <= '9'; i--)
        ;
    if (i < strlen(a) - 1 && a[i + 1..] != "0" && i >= 0 && (a[i] == ' ' || a[i] == '.'))
        return a[0..i] + "P";
    return a;
}

// socket_status(fd) without the system descriptor, ports written P.
mixed st(int fd) {
    mixed s = socket_status(fd);
    if (!pointerp(s)) return s;
    return ({ s[1], s[2], san(s[3]), san(s[4]), s[5] });
}

// The state alone.
string state(int fd) {
    mixed s = socket_status(fd);
    return pointerp(s) ? s[1] : "none";
}

int port_of(string addr) {
    int p;
    if (!stringp(addr) || sscanf(addr, "%*s %d", p) != 2) return -1;
    return p;
}

int local_port(int fd) { return port_of(socket_address(fd, 1)); }

string buf_text(mixed b) {
    string r = "buffer[";
    int i;
    if (!bufferp(b)) return repr(b);
    for (i = 0; i < sizeof(b); i++) r += (i ? "," : "") + b[i];
    return r + "]";
}

buffer make_buf(int *bytes) {
    buffer b = allocate_buffer(sizeof(bytes));
    int i;
    for (i = 0; i < sizeof(bytes); i++) b[i] = bytes[i];
    return b;
}
