/*
 * lsock.c — the LPC socket table: modes, MudOS states, owners, callbacks,
 * and the ownership transaction of socket_release / socket_acquire.
 *
 * Slots are allocated one by one and never moved or freed while the driver
 * runs, so a pointer to a slot stays valid across callbacks into LPC; a
 * slot's `gen` changes every time it is closed, which is how code that
 * called out to LPC learns that its socket went away meanwhile.
 *
 * Events arrive from so.c through on_event(), which runs the callbacks
 * through rt_callback: top-level evaluations with a fresh eval budget, no
 * this_player(), errors logged and handed to the master.
 *
 * Reading follows 2.7: one read per event per socket (poll is level
 * triggered, so the rest comes on the next turn, fairly among sockets); a
 * listening socket that has announced a connection is not polled again
 * until socket_accept is called.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lsock.h"
#include "so.h"
#include "../base/dlog.h"
#include "../base/mem.h"
#include "../efun/save.h"
#include "../runtime/config.h"
#include "../runtime/object.h"
#include "../runtime/rt_hooks.h"
#include "../runtime/runtime.h"
#include "../vm/vm.h"

/* 2.7's states but CLOSING: a closed socket's slot is free at once (so.c
 * finishes the flush on its own). */
enum ls_state { ST_CLOSED, ST_UNBOUND, ST_BOUND, ST_LISTEN, ST_DATA_XFER };

enum ls_flag {
    LF_CONNECTING = 1 << 0,     /* socket_connect started; write_cb when done */
    LF_WACCEPT    = 1 << 1,     /* listen_cb told of a connection, not accepted yet */
    LF_RELEASE    = 1 << 2      /* inside socket_release's callback */
};

typedef struct staged {          /* a write held back during a transfer */
    struct staged *next;
    char *data;                  /* the encoded bytes (owned) */
    size_t len;
    char host[64];               /* datagram destination */
    int port;
} staged;

typedef struct txn {             /* an open socket_release */
    object *to;                  /* the only object that may acquire */
    int acquired;
    object *old_owner;           /* snapshot taken at acquire */
    svalue old_read, old_write, old_close;
    staged *first, **last;
    int close_requested;
} txn;

typedef struct lsock {
    so *so;                      /* NULL: slot free */
    unsigned gen;
    int mode, state, flags;
    object *owner;               /* counted */
    svalue read_cb, write_cb, close_cb;
    txn *txn;
    /* MUD mode: bytes read and not yet delivered, in[0 .. in_len) */
    char *in;
    size_t in_len, in_cap;
} lsock;

static lsock **tab;
static int ntab;

static int binary_mode(int mode) { return mode == LS_STREAM_BINARY || mode == LS_DATAGRAM_BINARY; }
static int dgram_mode(int mode) { return mode == LS_DATAGRAM || mode == LS_DATAGRAM_BINARY; }

static lsock *slot(int fd) {
    return fd >= 0 && fd < ntab && tab[fd]->so ? tab[fd] : NULL;
}

static void cb_set(svalue *dst, const svalue *src) {
    sv_free(dst);
    if (src && (src->type == T_STRING || src->type == T_FUNCTION)) sv_copy(dst, src);
}

static int new_slot(void) {
    for (int i = 0; i < ntab; i++)
        if (!tab[i]->so) return i;
    tab = xrealloc(tab, sizeof *tab * (size_t)(ntab + 10));
    for (int i = ntab; i < ntab + 10; i++) tab[i] = xcalloc(1, sizeof **tab);
    ntab += 10;
    return ntab - 10;
}

static void on_event(so *s, int events, void *arg);

static int claim(int i, so *s, int mode, int state) {
    lsock *ls = tab[i];
    ls->so = s;
    ls->mode = mode;
    ls->state = state;
    ls->flags = 0;
    ls->owner = obj_ref(vm_current_object);
    so_set_upcall(s, on_event, (void *)(intptr_t)i);
    return i;
}

/* Frees the slot's state and gives the so back (flushing unless abort). */
static void release_slot(lsock *ls, int abort) {
    so_close(ls->so, abort);
    ls->so = NULL;
    ls->gen++;
    ls->state = ST_CLOSED;
    ls->flags = 0;
    ls->txn = NULL;
    sv_free(&ls->read_cb);
    sv_free(&ls->write_cb);
    sv_free(&ls->close_cb);
    if (ls->owner) obj_free(ls->owner);
    ls->owner = NULL;
    free(ls->in);
    ls->in = NULL;
    ls->in_len = ls->in_cap = 0;
}

