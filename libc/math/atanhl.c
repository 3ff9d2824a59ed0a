#include "math_ld.h"

// atanh(x) = log1p(2a/(1 - a))/2.
long double atanhl(long double x) {
  long double ax = __builtin_fabsl(x);
  if (isnan(x))
    return x + x;
  if (ax > 1.0L)
    return math_invalidl(x);
  if (ax == 1.0L) {
    errno = ERANGE;
    return x / (volatile long double){0.0L};
  }
  if (ax < 0x1p-33L)
    return x;
  long double r = 0.5L * log1pl(2.0L * ax / (1.0L - ax));
  return x < 0 ? -r : r;
}
