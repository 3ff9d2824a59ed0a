#include "math_ld.h"

long double truncl(long double x) {
  union math_ldshape u = {x};
  int e = (u.i.se & 0x7fff) - 16383;
  if (e >= 63)
    return e == 16384 ? x + x : x;
  if (e < 0)
    return (u.i.se & 0x8000) ? -0.0L : 0.0L;
  u.i.m &= ~(0x7fffffffffffffffULL >> e);
  return u.f;
}
