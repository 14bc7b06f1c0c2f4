// LPC sockets (socket_* efuns) over real loopback connections: the error
// codes, the modes (MUD, STREAM, DATAGRAM and the binary ones), callbacks,
// big writes, closing, ownership transfer, hostile MUD-mode input and the
// master's valid_socket.
#include <test.h>

#define PEER "/t_sockets/peer"
#define TAKER "/t_sockets/taker"
#define MUD 0
#define STREAM 1
#define DATAGRAM 2
#define STREAM_BINARY 3
#define DATAGRAM_BINARY 4

#define EESUCCESS 1
#define EEFDRANGE -5
#define EEBADF -6
#define EESECURITY -7
#define EEISBOUND -8
#define EEADDRINUSE -9
#define EEMODENOTSUPP -12
#define EENOADDR -13
#define EEISCONN -14
#define EENOTLISTN -16
#define EEISLISTEN -20
#define EEBADADDR -21
#define EEALREADY -22
#define EENOTCONN -25
#define EETYPENOTSUPP -26
#define EECALLBACK -29
#define EESOCKRLSD -30
#define EESOCKNOTRLSD -31
#define EEBADDATA -32

void r(int fd, mixed msg) { }
void c(int fd) { }

int port_of(int s) {
    int p;
    sscanf(socket_address(s, 1), "%*s %d", p);
    return p;
}

// ------------------------------------------------------------ synchronous
void test_codes_and_states() {
    int fd, fd2, port;
    object other = new(PEER);
    expect(socket_create(7, "r", "c"), EEMODENOTSUPP, "unknown mode");
    fd = socket_create(STREAM, "r", "c");
    expect_true(fd >= 0, "socket_create gives a descriptor");
    expect(socket_status(fd)[1..2], ({ "UNBOUND", "STREAM" }), "a new socket is unbound");
    expect(socket_status(fd)[5], this_object(), "its owner is the creator");
    expect(socket_listen(fd, "r"), -13, "listen before bind: EENOADDR");
    expect(socket_write(fd, "x"), EENOTCONN, "write before connect");
    expect(socket_accept(fd, "r", "r"), EENOTLISTN, "accept on a socket not listening");
    expect(socket_bind(fd, 0, "127.0.0.1 0"), EESUCCESS, "bind to an ephemeral port");
    port = port_of(fd);
    expect_true(port > 0, "the bound port is known");
    expect(socket_address(fd, 1), "127.0.0.1 " + port, "local address");
    expect(socket_address(fd), "0.0.0.0 0", "no peer yet");
    expect(socket_bind(fd, 0), EEISBOUND, "bind twice");
    expect(socket_listen(fd, "r"), EESUCCESS, "listen");
    expect(socket_status(fd)[1], "LISTEN", "state LISTEN");
    expect(socket_status(fd)[3], "127.0.0.1." + port, "status shows the local address");
    expect(socket_connect(fd, "127.0.0.1 1", "r", "r"), EEISLISTEN, "connect a listener");
    fd2 = socket_create(STREAM, "r", "c");
    expect(socket_bind(fd2, port), EEADDRINUSE, "a port in use");
    expect(socket_connect(fd2, "nonsense", "r", "r"), EEBADADDR, "an address without a port");
    expect(socket_connect(fd2, "not.an.ip 23", "r", "r"), EEBADADDR, "a host name is not an address");
    expect(call_other(other, "close"), -5, "fd -1 is out of range");
    expect(socket_close(fd2), EESUCCESS, "close");
    expect(socket_close(fd2), EEBADF, "close twice");
    expect(socket_status(fd2)[1], "CLOSED", "a closed slot");
    expect(socket_close(-1), EEFDRANGE, "negative descriptor");
    expect(socket_close(100000), EEFDRANGE, "descriptor past the table");
    expect(socket_acquire(fd, "r", "r", "r"), EESOCKNOTRLSD, "acquire outside a release");
    expect(socket_release(fd, other, "take_socket"), EESOCKNOTRLSD, "release refused (no such callback)");
    expect(socket_status(fd)[5], this_object(), "still ours");
    fd2 = socket_create(DATAGRAM, "r");
    expect(socket_write(fd2, "x"), EENOADDR, "a datagram needs an address");
    expect(socket_write(fd2, "x", "127.0.0.1"), EEBADADDR, "a datagram address needs a port");
    expect(socket_listen(fd2, "r"), EEMODENOTSUPP, "a datagram socket cannot listen");
    expect(socket_write(fd2, ({ 1 }), "127.0.0.1 9"), EETYPENOTSUPP, "arrays are not datagrams");
    socket_close(fd2);
    expect(socket_error(-6), "Socket is closed", "socket_error text");
    expect(socket_error(-31), "Socket not released", "socket_error last text");
    expect(socket_error(3), "socket_error: invalid error number", "socket_error of a non-error");
    expect(sizeof(socket_status()) % 10, 0, "socket_status() lists every slot");
    expect(sizeof(filter(socket_status(), (: $1[1] == "LISTEN" && $1[5] == this_object() :))), 1,
           "socket_status() finds the listener");
    socket_close(fd);
    destruct(other);
}

