#include "math_ld.h"

long lrintl(long double x) {
  return (long)llrintl(x);
}
