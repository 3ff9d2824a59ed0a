#include <limits.h>

#include "math_ld.h"

int ilogbl(long double x) {
  union math_ldshape u = {x};
  int e = u.i.se & 0x7fff;
  if (e == 0x7fff) {
    math_invalid(0.0);
    return (u.i.m << 1) ? FP_ILOGBNAN : INT_MAX;
  }
  if (e == 0) {
    if (u.i.m == 0) {
      math_invalid(0.0);
      return FP_ILOGB0;
    }
    return 63 - __builtin_clzll(u.i.m) - 16445;
  }
  return e - 16383;
}
