/*
 * efun_time.c — time efuns: time, real_time, ctime, localtime, zonetime,
 * is_daylight_savings_time, uptime, rusage and random; and the clock
 * state behind them (clock.h).
 *
 * ctime() gives the classic 24-character layout without the newline
 * ("Thu Jan  1 00:00:00 1970"), which the lib cuts with fixed ranges.
 * localtime() gives 2.7's 11-element array: sec, min, hour, mday, mon,
 * year, wday, yday, gmtoff (seconds west of UTC, as 2.7 on Linux), zone
 * name, isdst.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/random.h>
#include <sys/resource.h>
#include "efun.h"
#include "clock.h"
#include "../vm/vm.h"

int64_t rt_boot_time;

__attribute__((constructor)) static void clock_boot(void) {
    rt_boot_time = (int64_t)time(NULL);
}

/* ---------------------------------------------------------------- random */

static uint64_t rng[4];
static int rng_ready;

static uint64_t splitmix(uint64_t *x) {
    uint64_t z = (*x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

void clock_seed(uint64_t seed) {
    for (int i = 0; i < 4; i++) rng[i] = splitmix(&seed);
    rng_ready = 1;
}

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t clock_random(void) {
    if (!rng_ready) {
        uint64_t seed;
        struct timespec ts;
        if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) != (ssize_t)sizeof seed) {
            clock_gettime(CLOCK_REALTIME, &ts);
            seed = (uint64_t)ts.tv_sec * 1000000007u ^ (uint64_t)ts.tv_nsec;
        }
        clock_seed(seed);
    }
    uint64_t r = rotl(rng[1] * 5, 7) * 9, t = rng[1] << 17;
    rng[2] ^= rng[0]; rng[3] ^= rng[1]; rng[1] ^= rng[2]; rng[0] ^= rng[3];
    rng[2] ^= t;
    rng[3] = rotl(rng[3], 45);
    return r;
}

int64_t clock_random_below(int64_t n) {
    uint64_t range = (uint64_t)n, limit = UINT64_MAX - UINT64_MAX % range, x;
    do x = clock_random(); while (x >= limit);
    return (int64_t)(x % range);
}

/* random(n): 0 .. n-1; 0 when n <= 0. */
void f_random(svalue *argv, int argc, svalue *ret) {
    sv_set_int(ret, argv[0].u.n > 0 ? clock_random_below(argv[0].u.n) : 0);
}

/* ------------------------------------------------------------------ time */

void f_time(svalue *argv, int argc, svalue *ret) { sv_set_int(ret, (int64_t)time(NULL)); }
void f_real_time(svalue *argv, int argc, svalue *ret) { sv_set_int(ret, (int64_t)time(NULL)); }

void f_uptime(svalue *argv, int argc, svalue *ret) {
    sv_set_int(ret, (int64_t)time(NULL) - rt_boot_time);
}

/* t in ctime's layout, in the current TZ. */
static lstr *ctime_string(int64_t t) {
    char buf[64];
    struct tm tm;
    time_t tt = (time_t)t;
    if (!localtime_r(&tt, &tm) || !strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", &tm))
        return str_newz("ctime failed");
    return str_newz(buf);
}

/* ctime([clock]): the time as "Www Mmm dd hh:mm:ss yyyy"; now without an argument. */
void f_ctime(svalue *argv, int argc, svalue *ret) {
    sv_set_str(ret, ctime_string(argc > 0 ? argv[0].u.n : (int64_t)time(NULL)));
}

void f_localtime(svalue *argv, int argc, svalue *ret) {
    struct tm tm;
    time_t t = (time_t)argv[0].u.n;
    tzset();
    if (!localtime_r(&t, &tm)) vm_error("localtime: time out of range");
    int64_t v[9] = { tm.tm_sec, tm.tm_min, tm.tm_hour, tm.tm_mday, tm.tm_mon,
                     tm.tm_year + 1900LL, tm.tm_wday, tm.tm_yday, timezone };
    array *a = arr_new(11);
    for (int i = 0; i < 9; i++) sv_set_int(&a->item[i], v[i]);
    sv_set_str(&a->item[9], str_newz(tzname[tm.tm_isdst > 0]));
    sv_set_int(&a->item[10], tm.tm_isdst);
    sv_set_arr(ret, a);
}

/* Sets TZ to zone; returns the old TZ (malloc'd, or NULL) for zone_restore. */
static char *zone_set(const char *zone) {
    const char *cur = getenv("TZ");
    char *old = cur ? strdup(cur) : NULL;
    setenv("TZ", zone, 1);
    tzset();
    return old;
}

static void zone_restore(char *old) {
    if (old) setenv("TZ", old, 1);
    else unsetenv("TZ");
    free(old);
    tzset();
}

/* zonetime(zone, clock): ctime() of clock in time zone `zone`. */
void f_zonetime(svalue *argv, int argc, svalue *ret) {
    char *old = zone_set(argv[0].u.s->data);
    lstr *s = ctime_string(argv[1].u.n);
    zone_restore(old);
    sv_set_str(ret, s);
}

/* is_daylight_savings_time(zone, clock): 1 if clock falls in summer time there. */
void f_is_daylight_savings_time(svalue *argv, int argc, svalue *ret) {
    struct tm tm;
    time_t t = (time_t)argv[1].u.n;
    char *old = zone_set(argv[0].u.s->data);
    int dst = localtime_r(&t, &tm) && tm.tm_isdst > 0;
    zone_restore(old);
    sv_set_int(ret, dst);
}

/* rusage(): getrusage(2) figures, times in milliseconds. */
void f_rusage(svalue *argv, int argc, svalue *ret) {
    struct rusage ru;
    mapping *m = map_new(16);
    sv_set_map(ret, m);
    if (getrusage(RUSAGE_SELF, &ru) < 0) return;
    const struct { const char *k; int64_t v; } f[] = {
        { "utime", ru.ru_utime.tv_sec * 1000LL + ru.ru_utime.tv_usec / 1000 },
        { "stime", ru.ru_stime.tv_sec * 1000LL + ru.ru_stime.tv_usec / 1000 },
        { "maxrss", ru.ru_maxrss }, { "ixrss", ru.ru_ixrss }, { "idrss", ru.ru_idrss },
        { "isrss", ru.ru_isrss }, { "minflt", ru.ru_minflt }, { "majflt", ru.ru_majflt },
        { "nswap", ru.ru_nswap }, { "inblock", ru.ru_inblock }, { "oublock", ru.ru_oublock },
        { "msgsnd", ru.ru_msgsnd }, { "msgrcv", ru.ru_msgrcv }, { "nsignals", ru.ru_nsignals },
        { "nvcsw", ru.ru_nvcsw }, { "nivcsw", ru.ru_nivcsw },
    };
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        svalue v = { .type = T_INT, .u.n = f[i].v };
        map_set_str(m, f[i].k, &v);
    }
}
