/*
 * efun_math.c — the math package: cos, sin, tan, asin, acos, atan, sqrt,
 * log, log10, pow, exp, floor, ceil. Arguments are floats (checked by the
 * efun table); out-of-domain arguments raise 2.7's errors.
 */
#include <math.h>
#include "efun.h"
#include "../vm/vm.h"

static double arg(const svalue *argv) { return argv[0].u.f; }

void f_cos(svalue *argv, int argc, svalue *ret)   { sv_set_float(ret, cos(arg(argv))); }
void f_sin(svalue *argv, int argc, svalue *ret)   { sv_set_float(ret, sin(arg(argv))); }
void f_tan(svalue *argv, int argc, svalue *ret)   { sv_set_float(ret, tan(arg(argv))); }
void f_atan(svalue *argv, int argc, svalue *ret)  { sv_set_float(ret, atan(arg(argv))); }
void f_exp(svalue *argv, int argc, svalue *ret)   { sv_set_float(ret, exp(arg(argv))); }
void f_floor(svalue *argv, int argc, svalue *ret) { sv_set_float(ret, floor(arg(argv))); }
void f_ceil(svalue *argv, int argc, svalue *ret)  { sv_set_float(ret, ceil(arg(argv))); }
void f_pow(svalue *argv, int argc, svalue *ret)   { sv_set_float(ret, pow(argv[0].u.f, argv[1].u.f)); }

/* asin/acos need -1 <= x <= 1. */
static double unit_arg(const svalue *argv, const char *fn) {
    double x = arg(argv);
    if (x < -1.0) vm_error("math: %s(x) with (x < -1.0)", fn);
    if (x > 1.0) vm_error("math: %s(x) with (x > 1.0)", fn);
    return x;
}

void f_asin(svalue *argv, int argc, svalue *ret) { sv_set_float(ret, asin(unit_arg(argv, "asin"))); }
void f_acos(svalue *argv, int argc, svalue *ret) { sv_set_float(ret, acos(unit_arg(argv, "acos"))); }

void f_sqrt(svalue *argv, int argc, svalue *ret) {
    if (arg(argv) < 0.0) vm_error("math: sqrt(x) with (x < 0.0)");
    sv_set_float(ret, sqrt(arg(argv)));
}

void f_log(svalue *argv, int argc, svalue *ret) {
    if (arg(argv) <= 0.0) vm_error("math: log(x) with (x <= 0.0)");
    sv_set_float(ret, log(arg(argv)));
}

void f_log10(svalue *argv, int argc, svalue *ret) {
    if (arg(argv) <= 0.0) vm_error("math: log10(x) with (x <= 0.0)");
    sv_set_float(ret, log10(arg(argv)));
}
