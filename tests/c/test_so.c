/*
 * test_so.c — unit tests of the kernel-style socket layer (net/so.c) over
 * loopback only: every socket binds or connects to 127.0.0.1, and every
 * port is an ephemeral one read back with so_local_addr. Events are driven
 * the way the backend drives them, by so_poll_prepare/poll/so_poll_dispatch
 * rounds until a condition holds or a deadline passes; no assertion rests
 * on a fixed sleep. Prints "N passed, N failed" last; exits 1 on any
 * failure.
 *
 * Built by `make test-c` with the sources on the Deps line:
 * Deps: src/net/so.c src/base/mem.c
 */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include "base/mem.h"
#include "net/so.h"

static int passed, failed;

#define CHECK(c) do { if (c) passed++; else { failed++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); } } while (0)

/* The big stream payload: byte i is i % 251, so a lost, doubled or moved
 * block shows up as a mismatch. Larger than any loopback socket buffer. */
#define BIG ((size_t)32 << 20)
static unsigned char *big;

/* ===================================================== event recording == */
/* What the upcall saw on one socket, and what it should do. */
typedef struct {
    int readable, connected, drained, error;    /* upcalls carrying each event */
    int reading;            /* 1: the upcall reads all that arrives (stream) */
    int close_self;         /* 1: the upcall closes `victim` and its own socket */
    so *victim;
    int closed;             /* the upcall did close */
    size_t got;             /* stream bytes read by the upcall */
    size_t bad;             /* reads that did not match `big` at their offset */
    char text[64];          /* the first bytes read, NUL-terminated */
    int eof;                /* so_receive answered 0 */
    int rerr;               /* so_receive answered an error other than WOULDBLOCK */
} rec;

static void note_bytes(rec *r, const unsigned char *p, size_t n) {
    if (r->got + n > BIG || memcmp(p, big + r->got, n) != 0) r->bad++;
    for (size_t i = 0; i < n && r->got + i < sizeof r->text - 1; i++)
        r->text[r->got + i] = (char)p[i];
    r->got += n;
}

/* Reads until nothing is left, as a backend's reader would. */
static void read_all(so *s, rec *r) {
    static unsigned char buf[65536];
    ssize_t n;
    while ((n = so_receive(s, buf, sizeof buf, NULL, NULL)) > 0) note_bytes(r, buf, (size_t)n);
    if (n == 0) r->eof = 1;
    else if (n != SOE_WOULDBLOCK) r->rerr = (int)n;
}

static void on_event(so *s, int events, void *arg) {
    rec *r = arg;
    r->readable += (events & SO_EV_READABLE) != 0;
    r->connected += (events & SO_EV_CONNECTED) != 0;
    r->drained += (events & SO_EV_DRAINED) != 0;
    r->error += (events & SO_EV_ERROR) != 0;
    if ((events & SO_EV_READABLE) && r->reading) read_all(s, r);
    if (r->close_self && !r->closed) {
        so_close(r->victim, 0);
        so_close(s, 0);
        r->closed = 1;
    }
}

static int upcalls(const rec *r) { return r->readable + r->connected + r->drained + r->error; }

/* ============================================================= driving == */
static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* One backend round: prepare, poll up to 50 ms, dispatch. Answers whether
 * `deadline` is still ahead. */
static int one_round(double deadline) {
    struct pollfd *fds;
    int n = so_poll_prepare(&fds, NULL);
    if (poll(fds, (nfds_t)n, 50) > 0) so_poll_dispatch(fds, n);
    return now_s() < deadline;
}

/* Runs rounds until `cond` holds or 10 s pass; the caller then checks it. */
#define WAIT(cond) do { double dl_ = now_s() + 10; \
    while (!(cond) && one_round(dl_)) {} } while (0)

static void rounds(int k) {
    while (k-- > 0) one_round(0);
}

