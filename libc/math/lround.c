#include "math_impl.h"

// Out of range (or NaN) the conversion raises invalid and gives LONG_MIN.
long lround(double x) {
  double r = round(x);
  long l;
  __asm__ volatile("cvttsd2si %1, %0" : "=r"(l) : "x"(r));
  return l;
}
