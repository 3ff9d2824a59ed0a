#include "math_ld.h"

long double frexpl(long double x, int *e) {
  union math_ldshape u = {x};
  int ee = u.i.se & 0x7fff;
  if (ee == 0x7fff || x == 0) {
    *e = 0;
    return x + x;
  }
  if (ee == 0) {
    u.f *= 0x1p120L;
    ee = (u.i.se & 0x7fff) - 120;
  }
  *e = ee - 16382;
  u.i.se = (uint16_t)((u.i.se & 0x8000) | 16382);
  return u.f;
}
