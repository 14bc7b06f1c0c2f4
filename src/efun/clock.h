/*
 * clock.h — the driver's clock and random numbers: the boot time uptime()
 * counts from, and the generator behind random().
 *
 * The boot time is taken when the process starts; the generator
 * (xoshiro256**) is seeded from the kernel's entropy the first time it is
 * used, or with clock_seed() for reproducible runs.
 */
#ifndef HEARTH_CLOCK_H
#define HEARTH_CLOCK_H

#include <stdint.h>

extern int64_t rt_boot_time;        /* time() when the driver started */

/* Seeds the generator with `seed` (tests and --seed runs). */
void clock_seed(uint64_t seed);
/* 64 random bits. */
uint64_t clock_random(void);
/* A uniform integer in [0, n) for n > 0, without modulo bias. */
int64_t clock_random_below(int64_t n);

#endif