/* The connection ended under the socket (end of stream, error, refused
 * connect, bad MUD packet): close_cb(fd), then the slot is freed; unless
 * `abort`, output still queued is sent first. */
static void drop(int fd, lsock *ls, int abort) {
    unsigned gen = ls->gen;
    push_int(fd);
    rt_callback(&ls->close_cb, ls->owner, 1);
    if (ls->gen == gen && ls->so) release_slot(ls, abort);
}

/* ------------------------------------------------------------ reading */
static char rbuf[65536];            /* one read: a whole datagram, or a stream chunk */

/* A text-mode read is a string up to its first NUL, as 2.7 gave it. */
static void deliver_bytes(int fd, lsock *ls, const char *data, size_t n, const char *from) {
    push_int(fd);
    if (binary_mode(ls->mode)) {
        buffer *b = buf_new(n);
        memcpy(b->data, data, n);
        sv_set_buf(++vm_sp, b);
    } else {
        push_str(str_new(data, strnlen(data, n)));
    }
    if (from) push_cstr(from);
    rt_callback(&ls->read_cb, ls->owner, from ? 3 : 2);
}

typedef struct restore_req { const char *text; size_t len; svalue v; int err; } restore_req;

static void restore_body(void *p) {
    restore_req *r = p;
    r->err = restore_value(r->text, r->len, &r->v);
}

/* A whole MUD-mode message (len bytes of text) arrived: its value goes
 * to read_cb. The text ends at its first NUL; text that breaks off reads
 * as undefined, text that is no value at all as a plain 0 (2.7's restore
 * rules). */
static void deliver_value(int fd, lsock *ls, const char *text, size_t len) {
    restore_req r = { text, strnlen(text, len), { .type = T_INT }, ROB_OK };
    push_int(fd);
    if (vm_protect(restore_body, &r, 0) || r.err != ROB_OK)    /* r.v holds 0 then */
        r.v = (svalue){ .type = T_INT, .subtype = ST_UNDEFINED };
    *++vm_sp = r.v;
    rt_callback(&ls->read_cb, ls->owner, 2);
}

static uint32_t frame_length(const char *p) {
    const unsigned char *h = (const unsigned char *)p;
    return (uint32_t)h[0] << 24 | (uint32_t)h[1] << 16 | (uint32_t)h[2] << 8 | h[3];
}

/* One read of a MUD-mode socket, then every whole message in the input
 * delivered in order; a callback may close the socket (delivery stops) or
 * hand it over (the rest goes to the new owner). The buffer grows to hold
 * one whole message, never more than the maximum byte transfer allows.
 * Returns so_receive's answer, or SOE_SEND for a length out of bounds. */
static ssize_t read_mud(int fd, lsock *ls) {
    if (ls->in_cap - ls->in_len < 4096) {
        ls->in_cap = ls->in_cap ? ls->in_cap * 2 : 8192;
        ls->in = xrealloc(ls->in, ls->in_cap);
    }
    ssize_t n = so_receive(ls->so, ls->in + ls->in_len, ls->in_cap - ls->in_len, NULL, NULL);
    if (n <= 0) return n;
    ls->in_len += (size_t)n;
    unsigned gen = ls->gen;
    size_t off = 0;
    while (ls->in_len - off >= 4) {
        uint32_t len = frame_length(ls->in + off);
        if (len == 0 || len > (uint64_t)cfg.max_byte_transfer) {
            dlog("socket %d: MUD-mode message of %u bytes refused (maximum byte transfer %lld); closing.",
                 fd, len, (long long)cfg.max_byte_transfer);
            return SOE_SEND;
        }
        if (ls->in_len - off - 4 < len) {
            if (ls->in_cap < (size_t)len + 4) {
                ls->in_cap = (size_t)len + 4;
                ls->in = xrealloc(ls->in, ls->in_cap);
            }
            break;
        }
        deliver_value(fd, ls, ls->in + off + 4, len);
        if (ls->gen != gen) return n;           /* closed: the buffer went with it */
        off += 4 + (size_t)len;
    }
    memmove(ls->in, ls->in + off, ls->in_len - off);
    ls->in_len -= off;
    return n;
}

