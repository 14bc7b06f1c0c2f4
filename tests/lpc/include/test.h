/*
 * test.h — assertion macros for the LPC test suite (see ../README.md).
 * They forward to the simul_efuns _expect, _expect_true and _expect_error,
 * adding the file and line of the check.
 */
#ifndef TEST_H
#define TEST_H

#define expect(got, want, label) _expect(got, want, label, __FILE__, __LINE__)
#define expect_true(cond, label) _expect_true(cond, label, __FILE__, __LINE__)
#define expect_error(err, text, label) _expect_error(err, text, label, __FILE__, __LINE__)
#define defer_check(f, secs) _defer_check(f, secs, __FILE__, __LINE__)

#endif
