#include "math_ld.h"

long long llroundl(long double x) {
  return llrintl(roundl(x));
}