static void on_readable(int fd, lsock *ls) {
    if (ls->state == ST_LISTEN) {
        if (ls->flags & LF_WACCEPT) return;
        ls->flags |= LF_WACCEPT;
        so_setopt(ls->so, SO_OPT_WANT_READ, 0);
        push_int(fd);
        rt_callback(&ls->read_cb, ls->owner, 1);
        return;
    }
    ssize_t n;
    if (dgram_mode(ls->mode)) {
        char addr[16], from[32];
        int port;
        n = so_receive(ls->so, rbuf, sizeof rbuf, addr, &port);
        if (n >= 0) {
            snprintf(from, sizeof from, "%s %d", addr, port);
            deliver_bytes(fd, ls, rbuf, (size_t)n, from);
        }
        return;                      /* a datagram socket has no end */
    }
    if (ls->state != ST_DATA_XFER) return;
    if (ls->mode == LS_MUD) {
        n = read_mud(fd, ls);
    } else {
        n = so_receive(ls->so, rbuf, sizeof rbuf, NULL, NULL);
        if (n > 0) deliver_bytes(fd, ls, rbuf, (size_t)n, NULL);
    }
    /* At the peer's end of stream what is still queued goes out (it may
     * only have shut down its sending side); an error drops it. */
    if (n == 0 || (n < 0 && n != SOE_WOULDBLOCK)) drop(fd, ls, n != 0);
}

/* so.c's upcall. arg is the slot number. */
static void on_event(so *s, int events, void *arg) {
    int fd = (int)(intptr_t)arg;
    lsock *ls = tab[fd];
    unsigned gen = ls->gen;
    if (ls->so != s) return;
    if (events & SO_EV_ERROR) {
        drop(fd, ls, 1);
        return;
    }
    if (events & SO_EV_CONNECTED) ls->flags &= ~LF_CONNECTING;
    if (events & (SO_EV_CONNECTED | SO_EV_DRAINED)) {
        push_int(fd);
        rt_callback(&ls->write_cb, ls->owner, 1);
        if (ls->gen != gen) return;
    }
    if (events & SO_EV_READABLE) on_readable(fd, ls);
}

/* ------------------------------------------------------------ the calls */
static int so_to_ee(int err) {
    switch (err) {
    case SOE_OK: return EESUCCESS;
    case SOE_WOULDBLOCK: return EEWOULDBLOCK;
    case SOE_NOSOCK: return EESOCKET;
    case SOE_BADADDR: return EEBADADDR;
    case SOE_ADDRINUSE: return EEADDRINUSE;
    case SOE_BIND: return EEBIND;
    case SOE_LISTEN: return EELISTEN;
    case SOE_ACCEPT: return EEACCEPT;
    case SOE_REFUSED: return EECONNREFUSED;
    case SOE_CONNECT: return EECONNECT;
    case SOE_NOTCONN: return EENOTCONN;
    case SOE_ISCONN: return EEISCONN;
    default: return EESEND;
    }
}

/* The checks every call on an existing socket starts with. */
static int check_owned(int fd, lsock **out) {
    if (fd < 0 || fd >= ntab) return EEFDRANGE;
    lsock *ls = slot(fd);
    if (!ls) return EEBADF;
    if (ls->owner != vm_current_object) return EESECURITY;
    *out = ls;
    return EESUCCESS;
}

/* "a.b.c.d port" into host (cap bytes) and *port; 0 if malformed. */
static int split_addr(const char *addr_port, char *host, size_t cap, int *port) {
    const char *sp = addr_port ? strchr(addr_port, ' ') : NULL;
    if (!sp || (size_t)(sp - addr_port) >= cap) return 0;
    memcpy(host, addr_port, (size_t)(sp - addr_port));
    host[sp - addr_port] = 0;
    *port = atoi(sp + 1);
    return 1;
}

