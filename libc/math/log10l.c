#include "math_ld.h"

// fyl2x(log10(2), x); near 1, fyl2xp1 on x - 1 (exact).
long double log10l(long double x) {
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
    return x87_fyl2xp1(x87_lg2(), x - 1.0L);
  long double r = x87_fyl2x(x87_lg2(), x);
  // Exact powers of ten (those a long double holds) give exact results.
  static const long double p10[] = {1e1L, 1e2L, 1e3L, 1e4L, 1e5L, 1e6L,
      1e7L, 1e8L, 1e9L, 1e10L, 1e11L, 1e12L, 1e13L, 1e14L, 1e15L, 1e16L,
      1e17L, 1e18L, 1e19L, 1e20L, 1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L,
      1e27L};
  if (r > 0.5L && r < 27.5L) {
    int k = (int)(r + 0.5L);
    if (x == p10[k - 1])
      return k;
  }
  return r;
}
