// Helpers of the libm tests: identity of results (NaN equals NaN, zeros by
// sign), checks of the exceptions raised and of errno.
#ifndef TESTS_LIBM_TEST_H
#define TESTS_LIBM_TEST_H

#include <errno.h>
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "harness.h"

#define EXC_CHECKED (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW)

static inline int same_ld(long double a, long double b) {
  if (isnan(a) || isnan(b))
    return isnan(a) && isnan(b);
  return a == b && !signbit(a) == !signbit(b);
}

// Evaluates expr with cleared flags and errno; checks that the result is
// identical to want, that exactly the exceptions exc (among invalid,
// divide-by-zero, overflow, underflow) were raised and that errno is err.
#define CASE(expr, want, exc, err)                                         \
  do {                                                                     \
    feclearexcept(FE_ALL_EXCEPT);                                          \
    errno = 0;                                                             \
    long double got_ = (expr);                                             \
    int exc_ = fetestexcept(EXC_CHECKED);                                  \
    int err_ = errno;                                                      \
    if (!same_ld(got_, (want))) {                                          \
      test_fail(__FILE__, __LINE__, #expr " == " #want, NULL);            \
      return;                                                              \
    }                                                                      \
    if (exc_ != (exc)) {                                                   \
      test_fail_int(__FILE__, __LINE__, #expr ": exceptions", exc_, (exc)); \
      return;                                                              \
    }                                                                      \
    if (err_ != (err)) {                                                   \
      test_fail_int(__FILE__, __LINE__, #expr ": errno", err_, (err));    \
      return;                                                              \
    }                                                                      \
  } while (0)

// The same without looking at errno and with inexact also checked.
#define CASE_EXACT(expr, want)                                             \
  do {                                                                     \
    feclearexcept(FE_ALL_EXCEPT);                                          \
    long double got_ = (expr);                                             \
    int exc_ = fetestexcept(FE_ALL_EXCEPT);                                \
    if (!same_ld(got_, (want))) {                                          \
      test_fail(__FILE__, __LINE__, #expr " == " #want, NULL);            \
      return;                                                              \
    }                                                                      \
    if (exc_ != 0) {                                                       \
      test_fail_int(__FILE__, __LINE__, #expr ": exceptions", exc_, 0);   \
      return;                                                              \
    }                                                                      \
  } while (0)

#endif