/* A listener on 127.0.0.1, any port, whose events go to r. */
static so *listener(rec *r, int *port) {
    so *l;
    char a[16];
    CHECK(so_create(SO_STREAM, &l) == SOE_OK);
    so_set_upcall(l, on_event, r);
    CHECK(so_bind(l, "127.0.0.1", 0) == SOE_OK);
    CHECK(so_listen(l, 4) == SOE_OK);
    so_local_addr(l, a, port);
    return l;
}

/* *c connected over loopback to *a (accepted), events to rc and ra; the
 * listener is closed again. Answers 0 (and the test should stop) on failure. */
static int make_pair(so **c, rec *rc, so **a, rec *ra) {
    rec rl = {0};
    int port;
    so *l = listener(&rl, &port);
    CHECK(so_create(SO_STREAM, c) == SOE_OK);
    so_set_upcall(*c, on_event, rc);
    CHECK(so_connect(*c, "127.0.0.1", port) == SOE_OK);
    WAIT(rc->connected && rl.readable);
    CHECK(so_accept(l, a) == SOE_OK);
    so_close(l, 0);
    if (!*a || !rc->connected) return 0;
    so_set_upcall(*a, on_event, ra);
    return 1;
}

/* ================================================================ tests == */
/* Calls that do not fit the socket's state or name a bad address. */
static void test_refusals(void) {
    so *s, *t, *d, *x = (so *)&x;            /* x: not NULL until so_create clears it */
    char a[16], buf[8];
    int p;
    CHECK(so_count() == 0);
    CHECK(so_create(3, &x) == SOE_STATE && x == NULL);
    CHECK(so_create(SO_STREAM, &s) == SOE_OK && so_fd(s) >= 0);
    CHECK(so_type(s) == SO_STREAM && so_state(s) == 0 && so_error(s) == SOE_OK);
    CHECK(so_create(SO_DGRAM, &d) == SOE_OK && so_type(d) == SO_DGRAM);
    CHECK(so_count() == 2);
    so_local_addr(s, a, &p);
    CHECK(strcmp(a, "0.0.0.0") == 0 && p == 0);
    so_peer_addr(s, a, &p);
    CHECK(strcmp(a, "0.0.0.0") == 0 && p == 0);

    CHECK(so_listen(s, 4) == SOE_STATE);                 /* not bound */
    CHECK(so_send(s, "x", 1) == SOE_NOTCONN);
    CHECK(so_receive(s, buf, sizeof buf, NULL, NULL) == SOE_NOTCONN);
    CHECK(so_shutdown(s, SHUT_WR) == SOE_NOTCONN);
    CHECK(so_accept(s, &x) == SOE_STATE && x == NULL);
    CHECK(so_bind(s, "nonsense", 0) == SOE_BADADDR);
    CHECK(so_bind(s, "1.2.3", 0) == SOE_BADADDR);
    CHECK(so_bind(s, "127.0.0.1", 70000) == SOE_BADADDR);
    CHECK(so_bind(s, "127.0.0.1", -1) == SOE_BADADDR);
    CHECK(so_connect(s, "nonsense", 1) == SOE_BADADDR);
    CHECK(so_connect(s, "1.2.3", 1) == SOE_BADADDR);
    CHECK(so_connect(s, "127.0.0.1", 70000) == SOE_BADADDR);
    CHECK(so_connect(s, "", 1) == SOE_BADADDR);
    CHECK(so_connect(s, NULL, 1) == SOE_BADADDR);
    CHECK(so_state(s) == 0);                             /* nothing stuck */

    CHECK(so_bind(s, "127.0.0.1", 0) == SOE_OK && so_state(s) == SS_BOUND);
    so_local_addr(s, a, &p);
    CHECK(strcmp(a, "127.0.0.1") == 0 && p > 0);
    CHECK(so_bind(s, "127.0.0.1", 0) == SOE_STATE);      /* twice */
    CHECK(so_listen(s, 4) == SOE_OK && so_state(s) == (SS_BOUND | SS_LISTENING));
    CHECK(so_listen(s, 4) == SOE_STATE);
    CHECK(so_accept(s, &x) == SOE_WOULDBLOCK && x == NULL);
    CHECK(so_connect(s, "127.0.0.1", p) == SOE_STATE);
    CHECK(so_send(s, "x", 1) == SOE_NOTCONN);
    CHECK(so_create(SO_STREAM, &t) == SOE_OK);
    CHECK(so_bind(t, "127.0.0.1", p) == SOE_ADDRINUSE);
    CHECK(so_state(t) == 0);

    CHECK(so_listen(d, 4) == SOE_STATE);
    CHECK(so_bind(d, "127.0.0.1", 0) == SOE_OK);
    CHECK(so_listen(d, 4) == SOE_STATE);
    CHECK(so_connect(d, "127.0.0.1", p) == SOE_STATE);
    CHECK(so_send(d, "x", 1) == SOE_STATE);
    CHECK(so_sendto(s, "x", 1, "127.0.0.1", p) == SOE_STATE);
    CHECK(so_shutdown(d, SHUT_WR) == SOE_NOTCONN);
    CHECK(so_setopt(d, SO_OPT_NODELAY, 1) == SOE_STATE && so_getopt(d, SO_OPT_NODELAY) == 0);
    CHECK(so_setopt(s, 99, 1) == SOE_STATE && so_getopt(s, 99) == 0);

    CHECK(strstr(so_strerror(SOE_REFUSED), "refused") != NULL);
    CHECK(strcmp(so_strerror(SOE_OK), "no error") == 0);
    CHECK(strcmp(so_strerror(-99), "unknown socket error") == 0);
    for (int e = SOE_WOULDBLOCK; e >= SOE_TOOBIG; e--)
        CHECK(strcmp(so_strerror(e), so_strerror(-99)) != 0
              && strcmp(so_strerror(e), so_strerror(e + 1)) != 0);

    so_close(NULL, 0);
    CHECK(so_count() == 3);
    so_close(s, 0);
    so_close(t, 1);
    CHECK(so_count() == 1);
    so_close(d, 0);
    CHECK(so_count() == 0);
    struct pollfd *fds;
    CHECK(so_poll_prepare(&fds, NULL) == 0 && so_count() == 0);
}

