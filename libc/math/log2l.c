#include "math_ld.h"

// fyl2x(1, x): exact for powers of two; near 1, fyl2xp1 on x - 1.
long double log2l(long double x) {
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
    return x87_fyl2xp1(1.0L, x - 1.0L);
  return x87_fyl2x(1.0L, x);
}
