/*
 * backend.c — the main loop: a min-heap of timers and a poll() sleep.
 *
 * Every turn runs the timers that are due (in due-time order, ties by
 * creation order), reaps destructed objects, then sleeps in poll() until the
 * next timer is due or a descriptor is ready. The descriptors belong to
 * the network layer's sources (sockets, the resolver): each installs a
 * prepare/dispatch pair with backend_add_io, so this loop knows nothing of
 * what they are. A signal (SIGINT/SIGTERM) only sets a flag; poll()
 * returns EINTR and the loop ends at the top of the turn.
 *
 * Timers are heap entries identified by ids. Cancelling marks the entry
 * dead (found by a linear scan — timers are few: heart beat, call_outs,
 * resets, clean_ups) and the heap drops it when it reaches the top.
 */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include "backend.h"
#include "../base/mem.h"

void obj_reap_destructed(void);     /* object.c: frees destructed objects' state */

typedef struct timer {
    double due;
    double period;          /* > 0: periodic */
    uint64_t seq;           /* tie-break: creation order */
    int id;                 /* 0 = cancelled */
    void (*fn0)(void);      /* periodic callback */
    void (*fn1)(void *);    /* one-shot callback */
    void *arg;
} timer;

static timer *heap;
static int heap_n, heap_cap;
static int next_id = 1;
static uint64_t next_seq;
static double start_time = -1;
static volatile sig_atomic_t got_signal;
static int stop_requested, exit_status;
#define MAX_IO 4
typedef struct io_source {
    int (*prepare)(struct pollfd **fds, double *wait);
    void (*dispatch)(struct pollfd *fds, int n);
    int first, n;               /* its slice of `pfd` this turn */
} io_source;
static io_source io[MAX_IO];
static int n_io;
static struct pollfd *pfd;      /* every source's pollfds, one after another */
static int pfd_cap;

static double mono_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

double backend_now(void) {
    if (start_time < 0) start_time = mono_now();
    return mono_now() - start_time;
}

/* ------------------------------------------------------------- the heap */
static int before(const timer *a, const timer *b) {
    return a->due < b->due || (a->due == b->due && a->seq < b->seq);
}

static void sift_up(int i) {
    timer t = heap[i];
    while (i > 0) {
        int p = (i - 1) / 2;
        if (!before(&t, &heap[p])) break;
        heap[i] = heap[p];
        i = p;
    }
    heap[i] = t;
}

static void sift_down(int i) {
    timer t = heap[i];
    for (;;) {
        int c = 2 * i + 1;
        if (c >= heap_n) break;
        if (c + 1 < heap_n && before(&heap[c + 1], &heap[c])) c++;
        if (!before(&heap[c], &t)) break;
        heap[i] = heap[c];
        i = c;
    }
    heap[i] = t;
}

static void heap_push(timer t) {
    if (heap_n == heap_cap) {
        heap_cap = heap_cap ? heap_cap * 2 : 16;
        heap = xrealloc(heap, sizeof *heap * (size_t)heap_cap);
    }
    t.seq = next_seq++;
    heap[heap_n++] = t;
    sift_up(heap_n - 1);
}

static timer heap_pop(void) {
    timer t = heap[0];
    heap[0] = heap[--heap_n];
    if (heap_n > 0) sift_down(0);
    return t;
}

/* --------------------------------------------------------------- timers */
int backend_every(double seconds, void (*fn)(void)) {
    timer t = {0};
    if (!(seconds > 0)) seconds = 1;
    t.due = backend_now() + seconds;
    t.period = seconds;
    t.id = next_id++;
    t.fn0 = fn;
    heap_push(t);
    return t.id;
}

int backend_after(double seconds, void (*fn)(void *), void *arg) {
    timer t = {0};
    if (!(seconds > 0)) seconds = 0;
    t.due = backend_now() + seconds;
    t.id = next_id++;
    t.fn1 = fn;
    t.arg = arg;
    heap_push(t);
    return t.id;
}

void backend_cancel(int id) {
    for (int i = 0; i < heap_n; i++)
        if (heap[i].id == id) { heap[i].id = 0; return; }
}

