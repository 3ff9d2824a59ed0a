#include "math_ld.h"

// fpatan implements the special cases of C Annex F for atan2.
long double atan2l(long double y, long double x) {
  if (isnan(x) || isnan(y))
    return x + y;
  return x87_fpatan(y, x);
}