int lsock_create(int mode, const svalue *read_cb, const svalue *close_cb) {
    if (mode < LS_MUD || mode > LS_DATAGRAM_BINARY) return EEMODENOTSUPP;
    if (!vm_current_object || obj_destructed(vm_current_object)) return EESECURITY;
    so *s;
    if (so_create(dgram_mode(mode) ? SO_DGRAM : SO_STREAM, &s) != SOE_OK) return EESOCKET;
    int fd = claim(new_slot(), s, mode, ST_UNBOUND);
    cb_set(&tab[fd]->read_cb, read_cb);
    if (!dgram_mode(mode)) cb_set(&tab[fd]->close_cb, close_cb);
    return fd;
}

int lsock_bind(int fd, int port, const char *addr) {
    lsock *ls;
    int r = check_owned(fd, &ls);
    if (r != EESUCCESS) return r;
    if (ls->state != ST_UNBOUND) return EEISBOUND;
    char host[64];
    if (!addr) snprintf(host, sizeof host, "%s", cfg.mud_ip ? cfg.mud_ip : "");
    else if (!split_addr(addr, host, sizeof host, &port)) return EEBADADDR;
    r = so_bind(ls->so, host, port);
    if (r != SOE_OK) return so_to_ee(r);
    ls->state = ST_BOUND;
    return EESUCCESS;
}

int lsock_listen(int fd, const svalue *listen_cb) {
    lsock *ls;
    int r = check_owned(fd, &ls);
    if (r != EESUCCESS) return r;
    if (dgram_mode(ls->mode)) return EEMODENOTSUPP;
    if (ls->state == ST_UNBOUND) return EENOADDR;
    if (ls->state != ST_BOUND) return EEISCONN;
    if (so_listen(ls->so, 128) != SOE_OK) return EELISTEN;   /* 2.7 had 5: storms lost connections */
    ls->state = ST_LISTEN;
    cb_set(&ls->read_cb, listen_cb);
    return EESUCCESS;
}

int lsock_accept(int fd, const svalue *read_cb, const svalue *write_cb) {
    lsock *ls;
    int r = check_owned(fd, &ls);
    if (r != EESUCCESS) return r;
    if (dgram_mode(ls->mode)) return EEMODENOTSUPP;
    if (ls->state != ST_LISTEN) return EENOTLISTN;
    ls->flags &= ~LF_WACCEPT;
    so_setopt(ls->so, SO_OPT_WANT_READ, 1);
    so *s;
    r = so_accept(ls->so, &s);
    if (r != SOE_OK) return so_to_ee(r);
    int nfd = claim(new_slot(), s, ls->mode, ST_DATA_XFER);
    lsock *n = tab[nfd];
    cb_set(&n->read_cb, read_cb);
    cb_set(&n->write_cb, write_cb);
    cb_set(&n->close_cb, &tab[fd]->close_cb);
    return nfd;
}

int lsock_connect(int fd, const char *addr_port, const svalue *read_cb, const svalue *write_cb) {
    lsock *ls;
    int r = check_owned(fd, &ls);
    if (r != EESUCCESS) return r;
    if (dgram_mode(ls->mode)) return EEMODENOTSUPP;
    if (ls->state == ST_LISTEN) return EEISLISTEN;
    if (ls->state == ST_DATA_XFER) return EEISCONN;
    char host[64];
    int port;
    if (!split_addr(addr_port, host, sizeof host, &port)) return EEBADADDR;
    cb_set(&ls->read_cb, read_cb);
    cb_set(&ls->write_cb, write_cb);
    r = so_connect(ls->so, host, port);
    if (r != SOE_OK) return so_to_ee(r);
    ls->state = ST_DATA_XFER;
    ls->flags |= LF_CONNECTING;
    return EESUCCESS;
}

/* ------------------------------------------------------------- writing */
static int depth_ok(const svalue *v, int depth) {
    if (v->type != T_ARRAY && v->type != T_CLASS && v->type != T_MAPPING) return 1;
    if (depth > SAVE_MAX_DEPTH) return 0;
    if (v->type == T_MAPPING) {
        uint32_t b;
        for (mnode *n = map_first(v->u.m, &b); n; n = map_next(v->u.m, n, &b))
            if (!depth_ok(&n->key, depth + 1) || !depth_ok(&n->val, depth + 1)) return 0;
        return 1;
    }
    for (uint32_t i = 0; i < v->u.a->size; i++)
        if (!depth_ok(&v->u.a->item[i], depth + 1)) return 0;
    return 1;
}

