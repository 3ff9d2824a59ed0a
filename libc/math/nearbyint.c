#include "math_impl.h"

// rint without raising inexact: the MXCSR flags are restored.
double nearbyint(double x) {
  unsigned int mxcsr;
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  double y = rint(x);
  __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
  return y;
}
