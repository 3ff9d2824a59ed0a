#include "math_ld.h"

// fscale rounds once, also to subnormal results.
long double scalbnl(long double x, int n) {
  if (n > 40000)
    n = 40000;
  else if (n < -40000)
    n = -40000;
  long double r = x87_fscale(x, (long double)n);
  // Range error on overflow, and on underflow when bits were lost.
  if (isfinite(x) && x != 0 &&
      (isinf(r) || (__builtin_fabsl(r) < 0x1p-16382L &&
                    (r == 0 || x87_fscale(r, (long double)-n) != x))))
    errno = ERANGE;
  return r;
}
