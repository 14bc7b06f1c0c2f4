/*
 * lsock.h — LPC sockets: the numbered sockets the socket_* efuns work on,
 * in the MudOS modes, each with exactly one owner object.
 *
 * An LPC socket is a slot in a table (its number is what LPC sees) holding
 * an `so` from so.h, a mode, a MudOS state, the owner and three callbacks
 * (read, write, close: a function name applied to the owner, or a function
 * pointer). Modes:
 *
 *   MUD              stream of LPC values: 4-byte big-endian length, then
 *                    the save_variable text and a NUL
 *   STREAM           text: read_cb(fd, string)
 *   DATAGRAM         text datagrams: read_cb(fd, string, "addr port")
 *   STREAM_BINARY    as STREAM with buffers
 *   DATAGRAM_BINARY  as DATAGRAM with buffers
 *
 * Results are the codes of TMI-2's include/socket_err.h (EESUCCESS = 1,
 * errors negative). The permission check (the master's valid_socket) is
 * the efun layer's business (efun_socket.c); everything here assumes it was
 * made and checks only ownership and state.
 *
 * Ownership transfer: lsock_release(fd, ob, cb) runs cb in ob; inside that
 * call ob may lsock_acquire(fd, ...). It is a transaction: what the new
 * owner writes or closes inside the window is held back, and only when
 * the callback returns without error, with the socket acquired, is it
 * committed. Otherwise the owner, the callbacks and the queued bytes are
 * exactly as they were, and the answer is EESOCKNOTRLSD.
 */
#ifndef HEARTH_LSOCK_H
#define HEARTH_LSOCK_H

#include "../vm/value.h"

struct object;

enum lsock_mode { LS_MUD, LS_STREAM, LS_DATAGRAM, LS_STREAM_BINARY, LS_DATAGRAM_BINARY };

/* TMI-2's include/driver/socket_err.h. */
enum {
    EESUCCESS = 1, EESOCKET = -1, EESETSOCKOPT = -2, EENONBLOCK = -3, EENOSOCKS = -4,
    EEFDRANGE = -5, EEBADF = -6, EESECURITY = -7, EEISBOUND = -8, EEADDRINUSE = -9,
    EEBIND = -10, EEGETSOCKNAME = -11, EEMODENOTSUPP = -12, EENOADDR = -13,
    EEISCONN = -14, EELISTEN = -15, EENOTLISTN = -16, EEWOULDBLOCK = -17, EEINTR = -18,
    EEACCEPT = -19, EEISLISTEN = -20, EEBADADDR = -21, EEALREADY = -22,
    EECONNREFUSED = -23, EECONNECT = -24, EENOTCONN = -25, EETYPENOTSUPP = -26,
    EESENDTO = -27, EESEND = -28, EECALLBACK = -29, EESOCKRLSD = -30,
    EESOCKNOTRLSD = -31, EEBADDATA = -32
};

/* The callbacks are svalues: a function name (string), a function
 * pointer, or 0 for none. They are copied. */
int lsock_create(int mode, const svalue *read_cb, const svalue *close_cb);
int lsock_bind(int fd, int port, const char *addr);
int lsock_listen(int fd, const svalue *listen_cb);
int lsock_accept(int fd, const svalue *read_cb, const svalue *write_cb);
int lsock_connect(int fd, const char *addr_port, const svalue *read_cb, const svalue *write_cb);
int lsock_write(int fd, const svalue *msg, const char *addr_port);
int lsock_close(int fd);
int lsock_release(int fd, struct object *ob, const svalue *cb);
int lsock_acquire(int fd, const svalue *read_cb, const svalue *write_cb, const svalue *close_cb);

/* The owner of fd (NULL when fd is not an open socket). */
struct object *lsock_owner(int fd);
/* The peer (local = 0) or local end of fd: "a.b.c.d" into addr (16
 * bytes) and the port; "0.0.0.0" and 0 when it has none, "" and 0 when
 * fd is outside the table (2.7's answers). */
void lsock_endpoint(int fd, int local, char *addr, int *port);
/* The same as 2.7's socket_address writes it, "addr port"; out must hold
 * 32 bytes. */
void lsock_address(int fd, int local, char *out);
/* socket_status: ({ os fd, state, mode, local, remote, owner }); NULL when
 * fd is outside the table. lsock_slots() is the table's size. */
array *lsock_status(int fd);
int lsock_slots(void);
/* socket_error's text for an EE* code. */
const char *lsock_error_text(int err);

/* Closes every socket (driver shutdown). */
void lsock_free_all(void);

#endif