/* Runs every timer due at `now`. A periodic timer is re-armed before its
 * callback runs, so the callback may cancel it. */
static void run_due(double now) {
    while (heap_n > 0 && heap[0].due <= now && !stop_requested && !got_signal) {
        timer t = heap_pop();
        if (t.id == 0) continue;
        if (t.period > 0) {
            timer again = t;
            again.due = t.due + t.period;
            if (again.due <= now) again.due = now + t.period;   /* fell behind */
            heap_push(again);
            t.fn0();
        } else {
            t.fn1(t.arg);
        }
        obj_reap_destructed();
    }
}

#define MAX_SLEEP 60.0             /* seconds; the loop wakes at least this often */

/* Seconds poll() may sleep: until the next live timer, at most MAX_SLEEP. */
static double sleep_seconds(double now) {
    while (heap_n > 0 && heap[0].id == 0) heap_pop();
    if (heap_n == 0) return MAX_SLEEP;
    double d = heap[0].due - now;
    return d <= 0 ? 0 : d < MAX_SLEEP ? d : MAX_SLEEP;
}

/* ---------------------------------------------------------- descriptors */
/* Collects every source's pollfds into pfd and lets each shorten *wait
 * (seconds) to its own next deadline; returns the total. */
static int gather_fds(double *wait) {
    int total = 0;
    for (int i = 0; i < n_io; i++) {
        struct pollfd *fds = NULL;
        int n = io[i].prepare(&fds, wait);
        if (total + n > pfd_cap) {
            pfd_cap = (total + n) * 2;
            pfd = xrealloc(pfd, sizeof *pfd * (size_t)pfd_cap);
        }
        for (int j = 0; j < n; j++) pfd[total + j] = fds[j];
        io[i].first = total;
        io[i].n = n;
        total += n;
    }
    return total;
}

/* Hands each source that saw something its slice, revents filled in, in
 * the order its prepare gave them. */
static void dispatch_fds(void) {
    for (int i = 0; i < n_io; i++) {
        if (io[i].n == 0) continue;
        int seen = 0;
        for (int j = 0; j < io[i].n; j++) seen |= pfd[io[i].first + j].revents != 0;
        if (seen) io[i].dispatch(pfd + io[i].first, io[i].n);
    }
}

void backend_add_io(int (*prepare)(struct pollfd **fds, double *wait),
                    void (*dispatch)(struct pollfd *fds, int n)) {
    if (n_io == MAX_IO) abort();        /* a fixed, small set of sources */
    io[n_io].prepare = prepare;
    io[n_io].dispatch = dispatch;
    n_io++;
}

/* ----------------------------------------------------------- the loop */
void backend_run(void) {
    while (!stop_requested && !got_signal) {
        run_due(backend_now());
        obj_reap_destructed();
        if (stop_requested || got_signal) break;
        double wait = sleep_seconds(backend_now());
        int n = gather_fds(&wait);
        int ms = wait > 0 ? (int)ceil(wait * 1000.0) : 0;
        if (ms == 0 && n == 0) continue;
        int ready = poll(pfd, (nfds_t)n, ms);
        if (ready < 0 && errno != EINTR) break;
        if (ready > 0) dispatch_fds();
    }
    if (got_signal && !stop_requested) {
        stop_requested = 1;
        exit_status = 0;
    }
}

void backend_shutdown(int status) {
    stop_requested = 1;
    exit_status = status;
}

int backend_exit_status(void) { return exit_status; }

/* The first SIGINT/SIGTERM asks for a clean shutdown at the next pass of
 * the loop; the handler then steps aside, so a second one ends a driver
 * that is stuck and never gets back to the loop. */
static void on_signal(int sig) {
    got_signal = 1;
    signal(sig, SIG_DFL);
}

void backend_init(void) {
    struct sigaction sa = {0};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    backend_now();
}

void backend_free(void) {
    free(pfd);
    pfd = NULL;
    pfd_cap = n_io = 0;
    free(heap);
    heap = NULL;
    heap_n = heap_cap = 0;
}
