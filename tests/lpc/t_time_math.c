// time, ctime, localtime, uptime, random, rusage and the math efuns.
#include <test.h>

void test_time() {
    int t = time();
    expect_true(t > 1000000000, "time is recent");
    expect_true(uptime() >= 0 && uptime() < t, "uptime");
    expect(strlen(ctime(0)), 24, "ctime is 24 characters");
    expect(ctime(t)[<4..], "" + localtime(t)[5], "ctime ends with the year");
    expect(strlen(ctime()), 24, "ctime without an argument");
    mixed *lt = localtime(86400 * 365);
    expect(sizeof(lt), 11, "localtime has 11 fields");
    expect_true(intp(lt[0]) && lt[0] >= 0 && lt[0] < 60, "seconds");
    expect_true(lt[3] >= 1 && lt[3] <= 31, "day of month");
    expect_true(lt[5] == 1970 || lt[5] == 1971, "year");
    expect_true(stringp(lt[9]), "zone name");
    expect(zonetime("UTC", 0), "Thu Jan  1 00:00:00 1970", "zonetime");
    expect(is_daylight_savings_time("UTC", 0), 0, "no DST in UTC");
    mapping r = rusage();
    expect_true(intp(r["utime"]) && intp(r["stime"]), "rusage times");
}

void test_random() {
    int seen = 0;
    for (int i = 0; i < 200; i++) {
        int r = random(10);
        if (r < 0 || r >= 10) seen = -1000;
        else seen |= 1 << r;
    }
    expect(seen, 1023, "random covers 0..9 and nothing else");
    expect(random(0), 0, "random(0)");
    expect(random(-5), 0, "random of a negative");
    expect(random(1), 0, "random(1)");
}

void test_math() {
    expect(floor(2.5), 2.0, "floor");
    expect(ceil(2.5), 3.0, "ceil");
    expect(floor(-2.5), -3.0, "floor negative");
    expect(sqrt(16.0), 4.0, "sqrt");
    expect(pow(2.0, 10.0), 1024.0, "pow");
    expect(exp(0.0), 1.0, "exp");
    expect(log(1.0), 0.0, "log");
    expect(log10(1000.0), 3.0, "log10");
    expect(cos(0.0), 1.0, "cos");
    expect(sin(0.0), 0.0, "sin");
    expect(tan(0.0), 0.0, "tan");
    expect(asin(0.0), 0.0, "asin");
    expect(acos(1.0), 0.0, "acos");
    expect(atan(0.0), 0.0, "atan");
    expect_error(catch(sqrt(-1.0)), "sqrt", "sqrt of a negative");
    expect_error(catch(log(0.0)), "log", "log of 0");
    expect_error(catch(asin(2.0)), "asin", "asin out of range");
}
