/*
 * so.h — the kernel-style socket layer: one table owns every network fd.
 *
 * Modelled on the BSD kernel's socreate/sobind/soconnect/sosend/soreceive/
 * soshutdown/soclose. A socket (`so`) has a type (stream or datagram), a set
 * of explicit state bits, a send queue that is unbounded but accounted, and
 * an upcall through which the layer above (LPC sockets, and later telnet
 * users) hears about events. Nothing here blocks and nothing returns a raw
 * errno: every call answers SOE_OK or one of the SOE_* codes below.
 *
 * Events come from so_poll_prepare()/so_poll_dispatch(), which the backend
 * loop calls around its poll(). An upcall may call any so_* function,
 * including so_close on the socket it is about; a closed socket is freed
 * only between dispatch rounds, so no pointer goes stale mid-round.
 *
 * Addresses are IPv4, written the MudOS way as "a.b.c.d" plus a port.
 */
#ifndef HEARTH_SO_H
#define HEARTH_SO_H

#include <poll.h>
#include <stddef.h>
#include <sys/types.h>

typedef struct so so;

enum so_type { SO_STREAM = 1, SO_DGRAM = 2 };

/* State bits, as the layer above may read them (so_state). */
enum so_state {
    SS_BOUND        = 1 << 0,   /* has a local address */
    SS_LISTENING    = 1 << 1,
    SS_CONNECTING   = 1 << 2,   /* connect started, not finished */
    SS_CONNECTED    = 1 << 3,
    SS_CANTSENDMORE = 1 << 4,   /* shut down for writing (or peer gone) */
    SS_CANTRCVMORE  = 1 << 5,   /* end of stream seen (or shut down) */
    SS_CLOSING      = 1 << 6,   /* closed by its owner, flushing the queue */
    SS_CLOSED       = 1 << 7    /* fd released; waiting to be freed */
};

/* Results. SOE_OK is 0; errors are negative. */
enum so_err {
    SOE_OK = 0,
    SOE_WOULDBLOCK = -1,    /* nothing to do now; an event will follow */
    SOE_NOSOCK = -2,        /* the system would not give a socket */
    SOE_BADADDR = -3,       /* address text unparsable */
    SOE_ADDRINUSE = -4,
    SOE_BIND = -5,
    SOE_LISTEN = -6,
    SOE_ACCEPT = -7,
    SOE_REFUSED = -8,
    SOE_CONNECT = -9,
    SOE_NOTCONN = -10,
    SOE_ISCONN = -11,
    SOE_STATE = -12,        /* the call does not fit the socket's state */
    SOE_SEND = -13,         /* the connection broke */
    SOE_RESET = -14,        /* reset by peer */
    SOE_TOOBIG = -15        /* datagram larger than the system allows */
};

/* Events passed to the upcall (a bit set). */
enum so_event {
    SO_EV_READABLE  = 1 << 0,   /* data, end of stream, or (listening) a connection */
    SO_EV_CONNECTED = 1 << 1,   /* so_connect finished */
    SO_EV_DRAINED   = 1 << 2,   /* the send queue emptied after being non-empty */
    SO_EV_ERROR     = 1 << 3    /* the connection failed; so_error() says why */
};

typedef void so_upcall_fn(so *s, int events, void *arg);

/* Creates a non-blocking socket of `type` (SO_REUSEADDR set). */
int so_create(int type, so **out);
/* Binds to addr (NULL or "" = any) and port (0 = any). */
int so_bind(so *s, const char *addr, int port);
int so_listen(so *s, int backlog);
/* Takes one pending connection: SOE_WOULDBLOCK when none is waiting. */
int so_accept(so *s, so **out);
/* Starts a connection: SOE_OK means started (SO_EV_CONNECTED or
 * SO_EV_ERROR follows), or an immediate error. */
int so_connect(so *s, const char *addr, int port);

/* Stream: queues all len bytes and sends what the kernel takes now.
 * SOE_OK (check so_queued for what waits), or an error if the socket cannot
 * send. Datagram: so_sendto sends one datagram at once or fails. */
int so_send(so *s, const void *buf, size_t len);
int so_sendto(so *s, const void *buf, size_t len, const char *addr, int port);
/* Bytes accepted by so_send and not yet taken by the kernel. */
size_t so_queued(const so *s);

/* Stream: reads up to cap bytes. Returns the count (> 0), 0 at end of
 * stream, or a negative SOE_* (SOE_WOULDBLOCK when nothing is there).
 * Datagram: one datagram; the sender's address is written to from_addr
 * (16 bytes) and *from_port when they are not NULL. */
ssize_t so_receive(so *s, void *buf, size_t cap, char *from_addr, int *from_port);

/* how: SHUT_RD, SHUT_WR or SHUT_RDWR. */
int so_shutdown(so *s, int how);
/* Gives the socket back to the table; the caller's pointer is dead after
 * it, and the upcall is never called again. Unless `abort` is set, a
 * connected stream closes gracefully: queued bytes are still sent (for up
 * to SO_LINGER_SECONDS), then a FIN, then what the peer still sends is
 * read and dropped until its end of stream (for up to SO_DRAIN_SECONDS),
 * so that no reset destroys data the peer has not read. */
void so_close(so *s, int abort);

/* Options (so_setopt / so_getopt). */
enum so_opt {
    SO_OPT_WANT_READ = 1,   /* 0 pauses SO_EV_READABLE (flow control); default 1 */
    SO_OPT_NODELAY = 2      /* TCP_NODELAY on a stream */
};
int so_setopt(so *s, int opt, int value);
int so_getopt(const so *s, int opt);

void so_set_upcall(so *s, so_upcall_fn *fn, void *arg);
int so_state(const so *s);
int so_type(const so *s);
/* The error that ended the connection (SO_EV_ERROR), or SOE_OK. */
int so_error(const so *s);
/* Local or peer address: writes "a.b.c.d" (16 bytes) and the port;
 * "0.0.0.0" and 0 when there is none. */
void so_local_addr(const so *s, char *addr, int *port);
void so_peer_addr(const so *s, char *addr, int *port);
/* The descriptor (for status displays), -1 once closed. */
int so_fd(const so *s);
/* A short English text for an SOE_* code. */
const char *so_strerror(int err);

/* The backend loop: fills *fds with one entry per socket that waits for
 * something (the array is the table's own) and returns the count. When
 * wait is not NULL it is lowered to the seconds until the table's next
 * deadline (a lingering close, a listener paused for lack of fds). */
int so_poll_prepare(struct pollfd **fds, double *wait);
/* Acts on poll()'s answer for the n entries so_poll_prepare gave. */
void so_poll_dispatch(struct pollfd *fds, int n);
/* Number of sockets alive (open or flushing). */
int so_count(void);
/* Closes every socket at once (driver shutdown, leak checks); never from
 * inside an upcall. */
void so_close_all(void);

#define SO_LINGER_SECONDS 30
#define SO_DRAIN_SECONDS 2

#endif
