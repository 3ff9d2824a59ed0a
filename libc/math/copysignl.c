#include "math_ld.h"

long double copysignl(long double x, long double y) {
  union math_ldshape ux = {x}, uy = {y};
  ux.i.se = (uint16_t)((ux.i.se & 0x7fff) | (uy.i.se & 0x8000));
  return ux.f;
}
