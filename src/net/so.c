/*
 * so.c — the socket table and the calls of so.h over BSD sockets.
 *
 * Every socket the driver opens is a `struct so` in `table`; nothing else
 * calls socket(), accept() or close() on a network fd. A socket's life:
 *
 *   so_create ──> [bound] ──> listening                  (so_listen)
 *                     └─────> connecting ──> connected   (so_connect)
 *   accepted sockets start connected.
 *   so_close ──> closing (queue still flushing) ──> closed ──> freed
 *
 * Freed happens only in so_poll_prepare, between dispatch rounds, so an
 * upcall can close anything without leaving a dangling pointer behind.
 *
 * The send queue is one growable byte buffer with a read offset; it is
 * compacted when more than half of it has been sent. Its size is the
 * accounting: so_queued() tells the layer above how much waits.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include "so.h"
#include "../base/mem.h"

struct so {
    int fd;
    int type;
    int state;
    int error;                  /* why the connection ended (SO_EV_ERROR) */
    int want_read;
    char *sq;                   /* send queue: bytes sq[sq_off .. sq_len) */
    size_t sq_off, sq_len, sq_cap;
    int drain_pending;          /* report SO_EV_DRAINED when the queue empties */
    int shut_wr;                /* so_shutdown(SHUT_WR) waits for the queue to empty */
    double linger_until;        /* closing: give up flushing after this */
    int draining;               /* closing: FIN sent, reading the peer out */
    double paused_until;        /* listening: no accepts before this (fd shortage) */
    struct sockaddr_in local, peer;
    so_upcall_fn *upcall;
    void *arg;
};

#define SQ_KEEP 65536           /* an empty send queue keeps this much buffer */

static so **table;
static int table_n, table_cap;
static struct pollfd *pfds;
static so **pso;                /* pso[i]: the socket pfds[i] is for */
static int pcap;

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int set_nonblocking(int fd) {
    int fl = fcntl(fd, F_GETFL);
    return fl < 0 ? -1 : fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

static void discard_input(so *s);

static so *so_new(int fd, int type) {
    so *s = xcalloc(1, sizeof *s);
    s->fd = fd;
    s->type = type;
    s->want_read = 1;
    if (table_n == table_cap) {
        table_cap = table_cap ? table_cap * 2 : 16;
        table = xrealloc(table, sizeof *table * (size_t)table_cap);
    }
    table[table_n++] = s;
    return s;
}

/* Releases the fd; the struct stays in the table until so_poll_prepare. */
static void so_release_fd(so *s) {
    if (s->fd >= 0) {
        while (close(s->fd) < 0 && errno == EINTR) {}
        s->fd = -1;
    }
    s->state = (s->state & ~SS_CLOSING) | SS_CLOSED;
    s->upcall = NULL;
}

/* "a.b.c.d" + port into sin; NULL or "" is any address. */
static int to_sin(const char *addr, int port, struct sockaddr_in *sin) {
    memset(sin, 0, sizeof *sin);
    sin->sin_family = AF_INET;
    if (port < 0 || port > 65535) return SOE_BADADDR;
    sin->sin_port = htons((uint16_t)port);
    if (!addr || !*addr) {
        sin->sin_addr.s_addr = htonl(INADDR_ANY);
        return SOE_OK;
    }
    return inet_pton(AF_INET, addr, &sin->sin_addr) == 1 ? SOE_OK : SOE_BADADDR;
}

static void from_sin(const struct sockaddr_in *sin, char *addr, int *port) {
    if (sin->sin_family != AF_INET) {
        strcpy(addr, "0.0.0.0");
        *port = 0;
        return;
    }
    inet_ntop(AF_INET, &sin->sin_addr, addr, 16);
    *port = ntohs(sin->sin_port);
}

static void learn_local(so *s) {
    socklen_t len = sizeof s->local;
    if (getsockname(s->fd, (struct sockaddr *)&s->local, &len) < 0)
        memset(&s->local, 0, sizeof s->local);
}

/* ------------------------------------------------------------ the calls */
int so_create(int type, so **out) {
    *out = NULL;
    if (type != SO_STREAM && type != SO_DGRAM) return SOE_STATE;
    int fd = socket(AF_INET, (type == SO_STREAM ? SOCK_STREAM : SOCK_DGRAM) | SOCK_CLOEXEC, 0);
    if (fd < 0) return SOE_NOSOCK;
    int one = 1;
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0 || set_nonblocking(fd) < 0) {
        close(fd);
        return SOE_NOSOCK;
    }
    *out = so_new(fd, type);
    return SOE_OK;
}