/* The bytes msg becomes on the wire in ls's mode: *out (malloc'd), *len. */
static int encode(const lsock *ls, const svalue *msg, char **out, size_t *len) {
    *out = NULL;
    *len = 0;
    if (ls->mode == LS_MUD) {
        if (msg->type == T_OBJECT) return EETYPENOTSUPP;
        if (!depth_ok(msg, 1)) return EEBADDATA;
        lstr *text = save_value_string(msg);
        uint32_t n = (uint32_t)text->len + 1;
        *out = xmalloc(n + 4);
        (*out)[0] = (char)(n >> 24);
        (*out)[1] = (char)(n >> 16);
        (*out)[2] = (char)(n >> 8);
        (*out)[3] = (char)n;
        memcpy(*out + 4, text->data, text->len + 1);
        *len = n + 4;
        str_free(text);
        return EESUCCESS;
    }
    if (msg->type == T_STRING) {
        /* A text datagram carries its NUL, as 2.7 sent it. */
        *len = msg->u.s->len + (dgram_mode(ls->mode) ? 1 : 0);
        *out = xmalloc(*len ? *len : 1);
        memcpy(*out, msg->u.s->data, msg->u.s->len);
        if (dgram_mode(ls->mode)) (*out)[msg->u.s->len] = 0;
        return EESUCCESS;
    }
    if (msg->type == T_BUFFER) {
        *len = msg->u.b->size;
        *out = xmalloc(*len ? *len : 1);
        memcpy(*out, msg->u.b->data, *len);
        return EESUCCESS;
    }
    if (msg->type == T_ARRAY && !dgram_mode(ls->mode)) {   /* 32-bit ints, host order */
        array *a = msg->u.a;
        *len = (size_t)a->size * 4;
        *out = xcalloc(*len ? *len : 1, 1);
        for (uint32_t i = 0; i < a->size; i++) {
            int32_t v = a->item[i].type == T_INT ? (int32_t)a->item[i].u.n
                      : a->item[i].type == T_FLOAT ? (int32_t)a->item[i].u.f : 0;
            memcpy(*out + i * 4, &v, 4);
        }
        return EESUCCESS;
    }
    return EETYPENOTSUPP;
}

/* Puts encoded bytes on the wire (taking `data`). */
static int transmit(int fd, lsock *ls, char *data, size_t len, const char *host, int port) {
    int r;
    if (dgram_mode(ls->mode)) {
        r = so_sendto(ls->so, data, len, host, port);
        free(data);
        return r == SOE_OK ? EESUCCESS : r == SOE_BADADDR ? EEBADADDR : EESENDTO;
    }
    r = so_send(ls->so, data, len);
    free(data);
    if (r != SOE_OK) {
        drop(fd, ls, 1);
        return EESEND;
    }
    return so_queued(ls->so) ? EECALLBACK : EESUCCESS;
}


/* Holds back a write (taking `data`) until the transfer is decided. */
static void stage(txn *t, char *data, size_t len, const char *host, int port) {
    staged *s = xcalloc(1, sizeof *s);
    s->data = data;
    s->len = len;
    snprintf(s->host, sizeof s->host, "%s", host);
    s->port = port;
    *t->last = s;
    t->last = &s->next;
}

int lsock_write(int fd, const svalue *msg, const char *addr_port) {
    lsock *ls;
    int r = check_owned(fd, &ls);
    if (r != EESUCCESS) return r;
    char host[64] = "";
    int port = 0;
    if (dgram_mode(ls->mode)) {
        if (!addr_port) return EENOADDR;
        if (!split_addr(addr_port, host, sizeof host, &port)) return EEBADADDR;
    } else {
        if (ls->state != ST_DATA_XFER) return EENOTCONN;
        if (addr_port) return EEBADADDR;
    }
    int staging = ls->txn && ls->txn->acquired;
    if (!staging && !dgram_mode(ls->mode) && ((ls->flags & LF_CONNECTING) || so_queued(ls->so)))
        return EEALREADY;
    char *data;
    size_t len;
    r = encode(ls, msg, &data, &len);
    if (r != EESUCCESS) return r;
    if (len == 0) {
        free(data);
        return EESUCCESS;
    }
    if (staging) {
        stage(ls->txn, data, len, host, port);
        return EESUCCESS;
    }
    return transmit(fd, ls, data, len, host, port);
}

