#include "math_ld.h"

// fistp rounds in the current x87 mode; out of range it raises invalid.
long long llrintl(long double x) {
  long long r;
  __asm__ volatile("fistpll %0" : "=m"(r) : "t"(x) : "st");
  return r;
}