int so_bind(so *s, const char *addr, int port) {
    struct sockaddr_in sin;
    if (s->state & (SS_BOUND | SS_CONNECTING | SS_CONNECTED | SS_CLOSING | SS_CLOSED))
        return SOE_STATE;
    if (to_sin(addr, port, &sin) != SOE_OK) return SOE_BADADDR;
    if (bind(s->fd, (struct sockaddr *)&sin, sizeof sin) < 0)
        return errno == EADDRINUSE ? SOE_ADDRINUSE : SOE_BIND;
    learn_local(s);
    s->state |= SS_BOUND;
    return SOE_OK;
}

int so_listen(so *s, int backlog) {
    if (s->type != SO_STREAM || !(s->state & SS_BOUND)
        || (s->state & (SS_LISTENING | SS_CONNECTING | SS_CONNECTED | SS_CLOSING | SS_CLOSED)))
        return SOE_STATE;
    if (listen(s->fd, backlog > 0 ? backlog : 16) < 0) return SOE_LISTEN;
    s->state |= SS_LISTENING;
    return SOE_OK;
}

int so_accept(so *s, so **out) {
    *out = NULL;
    if (!(s->state & SS_LISTENING) || (s->state & (SS_CLOSING | SS_CLOSED))) return SOE_STATE;
    struct sockaddr_in sin;
    socklen_t len = sizeof sin;
    int fd;
    do fd = accept4(s->fd, (struct sockaddr *)&sin, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0 && (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM))
        s->paused_until = now_seconds() + 1;    /* out of fds: stop polling it for a while */
    if (fd < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == ECONNABORTED
             ? SOE_WOULDBLOCK : SOE_ACCEPT;
    so *n = so_new(fd, SO_STREAM);
    n->peer = sin;
    learn_local(n);
    n->state = SS_BOUND | SS_CONNECTED;
    *out = n;
    return SOE_OK;
}

int so_connect(so *s, const char *addr, int port) {
    struct sockaddr_in sin;
    if (s->type != SO_STREAM) return SOE_STATE;
    if (s->state & (SS_CONNECTING | SS_CONNECTED)) return SOE_ISCONN;
    if (s->state & (SS_LISTENING | SS_CLOSING | SS_CLOSED | SS_CANTSENDMORE | SS_CANTRCVMORE))
        return SOE_STATE;               /* a failed connection is not retried on one fd */
    if (to_sin(addr, port, &sin) != SOE_OK || !addr || !*addr) return SOE_BADADDR;
    s->peer = sin;
    int r;
    do r = connect(s->fd, (struct sockaddr *)&sin, sizeof sin);
    while (r < 0 && errno == EINTR);
    if (r < 0 && errno != EINPROGRESS) {
        memset(&s->peer, 0, sizeof s->peer);
        return errno == ECONNREFUSED ? SOE_REFUSED
             : errno == EADDRINUSE ? SOE_ADDRINUSE : SOE_CONNECT;
    }
    learn_local(s);
    /* Even a connect that finished at once is reported by the next round
     * (POLLOUT is ready then), so the layer above sees one path. */
    s->state |= SS_BOUND | SS_CONNECTING;
    return SOE_OK;
}

/* The connection broke: nothing more goes either way. */
static void so_fail(so *s, int err) {
    if (!s->error) s->error = err;
    s->state = (s->state & ~(SS_CONNECTING | SS_CONNECTED)) | SS_CANTSENDMORE | SS_CANTRCVMORE;
    s->sq_off = s->sq_len = 0;
}

/* Sends from the queue what the kernel takes; once it is empty, frees a
 * buffer grown past SQ_KEEP and does a shutdown(SHUT_WR) that was waiting.
 * Returns SOE_OK or an error (the connection is then marked failed). */
static int flush_queue(so *s) {
    while (s->sq_off < s->sq_len) {
        ssize_t n = send(s->fd, s->sq + s->sq_off, s->sq_len - s->sq_off, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) break;
            so_fail(s, errno == ECONNRESET ? SOE_RESET : SOE_SEND);
            return s->error;
        }
        s->sq_off += (size_t)n;
    }
    if (s->sq_off == s->sq_len) {
        s->sq_off = s->sq_len = 0;
        if (s->sq_cap > SQ_KEEP) {
            free(s->sq);
            s->sq = NULL;
            s->sq_cap = 0;
        }
        if (s->shut_wr) {
            s->shut_wr = 0;
            shutdown(s->fd, SHUT_WR);
        }
    } else if (s->sq_off > s->sq_cap / 2) {
        memmove(s->sq, s->sq + s->sq_off, s->sq_len - s->sq_off);
        s->sq_len -= s->sq_off;
        s->sq_off = 0;
    }
    return SOE_OK;
}