int lsock_close(int fd) {
    lsock *ls;
    int r = check_owned(fd, &ls);
    if (r != EESUCCESS) return r;
    if (ls->txn && ls->txn->acquired) {
        ls->txn->close_requested = 1;
        return EESUCCESS;
    }
    release_slot(ls, 0);
    return EESUCCESS;
}

/* ------------------------------------------------- ownership transfer */
static void txn_drop_staged(txn *t) {
    for (staged *s = t->first, *next; s; s = next) {
        next = s->next;
        free(s->data);
        free(s);
    }
    t->first = NULL;
    t->last = &t->first;
}

/* Frees what the transfer holds: the snapshot and the staged writes. */
static void txn_discard(txn *t) {
    if (t->old_owner) obj_free(t->old_owner);
    t->old_owner = NULL;
    sv_free(&t->old_read);
    sv_free(&t->old_write);
    sv_free(&t->old_close);
    txn_drop_staged(t);
}

/* Puts the socket back as it was before socket_acquire. */
static void txn_rollback(lsock *ls, txn *t) {
    if (!t->acquired) return;
    obj_free(ls->owner);
    ls->owner = t->old_owner;
    t->old_owner = NULL;
    sv_free(&ls->read_cb);
    sv_free(&ls->write_cb);
    sv_free(&ls->close_cb);
    ls->read_cb = t->old_read;
    ls->write_cb = t->old_write;
    ls->close_cb = t->old_close;
    t->old_read = t->old_write = t->old_close = (svalue){ .type = T_INT };
    t->acquired = 0;
    t->close_requested = 0;
    txn_drop_staged(t);
}

/* The transfer stands: send what the new owner wrote, close if it asked. */
static void txn_commit(int fd, lsock *ls, txn *t) {
    unsigned gen = ls->gen;
    for (staged *s = t->first; s && ls->gen == gen; s = s->next) {
        transmit(fd, ls, s->data, s->len, s->host, s->port);
        s->data = NULL;                 /* transmit took it */
    }
    txn_discard(t);
    if (t->close_requested && ls->gen == gen && ls->so) release_slot(ls, 0);
}

int lsock_release(int fd, object *ob, const svalue *cb) {
    lsock *ls;
    int r = check_owned(fd, &ls);
    if (r != EESUCCESS) return r;
    if (ls->flags & LF_RELEASE) return EESOCKRLSD;
    if (!ob || obj_destructed(ob)) return EESOCKNOTRLSD;
    txn t = { .to = ob };
    t.last = &t.first;
    unsigned gen = ls->gen;
    ls->flags |= LF_RELEASE;
    ls->txn = &t;
    push_int(fd);
    push_object(ob);
    int failed = rt_callback(cb, ob, 2);
    if (ls->gen != gen) {            /* closed under us: its owner went away */
        txn_discard(&t);
        return EEBADF;
    }
    ls->flags &= ~LF_RELEASE;
    ls->txn = NULL;
    if (failed || !t.acquired || obj_destructed(ls->owner)) {
        txn_rollback(ls, &t);
        return EESOCKNOTRLSD;
    }
    txn_commit(fd, ls, &t);
    return EESUCCESS;
}

int lsock_acquire(int fd, const svalue *read_cb, const svalue *write_cb, const svalue *close_cb) {
    if (fd < 0 || fd >= ntab) return EEFDRANGE;
    lsock *ls = slot(fd);
    if (!ls) return EEBADF;
    if (!(ls->flags & LF_RELEASE) || !ls->txn || ls->txn->acquired) return EESOCKNOTRLSD;
    txn *t = ls->txn;
    if (t->to != vm_current_object) return EESECURITY;
    t->acquired = 1;
    t->old_owner = ls->owner;
    t->old_read = ls->read_cb;
    t->old_write = ls->write_cb;
    t->old_close = ls->close_cb;
    ls->owner = obj_ref(vm_current_object);
    ls->read_cb = ls->write_cb = ls->close_cb = (svalue){ .type = T_INT };
    cb_set(&ls->read_cb, read_cb);
    cb_set(&ls->write_cb, write_cb);
    cb_set(&ls->close_cb, close_cb);
    return EESUCCESS;
}

/* ---------------------------------------------------------- reporting */
object *lsock_owner(int fd) {
    lsock *ls = slot(fd);
    return ls && ls->owner && !obj_destructed(ls->owner) ? ls->owner : NULL;
}

