#include "math_ld.h"

long double nanl(const char *tag) {
  union math_ldshape u;
  uint64_t p = asuint64(nan(tag)) & 0x0007ffffffffffffULL;
  u.i.m = 0xc000000000000000ULL | p;
  u.i.se = 0x7fff;
  return u.f;
}