/* Connect, accept, addresses, data both ways, end of stream. */
static void test_stream(void) {
    rec rl = {0}, rc = {0}, ra = {0};
    so *c, *a = NULL, *x;
    char la[16], lc[16], pa[16], pc[16], buf[16];
    int lp, cp, pap, pcp, p;
    so *l = listener(&rl, &p);
    so_local_addr(l, la, &lp);
    CHECK(strcmp(la, "127.0.0.1") == 0 && lp == p && lp > 0);
    CHECK(so_create(SO_STREAM, &c) == SOE_OK);
    so_set_upcall(c, on_event, &rc);
    CHECK(so_connect(c, "127.0.0.1", lp) == SOE_OK);
    CHECK((so_state(c) & (SS_CONNECTING | SS_CONNECTED)) == SS_CONNECTING);
    CHECK(so_connect(c, "127.0.0.1", lp) == SOE_ISCONN);
    CHECK(so_bind(c, "127.0.0.1", 0) == SOE_STATE);
    CHECK(so_listen(c, 4) == SOE_STATE);
    WAIT(rc.connected && rl.readable);
    CHECK(rc.connected == 1 && rc.error == 0 && rc.drained == 0 && so_error(c) == SOE_OK);
    CHECK((so_state(c) & (SS_CONNECTING | SS_CONNECTED)) == SS_CONNECTED);
    CHECK(so_connect(c, "127.0.0.1", lp) == SOE_ISCONN);
    CHECK(rl.readable > 0);
    CHECK(so_accept(l, &a) == SOE_OK && a != NULL);
    if (!a) return;
    CHECK(so_accept(l, &x) == SOE_WOULDBLOCK && x == NULL);
    so_close(l, 0);
    so_set_upcall(a, on_event, &ra);
    CHECK(so_state(a) == (SS_BOUND | SS_CONNECTED));

    so_local_addr(c, lc, &cp);
    so_peer_addr(c, pc, &pcp);
    so_local_addr(a, la, &lp);
    so_peer_addr(a, pa, &pap);
    CHECK(strcmp(pc, "127.0.0.1") == 0 && pcp == p);
    CHECK(strcmp(la, "127.0.0.1") == 0 && lp == p);
    CHECK(strcmp(lc, "127.0.0.1") == 0 && cp > 0 && cp != p);
    CHECK(strcmp(pa, lc) == 0 && pap == cp);

    ra.reading = 1;
    CHECK(so_send(c, "hello", 5) == SOE_OK && so_queued(c) == 0);
    WAIT(ra.got >= 5);
    CHECK(ra.got == 5 && strcmp(ra.text, "hello") == 0 && !ra.eof);
    CHECK(so_receive(a, buf, sizeof buf, NULL, NULL) == SOE_WOULDBLOCK);
    CHECK(so_send(a, "world!", 6) == SOE_OK);
    WAIT(rc.readable);
    CHECK(so_receive(c, buf, 3, NULL, NULL) == 3 && memcmp(buf, "wor", 3) == 0);
    CHECK(so_receive(c, buf, sizeof buf, NULL, NULL) == 3 && memcmp(buf, "ld!", 3) == 0);
    CHECK(so_receive(c, buf, sizeof buf, NULL, NULL) == SOE_WOULDBLOCK);
    CHECK(rc.drained == 0 && ra.drained == 0);         /* nothing ever waited */

    int n = so_count(), r0 = rc.readable;
    so_close(a, 0);
    CHECK(so_count() == n);             /* a drains: FIN sent, reading c out */
    WAIT(rc.readable > r0);
    CHECK(so_receive(c, buf, sizeof buf, NULL, NULL) == 0);
    CHECK((so_state(c) & SS_CANTRCVMORE) != 0);
    CHECK(so_receive(c, buf, sizeof buf, NULL, NULL) == 0);
    r0 = rc.readable;
    rounds(3);
    CHECK(rc.readable == r0);                           /* no READABLE after the end */
    so_close(c, 0);
    CHECK(so_count() == n - 1);         /* c had seen the end: gone at once */
    WAIT(so_count() == n - 2);          /* a sees c's end and goes too */
}

