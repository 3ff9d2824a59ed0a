#include "math_impl.h"

// x * 2^n with one rounding: exponents beyond the range are applied in
// steps that are exact (for subnormal results, steps that stay normal until
// the last multiplication).
double scalbn(double x, int n) {
  if (n > 1023) {
    x *= 0x1p1023;
    n -= 1023;
    if (n > 1023) {
      x *= 0x1p1023;
      n -= 1023;
      if (n > 1023)
        n = 1023;
    }
  } else if (n < -1022) {
    x *= 0x1p-969;  // 2^-1022 * 2^53
    n += 969;
    if (n < -1022) {
      x *= 0x1p-969;
      n += 969;
      if (n < -1022)
        n = -1022;
    }
  }
  double r = x * asdouble((uint64_t)(0x3ff + n) << 52);
  if (isfinite(x) && x != 0) {
    if (isinf(r)) {
      errno = ERANGE;
    } else if (__builtin_fabs(r) < 0x1p-1022) {
      // Underflow only when bits were lost: r * 2^-n (exact in two steps
      // of at most 2^1023 each... n <= 2*969 + 1022 here) is x again.
      double back = r;
      int m = -n;
      while (m > 1000) {
        back *= 0x1p1000;
        m -= 1000;
      }
      back *= asdouble((uint64_t)(0x3ff + m) << 52);
      if (back != x || r == 0)
        errno = ERANGE;
    }
  }
  return r;
}