int so_send(so *s, const void *buf, size_t len) {
    if (s->type != SO_STREAM) return SOE_STATE;
    if (s->state & (SS_CLOSING | SS_CLOSED)) return SOE_STATE;
    if (s->state & SS_CANTSENDMORE) return s->error ? s->error : SOE_SEND;
    if (!(s->state & (SS_CONNECTED | SS_CONNECTING))) return SOE_NOTCONN;
    if (len == 0) return SOE_OK;
    if (s->sq_len + len > s->sq_cap) {
        size_t cap = s->sq_cap ? s->sq_cap : 4096;
        while (cap < s->sq_len + len) cap *= 2;
        s->sq = xrealloc(s->sq, cap);
        s->sq_cap = cap;
    }
    memcpy(s->sq + s->sq_len, buf, len);
    s->sq_len += len;
    if (s->state & SS_CONNECTING) return SOE_OK;
    int r = flush_queue(s);
    if (r == SOE_OK && s->sq_len) s->drain_pending = 1;
    return r;
}

int so_sendto(so *s, const void *buf, size_t len, const char *addr, int port) {
    struct sockaddr_in sin;
    if (s->type != SO_DGRAM || (s->state & (SS_CLOSING | SS_CLOSED))) return SOE_STATE;
    if (to_sin(addr, port, &sin) != SOE_OK || !addr || !*addr) return SOE_BADADDR;
    ssize_t n;
    do n = sendto(s->fd, buf, len, 0, (struct sockaddr *)&sin, sizeof sin);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK ? SOE_WOULDBLOCK
             : errno == EMSGSIZE ? SOE_TOOBIG : SOE_SEND;
    if (!(s->state & SS_BOUND)) {
        learn_local(s);
        s->state |= SS_BOUND;
    }
    return SOE_OK;
}

size_t so_queued(const so *s) { return s->sq_len - s->sq_off; }

ssize_t so_receive(so *s, void *buf, size_t cap, char *from_addr, int *from_port) {
    if (s->state & (SS_CLOSING | SS_CLOSED)) return SOE_STATE;
    if (s->type == SO_DGRAM) {
        struct sockaddr_in sin;
        socklen_t len = sizeof sin;
        ssize_t n;
        do n = recvfrom(s->fd, buf, cap, 0, (struct sockaddr *)&sin, &len);
        while (n < 0 && errno == EINTR);
        if (n < 0) return errno == EAGAIN || errno == EWOULDBLOCK || errno == ECONNREFUSED
                        ? SOE_WOULDBLOCK : SOE_SEND;
        if (from_addr && from_port) from_sin(&sin, from_addr, from_port);
        return n;
    }
    if (s->state & SS_CANTRCVMORE) return s->error ? s->error : 0;
    if (!(s->state & SS_CONNECTED)) return SOE_NOTCONN;
    if (cap == 0) return SOE_STATE;     /* recv would answer 0: end of stream */
    ssize_t n;
    do n = recv(s->fd, buf, cap, 0);
    while (n < 0 && errno == EINTR);
    if (n == 0) s->state |= SS_CANTRCVMORE;
    if (n >= 0) return n;
    if (errno == EAGAIN || errno == EWOULDBLOCK) return SOE_WOULDBLOCK;
    so_fail(s, errno == ECONNRESET ? SOE_RESET : SOE_SEND);
    return s->error;
}

/* Shutting down for writing keeps the queue: the FIN follows its last
 * byte (flush_queue sends it). */
int so_shutdown(so *s, int how) {
    if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR) return SOE_STATE;
    if (!(s->state & SS_CONNECTED)) return SOE_NOTCONN;
    if (how != SHUT_WR) {
        s->state |= SS_CANTRCVMORE;
        shutdown(s->fd, SHUT_RD);
    }
    if (how == SHUT_RD || (s->state & SS_CANTSENDMORE)) return SOE_OK;
    s->state |= SS_CANTSENDMORE;
    s->shut_wr = 1;
    return flush_queue(s);
}

/* The queue is out: send FIN and read the peer out before the fd goes.
 * Closing with unread input would make the kernel answer with a reset,
 * and a reset can destroy what the peer has not read yet. */
