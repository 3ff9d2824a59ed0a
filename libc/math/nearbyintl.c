#include <fenv.h>

#include "math_ld.h"

// frndint with the x87 flags restored afterwards (no inexact).
long double nearbyintl(long double x) {
  fenv_t env;
  __asm__ volatile("fnstenv %0" : "=m"(env));
  __asm__ volatile("fldcw %0" : : "m"(env.__control_word));
  long double r = x87_frndint(x);
  __asm__ volatile("fldenv %0" : : "m"(env));
  return r;
}
