#include "math_impl.h"

double scalbln(double x, long n) {
  if (n > 3000)
    n = 3000;
  else if (n < -3000)
    n = -3000;
  return scalbn(x, (int)n);
}