static void begin_drain(so *s) {
    if ((s->state & SS_CANTRCVMORE) || s->error) {
        so_release_fd(s);
        return;
    }
    shutdown(s->fd, SHUT_WR);
    s->draining = 1;
    double until = now_seconds() + SO_DRAIN_SECONDS;
    if (until < s->linger_until) s->linger_until = until;
    discard_input(s);
}

/* Reads and drops what the peer sends while closing; at its end of
 * stream (or an error) the fd is released. */
static void discard_input(so *s) {
    char buf[4096];
    for (;;) {
        ssize_t n = recv(s->fd, buf, sizeof buf, 0);
        if (n > 0) continue;
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
        so_release_fd(s);
        return;
    }
}

/* A connected stream closes gracefully: queue flushed (a socket still
 * connecting keeps its queue: dispatch_one finishes the connect first),
 * then begin_drain. Everything else is released at once. */
void so_close(so *s, int abort) {
    if (!s || (s->state & (SS_CLOSING | SS_CLOSED))) return;
    s->upcall = NULL;
    int live = (s->state & SS_CONNECTED) || ((s->state & SS_CONNECTING) && so_queued(s));
    if (abort || s->type != SO_STREAM || !live || s->error) {
        so_release_fd(s);
        return;
    }
    s->state |= SS_CLOSING;
    s->linger_until = now_seconds() + SO_LINGER_SECONDS;
    if (s->state & SS_CONNECTING) return;
    if (flush_queue(s) != SOE_OK) so_release_fd(s);
    else if (!so_queued(s)) begin_drain(s);
}

int so_setopt(so *s, int opt, int value) {
    switch (opt) {
    case SO_OPT_WANT_READ:
        s->want_read = value != 0;
        return SOE_OK;
    case SO_OPT_NODELAY:
        if (s->type != SO_STREAM) return SOE_STATE;
        return setsockopt(s->fd, IPPROTO_TCP, TCP_NODELAY, &value, sizeof value) < 0
             ? SOE_STATE : SOE_OK;
    default:
        return SOE_STATE;
    }
}

int so_getopt(const so *s, int opt) {
    if (opt == SO_OPT_WANT_READ) return s->want_read;
    if (opt == SO_OPT_NODELAY && s->type == SO_STREAM && s->fd >= 0) {
        int v = 0;
        socklen_t len = sizeof v;
        getsockopt(s->fd, IPPROTO_TCP, TCP_NODELAY, &v, &len);
        return v != 0;
    }
    return 0;
}

void so_set_upcall(so *s, so_upcall_fn *fn, void *arg) {
    s->upcall = fn;
    s->arg = arg;
}

int so_state(const so *s) { return s->state; }
int so_type(const so *s) { return s->type; }
int so_error(const so *s) { return s->error; }
int so_fd(const so *s) { return s->fd; }
void so_local_addr(const so *s, char *addr, int *port) { from_sin(&s->local, addr, port); }
void so_peer_addr(const so *s, char *addr, int *port) { from_sin(&s->peer, addr, port); }

const char *so_strerror(int err) {
    switch (err) {
    case SOE_OK: return "no error";
    case SOE_WOULDBLOCK: return "operation would block";
    case SOE_NOSOCK: return "no socket available";
    case SOE_BADADDR: return "bad address";
    case SOE_ADDRINUSE: return "address already in use";
    case SOE_BIND: return "bind failed";
    case SOE_LISTEN: return "listen failed";
    case SOE_ACCEPT: return "accept failed";
    case SOE_REFUSED: return "connection refused";
    case SOE_CONNECT: return "connect failed";
    case SOE_NOTCONN: return "not connected";
    case SOE_ISCONN: return "already connected";
    case SOE_STATE: return "not possible in this state";
    case SOE_SEND: return "connection broken";
    case SOE_RESET: return "connection reset by peer";
    case SOE_TOOBIG: return "datagram too large";
    default: return "unknown socket error";
    }
}

/* ------------------------------------------------------------- polling */
/* Frees the sockets that are closed; called between dispatch rounds. */
static void reap_closed(void) {
    int j = 0;
    for (int i = 0; i < table_n; i++) {
        so *s = table[i];
        if (s->state & SS_CLOSED) {
            free(s->sq);
            free(s);
        } else {
            table[j++] = s;
        }
    }
    table_n = j;
}