/* A free port, found by binding and closing again. */
static int free_port(void) {
    so *t;
    char a[16];
    int p = 0;
    CHECK(so_create(SO_STREAM, &t) == SOE_OK);
    CHECK(so_bind(t, "127.0.0.1", 0) == SOE_OK);
    so_local_addr(t, a, &p);
    so_close(t, 0);
    return p;
}

/* A connect to a port nobody listens on: ERROR, then SOE_REFUSED. */
static void test_refused(void) {
    rec rc = {0};
    so *c;
    int p = free_port();
    CHECK(so_create(SO_STREAM, &c) == SOE_OK);
    so_set_upcall(c, on_event, &rc);
    CHECK(so_connect(c, "127.0.0.1", p) == SOE_OK);
    WAIT(rc.error);
    CHECK(rc.error == 1 && rc.connected == 0 && so_error(c) == SOE_REFUSED);
    CHECK((so_state(c) & (SS_CONNECTING | SS_CONNECTED)) == 0);
    CHECK(so_send(c, "x", 1) == SOE_REFUSED);
    rounds(2);
    CHECK(rc.error == 1);
    so_close(c, 0);
}

/* 32 MB in one so_send while the peer does not read: the queue holds the
 * rest, DRAINED comes once when the peer has read it all. */
static void test_queue(void) {
    rec rc = {0}, ra = {0};
    so *c, *a;
    if (!make_pair(&c, &rc, &a, &ra)) return;
    CHECK(so_setopt(a, SO_OPT_WANT_READ, 0) == SOE_OK);
    CHECK(so_send(c, big, BIG) == SOE_OK);
    size_t q = so_queued(c);
    CHECK(q > 0 && q < BIG);
    rounds(3);
    CHECK(so_queued(c) > 0 && rc.drained == 0 && ra.readable == 0);
    ra.reading = 1;
    so_setopt(a, SO_OPT_WANT_READ, 1);
    WAIT(ra.got == BIG && rc.drained);
    CHECK(ra.got == BIG && ra.bad == 0 && !ra.eof && !ra.rerr);
    CHECK(so_queued(c) == 0 && rc.drained == 1 && rc.error == 0);
    rounds(3);
    CHECK(rc.drained == 1);
    so_close(a, 0);
    so_close(c, 0);
}

