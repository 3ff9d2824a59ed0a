#include "math_ld.h"

// fyl2x(ln2, x); near 1, fyl2xp1 on x - 1 (exact).
long double logl(long double x) {
  if (!(x > 0)) {
    if (x == 0) {
      errno = ERANGE;
      return -1.0L / (volatile long double){0.0L};
    }
    return math_invalidl(x);
  }
  if (isinf(x))
    return x;
  if (x > 0.70710678L && x < 1.41421356L)
    return x87_fyl2xp1(x87_ln2(), x - 1.0L);
  return x87_fyl2x(x87_ln2(), x);
}
