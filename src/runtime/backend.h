/*
 * backend.h — the driver's main loop: timers and file descriptors.
 *
 * The loop keeps a min-heap of timers keyed by due time. Each turn it
 * runs every timer that is due, then sleeps in poll() until the next one
 * is due or one of the network layer's descriptors is ready.
 * Timer callbacks run at top level: they must set up their own error
 * boundary (vm_protect) around LPC calls, since nothing catches above them.
 *
 * Times are seconds on a monotonic clock, as doubles, starting near 0 at
 * boot. Periodic timers are re-armed from their due time (no drift).
 */
#ifndef HEARTH_BACKEND_H
#define HEARTH_BACKEND_H

/* Seconds since the backend started (monotonic). */
double backend_now(void);

/* Calls fn() every `seconds` seconds, first at now + seconds.
 * Returns a timer id (> 0) for backend_cancel. */
int backend_every(double seconds, void (*fn)(void));
/* Calls fn(arg) once, `seconds` from now (0 = the next loop turn).
 * Returns a timer id (> 0). */
int backend_after(double seconds, void (*fn)(void *), void *arg);
/* Removes a pending timer; unknown or already-fired ids are ignored. */
void backend_cancel(int id);

struct pollfd;
/* Adds a source of descriptors (at most 4: sockets, the resolver...):
 * prepare() is called before each poll() and returns its pollfd array and
 * length; it lowers *wait (seconds poll() may sleep) when it has a
 * deadline of its own sooner. dispatch() gets an array of that length
 * back, revents filled in, when poll() saw something on one of them.
 * Callbacks into LPC from dispatch set up their own error boundary, as
 * timers do. */
void backend_add_io(int (*prepare)(struct pollfd **fds, double *wait),
                    void (*dispatch)(struct pollfd *fds, int n));

/* Runs the loop until backend_shutdown() is called or SIGINT/SIGTERM. */
void backend_run(void);
/* Asks the loop to stop after the current turn with this exit status. */
void backend_shutdown(int exit_status);
/* The exit status backend_shutdown() was given (0 if it was not called). */
int backend_exit_status(void);

/* Installs SIGINT/SIGTERM handlers that request a clean shutdown, and
 * ignores SIGPIPE. */
void backend_init(void);
/* Frees the timer heap (for leak checks at exit). */
void backend_free(void);

#endif