/* so_close with a queue lingers until the peer has every byte; abort
 * drops the queue. */
static void test_close(void) {
    rec rc = {0}, ra = {0};
    so *c, *a;
    if (!make_pair(&c, &rc, &a, &ra)) return;
    so_setopt(a, SO_OPT_WANT_READ, 0);
    CHECK(so_send(c, big, BIG / 2) == SOE_OK);
    CHECK(so_send(c, big + BIG / 2, BIG - BIG / 2) == SOE_OK);
    CHECK(so_queued(c) > BIG / 2);
    int n = so_count(), u = upcalls(&rc);
    so_close(c, 0);
    CHECK(so_state(c) & SS_CLOSING);            /* still readable until the next prepare */
    CHECK(so_count() == n);
    ra.reading = 1;
    so_setopt(a, SO_OPT_WANT_READ, 1);
    WAIT(ra.eof || ra.rerr);
    CHECK(ra.got == BIG && ra.bad == 0 && ra.eof && !ra.rerr);
    WAIT(so_count() == n - 1);
    CHECK(so_count() == n - 1 && upcalls(&rc) == u);
    so_close(a, 0);

    memset(&rc, 0, sizeof rc);
    memset(&ra, 0, sizeof ra);
    if (!make_pair(&c, &rc, &a, &ra)) return;
    so_setopt(a, SO_OPT_WANT_READ, 0);
    CHECK(so_send(c, big, BIG) == SOE_OK);
    size_t q = so_queued(c);
    CHECK(q > 0);
    n = so_count();
    so_close(c, 1);
    CHECK(so_count() == n - 1);
    ra.reading = 1;
    so_setopt(a, SO_OPT_WANT_READ, 1);
    WAIT(ra.eof || ra.rerr);
    CHECK(ra.eof || ra.rerr == SOE_RESET);
    CHECK(ra.got <= BIG - q && ra.bad == 0);
    so_close(a, 0);

    /* the peer goes away unread (a reset) while a queue waits and reads
     * are paused: ERROR, not READABLE */
    memset(&rc, 0, sizeof rc);
    memset(&ra, 0, sizeof ra);
    if (!make_pair(&c, &rc, &a, &ra)) return;
    so_setopt(a, SO_OPT_WANT_READ, 0);
    so_setopt(c, SO_OPT_WANT_READ, 0);
    CHECK(so_send(a, big, BIG) == SOE_OK && so_queued(a) > 0);
    so_close(c, 1);
    WAIT(ra.error);
    CHECK(ra.error == 1 && ra.readable == 0 && ra.drained == 0);
    CHECK(so_error(a) == SOE_RESET || so_error(a) == SOE_SEND);
    CHECK(so_queued(a) == 0 && (so_state(a) & SS_CANTSENDMORE));
    CHECK(so_send(a, "x", 1) == so_error(a));
    so_close(a, 0);
}

/* A reply, then a close, while the peer's request sits unread: the peer
 * still gets the whole reply and a clean end of stream, not a reset. */
static void test_close_unread(void) {
    rec rc = {0}, ra = {0};
    so *c, *a;
    if (!make_pair(&c, &rc, &a, &ra)) return;
    CHECK(so_send(c, "request", 7) == SOE_OK);
    WAIT(ra.readable);                          /* it is there; a never reads it */
    CHECK(so_send(a, big, BIG / 4) == SOE_OK);
    so_close(a, 0);
    rc.reading = 1;
    WAIT(rc.eof || rc.rerr);
    CHECK(rc.got == BIG / 4 && rc.bad == 0 && rc.eof && !rc.rerr);
    so_close(c, 0);
}