void test_security() {
    object d = load_object("/t_sockets/denied");
    int fd;
    expect(d->try_create(), EESECURITY, "valid_socket refuses create");
    fd = socket_create(STREAM, "r", "c");
    expect(master()->query_last_socket_check(), ({ this_object(), "create", ({ -1, this_object(), "N/A", -1 }) }),
           "valid_socket(ob, \"create\", ({ -1, owner, \"N/A\", -1 }))");
    socket_bind(fd, 0, "127.0.0.1 0");
    expect(master()->query_last_socket_check(), ({ this_object(), "bind", ({ fd, this_object(), "0.0.0.0", 0 }) }),
           "valid_socket for bind names the socket and its owner");
    expect(PEER->close_fd(fd), EESECURITY, "another object may not close our socket");
    expect(PEER->release_to_fd(fd, this_object()), EESECURITY, "nor release it");
    expect(socket_status(fd)[1], "BOUND", "it is untouched");
    socket_close(fd);
}

// --------------------------------------------------------------- MUD mode
mixed mud_value = ({ 1, -2, "quote \" backslash \\ newline\nend", 2.5, ({ ({ }) }),
                     ([ "k": ({ 3, "v" }), 7: 0.25 ]), 0 });
object mud_srv, mud_cli;

mixed nested(int depth) {
    mixed v = 1;
    while (depth--) v = ({ v });
    return v;
}

void check_mud() {
    expect(mud_cli->take(), ({ ({ "write" }), ({ "sent", EESUCCESS }), ({ "sent", EESUCCESS }),
                               ({ "read", mud_value }), ({ "read", "second" }) }),
           "MUD mode: connected, sent two values, both echoed back intact");
    expect(mud_srv->take(), ({ ({ "accept", 1 }), ({ "read", mud_value }), ({ "read", "second" }) }),
           "MUD mode: the server read both values");
    expect(mud_cli->send(this_object()), EETYPENOTSUPP, "objects cannot be sent");
    expect(mud_cli->send(nested(101)), EEBADDATA, "values nested too deeply cannot be sent");
    expect(mud_cli->send(nested(100)), EESUCCESS, "nesting within the limit can");
    destruct(mud_cli);
    destruct(mud_srv);
}

void test_mud_mode() {
    int port;
    mud_srv = new(PEER);
    mud_cli = new(PEER);
    port = mud_srv->listen_on(MUD, 1);
    expect_true(port > 0, "MUD listener");
    mud_cli->queue(mud_value);
    mud_cli->queue("second");
    expect(mud_cli->connect_to(MUD, port), EESUCCESS, "connect starts");
    expect(mud_cli->send("too early"), EEALREADY, "write while connecting");
    defer_check((: check_mud :), 1);
}

// ------------------------------------------------------------ STREAM modes
object st_srv, st_cli, bin_srv, bin_cli;

string joined(mixed *log) {
    string s = "";
    foreach (mixed *e in log) if (e[0] == "read") s += e[1];
    return s;
}

