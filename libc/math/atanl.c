#include "math_ld.h"

long double atanl(long double x) {
  if (isnan(x))
    return x + x;
  return x87_fpatan(x, 1.0L);
}
