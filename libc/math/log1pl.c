#include "math_ld.h"

// fyl2xp1 where it is defined; beyond, log(u) + (x - (u - 1))/u with
// u = 1 + x rounded.
long double log1pl(long double x) {
  if (!(x > -1.0L)) {
    if (x == -1.0L) {
      errno = ERANGE;
      return -1.0L / (volatile long double){0.0L};
    }
    return math_invalidl(x);
  }
  if (isinf(x))
    return x;
  if (__builtin_fabsl(x) < 0.29L)
    return x87_fyl2xp1(x87_ln2(), x);
  long double u = 1.0L + x;
  long double c = (x - (u - 1.0L)) / u;
  return x87_fyl2x(x87_ln2(), u) + c;
}
