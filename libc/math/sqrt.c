#include "math_impl.h"

double sqrt(double x) {
  if (x < 0)
    return math_invalid(x);
  __asm__("sqrtsd %1, %0" : "=x"(x) : "x"(x));
  return x;
}
