#include "math_ld.h"

long double scalblnl(long double x, long n) {
  if (n > 40000)
    n = 40000;
  else if (n < -40000)
    n = -40000;
  return scalbnl(x, (int)n);
}
