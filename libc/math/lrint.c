#include "math_impl.h"

// cvtsd2si rounds in the current mode; out of range it raises invalid and
// gives LONG_MIN.
long lrint(double x) {
  long r;
  __asm__ volatile("cvtsd2si %1, %0" : "=r"(r) : "x"(x));
  return r;
}
