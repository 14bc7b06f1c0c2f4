/*
 * dns.h — asynchronous name lookups for the driver (resolve(), and later
 * query_ip_name for users).
 *
 * A lookup never blocks the driver: one worker thread runs getaddrinfo /
 * getnameinfo and hands the answer back through a pipe the backend loop
 * polls (dns_poll_prepare / dns_poll_dispatch). The answer always arrives
 * on a later turn of the loop, even when it is known at once (a malformed
 * address), so callers see one order of events.
 *
 * A query with a letter in it is a host name (looked up for its address);
 * anything else must be a dotted IPv4 address (looked up for its name).
 */
#ifndef HEARTH_DNS_H
#define HEARTH_DNS_H

#include <poll.h>

/* Called with the host name and the dotted address; either is NULL when
 * unknown (both when the lookup failed). */
typedef void dns_done_fn(void *arg, const char *name, const char *addr);

/* Queues a lookup of `query`; done(arg, ...) is called from dns_poll_dispatch. */
void dns_lookup(const char *query, dns_done_fn *done, void *arg);

int dns_poll_prepare(struct pollfd **fds, double *wait);
void dns_poll_dispatch(struct pollfd *fds, int n);

/* Stops the worker; pending lookups are dropped without their callback
 * (their `arg` is given to `drop` so the caller can free it). */
void dns_shutdown(void (*drop)(void *arg));

#endif