/* The peer (local = 0) or local end of a slot's socket; "0.0.0.0" and 0
 * when it has none. */
static void endpoint(const lsock *ls, int local, char *addr, int *port) {
    strcpy(addr, "0.0.0.0");
    *port = 0;
    if (ls->so && local) so_local_addr(ls->so, addr, port);
    else if (ls->so) so_peer_addr(ls->so, addr, port);
}

void lsock_endpoint(int fd, int local, char *addr, int *port) {
    if (fd < 0 || fd >= ntab) {
        addr[0] = 0;
        *port = 0;
        return;
    }
    endpoint(tab[fd], local, addr, port);
}

void lsock_address(int fd, int local, char *out) {
    char addr[16];
    int port;
    lsock_endpoint(fd, local, addr, &port);
    snprintf(out, 32, "%s %d", addr, port);
}

/* "a.b.c.d.port" with * for the any address and for port 0, as 2.7. */
static lstr *status_addr(const lsock *ls, int local) {
    char addr[16], portbuf[16] = "*";
    int port;
    endpoint(ls, local, addr, &port);
    if (port) snprintf(portbuf, sizeof portbuf, "%d", port);
    return str_printf("%s.%s", strcmp(addr, "0.0.0.0") ? addr : "*", portbuf);
}

array *lsock_status(int fd) {
    static const char *states[] = { "CLOSED", "UNBOUND", "BOUND", "LISTEN", "DATA_XFER" };
    static const char *modes[] = { "MUD", "STREAM", "DATAGRAM" };
    if (fd < 0 || fd >= ntab) return NULL;
    lsock *ls = tab[fd];
    array *a = arr_new(6);
    int mode = ls->mode == LS_STREAM_BINARY ? LS_STREAM
             : ls->mode == LS_DATAGRAM_BINARY ? LS_DATAGRAM : ls->mode;
    sv_set_int(&a->item[0], ls->so ? so_fd(ls->so) : -1);
    sv_set_cstr(&a->item[1], states[ls->state]);
    sv_set_cstr(&a->item[2], modes[ls->so ? mode : LS_MUD]);
    sv_set_str(&a->item[3], status_addr(ls, 1));
    sv_set_str(&a->item[4], status_addr(ls, 0));
    sv_set_obj(&a->item[5], lsock_owner(fd));
    return a;
}

int lsock_slots(void) { return ntab; }

const char *lsock_error_text(int err) {
    static const char *text[] = {
        "Problem creating socket", "Problem with setsockopt",
        "Problem setting non-blocking mode", "No more available efun sockets",
        "Descriptor out of range", "Socket is closed", "Security violation attempted",
        "Socket is already bound", "Address already in use", "Problem with bind",
        "Problem with getsockname", "Socket mode not supported",
        "Socket not bound to an address", "Socket is already connected",
        "Problem with listen", "Socket not listening", "Operation would block",
        "Interrupted system call", "Problem with accept", "Socket is listening",
        "Problem with address format", "Operation already in progress",
        "Connection refused", "Problem with connect", "Socket not connected",
        "Object type not supported", "Problem with sendto", "Problem with send",
        "Wait for callback", "Socket already released", "Socket not released",
        "Data nested too deeply"
    };
    int i = -(err + 1);
    if (i < 0 || i >= (int)(sizeof text / sizeof *text)) return "socket_error: invalid error number";
    return text[i];
}

/* ------------------------------------------------------------ cleanup */
/* rt_hooks.h: an owner that goes away closes its sockets (no callback).
 * A socket it had just acquired inside an open transfer goes back to the
 * releaser instead, as if the transfer never happened. */
void socket_on_destruct(object *ob) {
    for (int i = 0; i < ntab; i++) {
        lsock *ls = tab[i];
        if (!ls->so || ls->owner != ob) continue;
        if (ls->txn && ls->txn->acquired) txn_rollback(ls, ls->txn);
        else release_slot(ls, 0);
    }
}

void lsock_free_all(void) {
    for (int i = 0; i < ntab; i++) {
        if (tab[i]->so) release_slot(tab[i], 1);
        free(tab[i]);
    }
    free(tab);
    tab = NULL;
    ntab = 0;
}