void check_stream() {
    mixed *log = st_cli->take();
    expect(log[0..1], ({ ({ "write" }), ({ "sent", EESUCCESS }) }), "STREAM: write callback once connected");
    expect(joined(log), "hello\r\nworld", "STREAM: text echoed");
    log = bin_cli->take();
    expect(log[0][0], "write", "STREAM_BINARY: connected");
    expect_true(bufferp(log[2][1]), "STREAM_BINARY reads are buffers");
    expect(log[2][1][0], 0, "buffer byte 0");
    expect(log[2][1][2], 255, "buffer byte 255");
    expect(sizeof(log[2][1]), 4, "buffer length");
    foreach (object ob in ({ st_srv, st_cli, bin_srv, bin_cli })) destruct(ob);
}

void test_stream_modes() {
    buffer b = allocate_buffer(4);
    b[0] = 0; b[1] = 1; b[2] = 255; b[3] = 10;
    st_srv = new(PEER);
    st_cli = new(PEER);
    st_cli->queue("hello\r\nworld");
    expect(st_cli->connect_to(STREAM, st_srv->listen_on(STREAM, 1)), EESUCCESS, "STREAM connect");
    bin_srv = new(PEER);
    bin_cli = new(PEER);
    bin_cli->queue(b);
    expect(bin_cli->connect_to(STREAM_BINARY, bin_srv->listen_on(STREAM_BINARY, 1)), EESUCCESS,
           "STREAM_BINARY connect");
    defer_check((: check_stream :), 1);
}

// -------------------------------------------------------------- DATAGRAM
object dg_a, dg_b, dgb_a, dgb_b;
int dg_port_a, dg_port_b;

void check_datagram() {
    expect(dg_b->take(), ({ ({ "read", "ping", "127.0.0.1 " + dg_port_a }) }),
           "DATAGRAM: the text and the sender's address");
    expect(dg_a->take(), ({ ({ "read", "ping", "127.0.0.1 " + dg_port_b }) }), "DATAGRAM: echoed back");
    mixed *log = dgb_b->take();
    expect(sizeof(log), 1, "DATAGRAM_BINARY: one datagram");
    expect_true(bufferp(log[0][1]) && sizeof(log[0][1]) == 3 && log[0][1][1] == 0,
                "DATAGRAM_BINARY: a buffer with its NUL byte kept");
    foreach (object ob in ({ dg_a, dg_b, dgb_a, dgb_b })) destruct(ob);
}

void test_datagram_modes() {
    buffer b = allocate_buffer(3);
    b[0] = 'a'; b[1] = 0; b[2] = 'b';
    dg_a = new(PEER);
    dg_b = new(PEER);
    dg_port_a = dg_a->listen_on(DATAGRAM, 0);
    dg_port_b = dg_b->listen_on(DATAGRAM, 1);
    expect(dg_a->send_to("ping", dg_port_b), EESUCCESS, "sendto");
    expect(socket_status(dg_a->query_fd())[1..2], ({ "BOUND", "DATAGRAM" }), "a bound datagram socket");
    dgb_a = new(PEER);
    dgb_b = new(PEER);
    dgb_a->listen_on(DATAGRAM_BINARY, 0);
    expect(dgb_a->send_to(b, dgb_b->listen_on(DATAGRAM_BINARY, 0)), EESUCCESS, "binary sendto");
    defer_check((: check_datagram :), 1);
}

// --------------------------------------------- closing, refusal, destruct
object cl_srv, cl_cli, rf_cli, ds_srv, ds_cli;
int ds_fd;
string ds_state;

void check_closing() {
    expect(cl_srv->take(), ({ ({ "accept", 1 }), ({ "close" }) }), "the peer closing calls close_cb");
    expect(cl_cli->take(), ({ ({ "write" }), ({ "sent", EESUCCESS }) }),
           "socket_close itself calls no callback");
    expect(rf_cli->take(), ({ ({ "close" }) }), "a refused connect calls close_cb");
    expect(ds_srv->take(), ({ ({ "accept", 1 }), ({ "close" }) }), "destructing the owner closes its socket");
    expect(ds_state, "CLOSED", "the destructed owner's socket is gone");
    foreach (object ob in ({ cl_srv, cl_cli, rf_cli, ds_srv })) destruct(ob);
}

void close_soon() {
    cl_cli->close();
    ds_fd = ds_cli->query_fd();
    destruct(ds_cli);
    ds_state = socket_status(ds_fd)[1];
}