/* What poll() should watch for s at time now (0: nothing). */
static short interest(const so *s, double now) {
    if (s->state & SS_CLOSING) return s->draining ? POLLIN : POLLOUT;
    short ev = 0;
    if (s->state & SS_CONNECTING) return POLLOUT;
    if (s->want_read && !(s->state & SS_CANTRCVMORE) && now >= s->paused_until
        && (s->type == SO_DGRAM || (s->state & (SS_LISTENING | SS_CONNECTED))))
        ev |= POLLIN;
    if (so_queued(s)) ev |= POLLOUT;
    return ev;
}

/* Lowers *wait to the seconds until `when`, a deadline still ahead. */
static void deadline(double *wait, double when, double now) {
    if (wait && when > now && when - now < *wait) *wait = when - now;
}

int so_poll_prepare(struct pollfd **fds, double *wait) {
    reap_closed();
    if (pcap < table_n) {
        pcap = table_n;
        pfds = xrealloc(pfds, sizeof *pfds * (size_t)pcap);
        pso = xrealloc(pso, sizeof *pso * (size_t)pcap);
    }
    double now = now_seconds();
    int n = 0;
    for (int i = 0; i < table_n; i++) {
        so *s = table[i];
        if ((s->state & SS_CLOSING) && now > s->linger_until) {
            so_release_fd(s);
            continue;
        }
        if (s->state & SS_CLOSING) deadline(wait, s->linger_until, now);
        if (s->want_read) deadline(wait, s->paused_until, now);
        short ev = interest(s, now);
        if (!ev) continue;
        pfds[n].fd = s->fd;
        pfds[n].events = ev;
        pfds[n].revents = 0;
        pso[n++] = s;
    }
    *fds = pfds;
    return n;
}

static void upcall(so *s, int events) {
    if (s->upcall && events) s->upcall(s, events, s->arg);
}

/* The connect ended (POLLOUT, POLLERR or POLLHUP while connecting):
 * connected, or failed with the reason recorded. Returns SOE_OK or it. */
static int connect_result(so *s) {
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) err = errno;
    s->state &= ~SS_CONNECTING;
    if (err) {
        so_fail(s, err == ECONNREFUSED ? SOE_REFUSED : SOE_CONNECT);
        return s->error;
    }
    s->state |= SS_CONNECTED;
    learn_local(s);
    return SOE_OK;
}

/* CONNECTED, with DRAINED too when bytes queued meanwhile all went out. */
static void finish_connect(so *s) {
    int queued = so_queued(s) != 0;
    if (connect_result(s) != SOE_OK || flush_queue(s) != SOE_OK) {
        upcall(s, SO_EV_ERROR);
        return;
    }
    s->drain_pending = so_queued(s) != 0;
    upcall(s, SO_EV_CONNECTED | (queued && !so_queued(s) ? SO_EV_DRAINED : 0));
}

static void dispatch_one(so *s, short rev) {
    if (s->state & SS_CLOSING) {
        if (s->draining) {
            discard_input(s);
        } else if ((s->state & SS_CONNECTING) && connect_result(s) != SOE_OK) {
            so_release_fd(s);
        } else if (flush_queue(s) != SOE_OK) {
            so_release_fd(s);
        } else if (!so_queued(s)) {
            begin_drain(s);
        }
        return;
    }
    if (s->state & SS_CONNECTING) {
        if (rev & (POLLOUT | POLLERR | POLLHUP)) finish_connect(s);
        return;
    }
    int events = 0;
    if ((rev & (POLLOUT | POLLERR | POLLHUP)) && (s->state & SS_CONNECTED)) {
        if (flush_queue(s) != SOE_OK) {
            events |= SO_EV_ERROR;
        } else if (!so_queued(s) && s->drain_pending) {
            s->drain_pending = 0;
            events |= SO_EV_DRAINED;
        }
    }
    if ((rev & (POLLIN | POLLHUP | POLLERR)) && s->want_read) events |= SO_EV_READABLE;
    upcall(s, events);
}

void so_poll_dispatch(struct pollfd *fds, int n) {
    for (int i = 0; i < n; i++) {
        so *s = pso[i];
        if (fds[i].revents && !(s->state & SS_CLOSED)) dispatch_one(s, fds[i].revents);
    }
}

int so_count(void) {
    int n = 0;
    for (int i = 0; i < table_n; i++)
        if (!(table[i]->state & SS_CLOSED)) n++;
    return n;
}

void so_close_all(void) {
    for (int i = 0; i < table_n; i++) so_release_fd(table[i]);
    reap_closed();
    free(table);
    free(pfds);
    free(pso);
    table = NULL;
    pfds = NULL;
    pso = NULL;
    table_n = table_cap = pcap = 0;
}
