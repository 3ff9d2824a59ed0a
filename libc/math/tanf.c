#include "math_fast.h"
#include "math_tables.h"

// In double: x = n*pi/2 + y (math_rem_pio2f) and tan(y) = y*P(z)/Q(z),
// z = y^2, a rational approximation of degree 3/3 in z on [-pi/4, pi/4]
// (relative error 2^-45); tan(x) = -Q/(y*P) for odd n.  The float result
// is correctly rounded except within 2^-20 ulp of a midpoint.  |x| < 2^-12
// (tan(x) = x with its exceptions), |x| >= 2^20 (Payne-Hanek) and
// non-finite arguments take the double function.
float tanf(float x) {
  uint32_t ax = asuint32(x) & 0x7fffffffU;
  if (__builtin_expect(ax - 0x39800000U < 0x49800000U - 0x39800000U, 1)) {
    int n;
    double y = math_rem_pio2f(x, &n);
    double z = y * y, z2 = z * z;
    const double *c = math_tanf_rat;
    double p = y * (c[0] + z * c[1] + z2 * c[2]);
    double q = 1.0 + z * c[3] + z2 * (c[4] + z * c[5]);
    double a = n & 1 ? -q : p, b = n & 1 ? p : q;
    return (float)(a / b);
  }
  return math_narrowf(tan((double)x));
}