/* Closing sockets from inside upcalls: its own, another one, one with
 * bytes queued while it was connecting. */
static void test_close_in_upcall(void) {
    rec rc = {0}, ra = {0}, rl = {0};
    so *c, *a, *l;
    int p, n;
    if (!make_pair(&c, &rc, &a, &ra)) return;
    n = so_count();
    rc.close_self = 1;
    rc.victim = a;
    CHECK(so_send(c, "x", 1) == SOE_OK && so_send(a, "y", 1) == SOE_OK);
    WAIT(rc.closed);
    CHECK(rc.closed == 1 && so_count() == n - 2);
    int u = upcalls(&ra) + upcalls(&rc);
    rounds(2);
    CHECK(upcalls(&ra) + upcalls(&rc) == u);

    /* closes itself on CONNECTED, after the queue went out */
    memset(&rc, 0, sizeof rc);
    memset(&ra, 0, sizeof ra);
    rc.close_self = 1;
    l = listener(&rl, &p);
    CHECK(so_create(SO_STREAM, &c) == SOE_OK);
    so_set_upcall(c, on_event, &rc);
    CHECK(so_connect(c, "127.0.0.1", p) == SOE_OK);
    CHECK(so_send(c, "early", 5) == SOE_OK && so_queued(c) == 5);
    WAIT(rc.closed && rl.readable);
    CHECK(rc.connected == 1 && rc.drained == 1 && rc.error == 0);
    CHECK(so_accept(l, &a) == SOE_OK && a != NULL);
    if (!a) return;
    so_set_upcall(a, on_event, &ra);
    ra.reading = 1;
    WAIT(ra.eof || ra.rerr);
    CHECK(ra.eof && strcmp(ra.text, "early") == 0);
    so_close(a, 0);

    /* closed while still connecting, with bytes queued: they go out */
    memset(&ra, 0, sizeof ra);
    rl.readable = 0;
    CHECK(so_create(SO_STREAM, &c) == SOE_OK);
    CHECK(so_connect(c, "127.0.0.1", p) == SOE_OK);
    CHECK(so_send(c, "sent late", 9) == SOE_OK);
    CHECK(so_state(c) & SS_CONNECTING);
    so_close(c, 0);
    CHECK(so_state(c) & SS_CLOSING);
    WAIT(rl.readable);
    CHECK(so_accept(l, &a) == SOE_OK && a != NULL);
    if (!a) return;
    so_set_upcall(a, on_event, &ra);
    ra.reading = 1;
    WAIT(ra.eof || ra.rerr);
    CHECK(ra.eof && strcmp(ra.text, "sent late") == 0);
    so_close(a, 0);
    so_close(l, 0);
}

/* Datagrams both ways with the sender's address, boundaries kept, the
 * implicit bind of a first so_sendto, bad addresses, one too big. */