void test_closing() {
    int fd, port;
    cl_srv = new(PEER);
    cl_cli = new(PEER);
    cl_cli->queue("bye");
    cl_cli->connect_to(STREAM, cl_srv->listen_on(STREAM, 0));
    cl_srv->set_count_only();
    // A port nobody listens on: bind one, note it, close it.
    fd = socket_create(STREAM, "r", "c");
    socket_bind(fd, 0, "127.0.0.1 0");
    port = port_of(fd);
    socket_close(fd);
    rf_cli = new(PEER);
    expect(rf_cli->connect_to(STREAM, port), EESUCCESS, "connect to a closed port starts");
    ds_srv = new(PEER);
    ds_cli = new(PEER);
    ds_cli->connect_to(MUD, ds_srv->listen_on(MUD, 0));
    call_out("close_soon", 1);
    defer_check((: check_closing :), 3);
}

// ------------------------------------------------------------- big writes
object big_srv, big_cli;
string big_chunk = repeat_string("0123456789abcdef", 1536 * 64);

// Twelve writes of 1.5 MB at once: the kernel takes the first few whole,
// one only in part (EECALLBACK: the rest is queued), and from then on
// writes are refused with EEALREADY until write_cb says the queue drained.
void check_big() {
    mixed *log = big_cli->take();
    int *codes = map(log[1..12], (: $1[1] :));
    int first = member_array(EECALLBACK, codes);
    expect_true(first >= 0, "some write was only partly taken: EECALLBACK");
    expect(codes[0..first - 1] - ({ EESUCCESS }), ({ }), "the writes before it succeeded");
    expect(codes[first + 1..] - ({ EEALREADY }), ({ }), "the writes after it: EEALREADY");
    expect(log[13..], ({ ({ "write" }) }), "write_cb when the queue has drained");
    expect(big_srv->query_bytes(), (first + 1) * strlen(big_chunk), "every accepted byte arrived, in full");
    destruct(big_srv);
    destruct(big_cli);
}

void test_big_write() {
    big_srv = new(PEER);
    big_srv->set_count_only();
    big_cli = new(PEER);
    for (int i = 0; i < 12; i++) big_cli->queue(big_chunk);
    big_cli->connect_to(STREAM, big_srv->listen_on(STREAM, 0));
    defer_check((: check_big :), 3);
}

// ------------------------------------------------------------- transfer
object tr_srv, tr_cli, tr_helper;
object *takers = ({ });

object taker(string plan) {
    object t = new(TAKER);
    t->set_plan(plan);
    t->set_helper(tr_helper);
    takers += ({ t });
    return t;
}

int owned_by(int fd, object ob) { return socket_status(fd)[5] == ob; }

void check_transfer() {
    object t = takers[<1];
    expect(tr_cli->take(), ({ ({ "read", "hello from taker" }) }),
           "the peer got what the new owner wrote, and nothing of the failed transfers");
    expect(t->take(), ({ ({ "read", "to taker" }) }), "input after the transfer goes to the new owner");
    expect(tr_srv->take(), ({ }), "the old owner hears nothing more");
    expect(sizeof(master()->take_expected_uncaught("EXPECTED-UNCAUGHT taker")), 2, "the two failing callbacks were reported");
    foreach (object ob in takers + ({ tr_srv, tr_cli, tr_helper })) if (ob) destruct(ob);
}

