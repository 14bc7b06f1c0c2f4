/*
 * dns.c — the resolver: one worker thread, a request queue and a pipe.
 *
 * The main thread appends requests to `todo` and signals the worker; the
 * worker takes one, looks it up without holding the lock, appends it to
 * `done` and writes a byte to the pipe. The backend polls the pipe's read
 * end; dns_poll_dispatch empties it and runs the callbacks on the main
 * thread. The worker starts with the first lookup. Only `todo`, `done`
 * and `stopping` are shared, always under `lock`.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <fcntl.h>
#include <netdb.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "dns.h"
#include "../base/mem.h"

typedef struct req {
    struct req *next;
    dns_done_fn *fn;
    void *arg;
    char *name, *addr;          /* the answer */
    char query[];
} req;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static req *todo, **todo_tail = &todo, *done, **done_tail = &done;
static int stopping, started;
static pthread_t worker;
static int pipe_fd[2] = { -1, -1 };
static struct pollfd pfd;

static int is_name(const char *q) {
    for (; *q; q++)
        if (isalpha((unsigned char)*q)) return 1;
    return 0;
}

/* Fills r->name and r->addr (worker thread, no lock held). The loopback
 * names are answered here, without asking the system's resolver. */
static void look_up(req *r) {
    if (strcasecmp(r->query, "localhost") == 0 || strncmp(r->query, "127.", 4) == 0) {
        struct in_addr a;
        if (!is_name(r->query) && inet_pton(AF_INET, r->query, &a) != 1) return;
        r->name = xstrdup("localhost");
        r->addr = xstrdup(is_name(r->query) ? "127.0.0.1" : r->query);
        return;
    }
    if (is_name(r->query)) {
        struct addrinfo hints = { .ai_family = AF_INET, .ai_socktype = SOCK_STREAM }, *res;
        if (getaddrinfo(r->query, NULL, &hints, &res) != 0) return;
        char buf[INET_ADDRSTRLEN];
        const struct sockaddr_in *sin = (const struct sockaddr_in *)res->ai_addr;
        if (inet_ntop(AF_INET, &sin->sin_addr, buf, sizeof buf)) {
            r->addr = xstrdup(buf);
            r->name = xstrdup(r->query);
        }
        freeaddrinfo(res);
        return;
    }
    struct sockaddr_in sin = { .sin_family = AF_INET };
    if (inet_pton(AF_INET, r->query, &sin.sin_addr) != 1) return;   /* malformed: unknown */
    r->addr = xstrdup(r->query);
    char host[NI_MAXHOST];
    if (getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, NULL, 0, NI_NAMEREQD) == 0)
        r->name = xstrdup(host);
}

static void finish(req *r) {
    *done_tail = r;
    done_tail = &r->next;
    char byte = 1;
    if (write(pipe_fd[1], &byte, 1) < 0) { /* the pipe is full: a wake-up is already pending */ }
}

static void *work(void *unused) {
    (void)unused;
    pthread_mutex_lock(&lock);
    for (;;) {
        while (!todo && !stopping) pthread_cond_wait(&wake, &lock);
        if (stopping) break;
        req *r = todo;
        todo = r->next;
        if (!todo) todo_tail = &todo;
        r->next = NULL;
        pthread_mutex_unlock(&lock);
        look_up(r);
        pthread_mutex_lock(&lock);
        finish(r);
    }
    pthread_mutex_unlock(&lock);
    return NULL;
}

static int start(void) {
    if (started) return 1;
    if (pipe2(pipe_fd, O_CLOEXEC | O_NONBLOCK) < 0) return 0;
    if (pthread_create(&worker, NULL, work, NULL) != 0) {
        close(pipe_fd[0]);
        close(pipe_fd[1]);
        pipe_fd[0] = pipe_fd[1] = -1;
        return 0;
    }
    started = 1;
    return 1;
}

void dns_lookup(const char *query, dns_done_fn *fn, void *arg) {
    size_t len = strlen(query);
    req *r = xcalloc(1, sizeof *r + len + 1);
    memcpy(r->query, query, len + 1);
    r->fn = fn;
    r->arg = arg;
    int ok = start();
    pthread_mutex_lock(&lock);
    if (ok && len < NI_MAXHOST) {
        *todo_tail = r;
        todo_tail = &r->next;
        pthread_cond_signal(&wake);
    } else {
        finish(r);                      /* unknown, answered on the next turn */
    }
    pthread_mutex_unlock(&lock);
}

int dns_poll_prepare(struct pollfd **fds, double *wait) {
    (void)wait;                         /* no deadlines: answers come by the pipe */
    *fds = &pfd;
    if (!started) return 0;
    pfd.fd = pipe_fd[0];
    pfd.events = POLLIN;
    pfd.revents = 0;
    return 1;
}

void dns_poll_dispatch(struct pollfd *fds, int n) {
    char buf[256];
    (void)fds;
    (void)n;
    while (read(pipe_fd[0], buf, sizeof buf) > 0) {}
    pthread_mutex_lock(&lock);
    req *list = done;
    done = NULL;
    done_tail = &done;
    pthread_mutex_unlock(&lock);
    while (list) {
        req *r = list;
        list = r->next;
        r->fn(r->arg, r->name, r->addr);
        free(r->name);
        free(r->addr);
        free(r);
    }
}

static void drop_list(req *r, void (*drop)(void *)) {
    while (r) {
        req *next = r->next;
        if (drop) drop(r->arg);
        free(r->name);
        free(r->addr);
        free(r);
        r = next;
    }
}

void dns_shutdown(void (*drop)(void *arg)) {
    if (started) {
        pthread_mutex_lock(&lock);
        stopping = 1;
        pthread_cond_signal(&wake);
        pthread_mutex_unlock(&lock);
        pthread_join(worker, NULL);
        close(pipe_fd[0]);
        close(pipe_fd[1]);
        pipe_fd[0] = pipe_fd[1] = -1;
        started = 0;
    }
    drop_list(todo, drop);
    drop_list(done, drop);
    todo = done = NULL;
    todo_tail = &todo;
    done_tail = &done;
    stopping = 0;
}