static void test_dgram(void) {
    rec ra = {0}, rb = {0}, rc = {0};
    so *a, *b, *c;
    char x[16], from[16], buf[16];
    int pa, pb, pc, fp;
    CHECK(so_create(SO_DGRAM, &a) == SOE_OK && so_create(SO_DGRAM, &b) == SOE_OK);
    so_set_upcall(a, on_event, &ra);
    so_set_upcall(b, on_event, &rb);
    CHECK(so_bind(a, "127.0.0.1", 0) == SOE_OK && so_bind(b, "127.0.0.1", 0) == SOE_OK);
    so_local_addr(a, x, &pa);
    so_local_addr(b, x, &pb);
    CHECK(pa > 0 && pb > 0 && pa != pb);
    CHECK(so_receive(b, buf, sizeof buf, from, &fp) == SOE_WOULDBLOCK);

    CHECK(so_sendto(a, "ping", 4, "127.0.0.1", pb) == SOE_OK);
    WAIT(rb.readable);
    strcpy(from, "?");
    fp = 0;
    CHECK(so_receive(b, buf, sizeof buf, from, &fp) == 4 && memcmp(buf, "ping", 4) == 0);
    CHECK(strcmp(from, "127.0.0.1") == 0 && fp == pa);
    CHECK(so_sendto(b, "pong!", 5, from, fp) == SOE_OK);
    WAIT(ra.readable);
    CHECK(so_receive(a, buf, sizeof buf, from, &fp) == 5 && memcmp(buf, "pong!", 5) == 0);
    CHECK(strcmp(from, "127.0.0.1") == 0 && fp == pb);
    CHECK(so_receive(a, buf, sizeof buf, from, &fp) == SOE_WOULDBLOCK);

    /* boundaries kept */
    CHECK(so_sendto(a, "one", 3, "127.0.0.1", pb) == SOE_OK);
    CHECK(so_sendto(a, "two!", 4, "127.0.0.1", pb) == SOE_OK);
    int r0 = rb.readable;
    WAIT(rb.readable > r0);
    CHECK(so_receive(b, buf, sizeof buf, NULL, NULL) == 3 && memcmp(buf, "one", 3) == 0);
    r0 = rb.readable;
    WAIT(rb.readable > r0);
    CHECK(so_receive(b, buf, sizeof buf, NULL, NULL) == 4 && memcmp(buf, "two!", 4) == 0);

    /* an unbound sender is bound by its first datagram */
    CHECK(so_create(SO_DGRAM, &c) == SOE_OK);
    so_set_upcall(c, on_event, &rc);
    CHECK(so_sendto(c, "hi", 2, "127.0.0.1", pb) == SOE_OK);
    CHECK(so_state(c) & SS_BOUND);
    so_local_addr(c, x, &pc);
    CHECK(pc > 0);
    r0 = rb.readable;
    WAIT(rb.readable > r0);
    CHECK(so_receive(b, buf, sizeof buf, from, &fp) == 2 && fp == pc);

    CHECK(so_sendto(a, "x", 1, "nonsense", pb) == SOE_BADADDR);
    CHECK(so_sendto(a, "x", 1, "1.2.3", pb) == SOE_BADADDR);
    CHECK(so_sendto(a, "x", 1, "127.0.0.1", 70000) == SOE_BADADDR);
    CHECK(so_sendto(a, "x", 1, "", pb) == SOE_BADADDR);
    CHECK(so_sendto(a, "x", 1, NULL, pb) == SOE_BADADDR);
    CHECK(so_sendto(a, big, 70000, "127.0.0.1", pb) == SOE_TOOBIG);
    rounds(2);
    CHECK(so_receive(b, buf, sizeof buf, NULL, NULL) == SOE_WOULDBLOCK);
    so_close(a, 0);
    so_close(b, 0);
    so_close(c, 0);
}

/* SO_OPT_WANT_READ pauses READABLE while data waits; NODELAY round trip. */
static void test_options(void) {
    rec rc = {0}, ra = {.reading = 1};
    so *c, *a;
    if (!make_pair(&c, &rc, &a, &ra)) return;
    CHECK(so_getopt(a, SO_OPT_WANT_READ) == 1);
    CHECK(so_setopt(a, SO_OPT_WANT_READ, 0) == SOE_OK && so_getopt(a, SO_OPT_WANT_READ) == 0);
    CHECK(so_send(c, "abc", 3) == SOE_OK);
    struct pollfd pf = { so_fd(a), POLLIN, 0 };
    CHECK(poll(&pf, 1, 5000) == 1);                     /* the data waits */
    rounds(4);
    CHECK(ra.readable == 0);
    CHECK(so_setopt(a, SO_OPT_WANT_READ, 7) == SOE_OK && so_getopt(a, SO_OPT_WANT_READ) == 1);
    WAIT(ra.got == 3);
    CHECK(ra.readable > 0 && strcmp(ra.text, "abc") == 0);

    CHECK(so_getopt(c, SO_OPT_NODELAY) == 0);
    CHECK(so_setopt(c, SO_OPT_NODELAY, 1) == SOE_OK && so_getopt(c, SO_OPT_NODELAY) == 1);
    CHECK(so_setopt(c, SO_OPT_NODELAY, 0) == SOE_OK && so_getopt(c, SO_OPT_NODELAY) == 0);
    CHECK(so_setopt(c, 99, 1) == SOE_STATE);
    so_close(a, 0);
    so_close(c, 0);
}