void transfer_steps() {
    int fd = tr_srv->query_fd();
    object t;
    expect(tr_srv->take(), ({ ({ "accept", 1 }) }), "transfer: connection accepted");
    tr_cli->take();

    t = taker("decline");
    expect(tr_srv->release_to(t, "take_socket"), EESOCKNOTRLSD, "declined: EESOCKNOTRLSD");
    expect(t->take(), ({ ({ "offered", fd, 1 }) }), "the callback got (fd, itself)");
    expect(owned_by(fd, tr_srv), 1, "declined: owner unchanged");

    t = taker("acquire-error");
    expect(tr_srv->release_to(t, "take_socket"), EESOCKNOTRLSD, "error after acquire: not released");
    expect(owned_by(fd, tr_srv), 1, "error after acquire: owner restored");

    t = taker("acquire-write-error");
    expect(tr_srv->release_to(t, "take_socket"), EESOCKNOTRLSD, "write then error: not released");
    expect(t->take()[1..], ({ ({ "write", EESUCCESS }), ({ "close", EESUCCESS }) }),
           "inside the window the new owner's write and close are accepted");
    expect(owned_by(fd, tr_srv), 1, "write then error: owner restored");
    expect(socket_status(fd)[1], "DATA_XFER", "write then error: the held-back close did not happen");

    t = taker("acquire-destruct");
    expect(tr_srv->release_to(t, "take_socket"), EESOCKNOTRLSD, "acquirer destructed: not released");
    expect(owned_by(fd, tr_srv), 1, "acquirer destructed: owner restored");

    t = taker("stranger");
    t->set_helper(taker("decline"));
    expect(tr_srv->release_to(t, "take_socket"), EESOCKNOTRLSD, "a stranger cannot acquire");
    expect(t->take()[1], ({ "stranger", EESECURITY }), "stranger: EESECURITY");

    t = taker("nested");
    tr_srv->release_to(t, "take_socket");
    expect(t->take()[1], ({ "nested", EESOCKRLSD }), "releasing again inside the window: EESOCKRLSD");

    t = taker("twice");
    expect(tr_srv->release_to(t, "take_socket"), EESUCCESS, "acquire twice: the first stands");
    expect(t->take()[1..], ({ ({ "acquire", EESUCCESS }), ({ "again", EESOCKNOTRLSD }) }),
           "a second acquire is refused");
    expect(owned_by(fd, t), 1, "owner is the acquirer");
    expect(tr_srv->send("old owner"), EESECURITY, "the old owner may not write any more");
    // Hand it on to the last taker, which acquires and writes.
    object last = taker("acquire-write");
    expect(socket_release(fd, last, "take_socket"), EESECURITY, "only the owner releases");
    expect(t->give(fd, last), EESUCCESS, "released onward");
    expect(last->take()[1..], ({ ({ "acquire", EESUCCESS }), ({ "write", EESUCCESS }) }),
           "acquired and wrote inside the window");
    expect(owned_by(fd, last), 1, "the last owner holds it");
    tr_cli->send("to taker");
    defer_check((: check_transfer :), 1);
}

void test_transfer() {
    tr_srv = new(PEER);
    tr_cli = new(PEER);
    tr_helper = tr_srv;
    tr_cli->connect_to(STREAM, tr_srv->listen_on(STREAM, 0));
    call_out("transfer_steps", 1);
}

// ------------------------------------------------------- hostile input
object ho_srv, ho_cli, gb_srv, gb_cli;

void check_hostile() {
    expect(ho_srv->take(), ({ ({ "accept", 1 }), ({ "close" }) }),
           "a MUD-mode length over the maximum byte transfer closes the connection");
    expect(ho_cli->take()[<1], ({ "close" }), "the sender sees the close");
    expect(gb_srv->take(), ({ ({ "accept", 1 }), ({ "read", 0 }) }), "garbage value text reads as 0");
    foreach (object ob in ({ ho_srv, ho_cli, gb_srv, gb_cli })) destruct(ob);
}

buffer frame(string text) {
    int n = strlen(text) + 1;
    buffer b = allocate_buffer(4 + n);
    b[0] = (n >> 24) & 255; b[1] = (n >> 16) & 255; b[2] = (n >> 8) & 255; b[3] = n & 255;
    for (int i = 0; i < strlen(text); i++) b[4 + i] = text[i];
    return b;
}

void test_hostile_mud_input() {
    buffer huge = allocate_buffer(8);
    huge[0] = 0x7f; huge[1] = 0xff; huge[2] = 0xff; huge[3] = 0xff;
    ho_srv = new(PEER);
    ho_cli = new(PEER);
    ho_cli->queue(huge);
    ho_cli->connect_to(STREAM_BINARY, ho_srv->listen_on(MUD, 0));
    gb_srv = new(PEER);
    gb_cli = new(PEER);
    gb_cli->queue(frame("}) not a value"));
    gb_cli->connect_to(STREAM_BINARY, gb_srv->listen_on(MUD, 0));
    defer_check((: check_hostile :), 1);
}