/* SHUT_WR: the peer reads the end, even behind a queue; SHUT_RD. */
static void test_shutdown(void) {
    rec rc = {0}, ra = {0};
    so *c, *a;
    char buf[8];
    if (!make_pair(&c, &rc, &a, &ra)) return;
    ra.reading = rc.reading = 1;
    CHECK(so_send(c, "bye", 3) == SOE_OK);
    CHECK(so_shutdown(c, SHUT_WR) == SOE_OK);
    CHECK((so_state(c) & (SS_CANTSENDMORE | SS_CANTRCVMORE)) == SS_CANTSENDMORE);
    CHECK(so_send(c, "x", 1) == SOE_SEND);
    WAIT(ra.eof);
    CHECK(ra.eof && ra.got == 3 && strcmp(ra.text, "bye") == 0);
    CHECK(so_send(a, "still", 5) == SOE_OK);            /* the other way is open */
    WAIT(rc.got == 5);
    CHECK(strcmp(rc.text, "still") == 0 && !rc.eof);
    so_close(a, 0);
    WAIT(rc.eof);
    CHECK(rc.eof && rc.error == 0);
    so_close(c, 0);

    /* shutdown behind a queue: the queue goes out first */
    memset(&rc, 0, sizeof rc);
    memset(&ra, 0, sizeof ra);
    if (!make_pair(&c, &rc, &a, &ra)) return;
    so_setopt(a, SO_OPT_WANT_READ, 0);
    CHECK(so_send(c, big, BIG) == SOE_OK && so_queued(c) > 0);
    CHECK(so_shutdown(c, SHUT_WR) == SOE_OK);
    ra.reading = 1;
    so_setopt(a, SO_OPT_WANT_READ, 1);
    WAIT(ra.eof || ra.rerr);
    CHECK(ra.got == BIG && ra.bad == 0 && ra.eof && !ra.rerr);
    CHECK(rc.error == 0 && rc.drained == 1 && so_queued(c) == 0);

    /* reading side */
    CHECK(so_shutdown(a, 99) == SOE_STATE);
    CHECK(so_shutdown(a, SHUT_RD) == SOE_OK && (so_state(a) & SS_CANTRCVMORE));
    CHECK(so_receive(a, buf, sizeof buf, NULL, NULL) == 0);
    so_close(a, 0);
    so_close(c, 0);
}

/* so_count through a close and a round; so_close_all with everything open. */
static void test_count_and_close_all(void) {
    rec rc = {0}, ra = {0}, rl = {0};
    so *c, *a, *d;
    int p;
    CHECK(so_count() == 0);
    CHECK(so_create(SO_DGRAM, &d) == SOE_OK && so_count() == 1);
    so_close(d, 0);
    rounds(1);
    CHECK(so_count() == 0);
    if (!make_pair(&c, &rc, &a, &ra)) return;
    so *l = listener(&rl, &p);
    so_setopt(a, SO_OPT_WANT_READ, 0);
    CHECK(so_send(c, big, BIG) == SOE_OK && so_queued(c) > 0);
    so_close(c, 0);                                     /* lingering */
    CHECK(so_count() == 3 && l != NULL);
    so_close_all();
    CHECK(so_count() == 0);
    struct pollfd *fds;
    CHECK(so_poll_prepare(&fds, NULL) == 0);
    CHECK(so_create(SO_STREAM, &c) == SOE_OK && so_count() == 1);  /* usable again */
    so_close_all();
    CHECK(so_count() == 0);
}

int main(void) {
    big = xmalloc(BIG);
    for (size_t i = 0; i < BIG; i++) big[i] = (unsigned char)(i % 251);
    test_refusals();
    test_stream();
    test_refused();
    test_queue();
    test_close();
    test_close_unread();
    test_close_in_upcall();
    test_dgram();
    test_options();
    test_shutdown();
    test_count_and_close_all();
    free(big);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
