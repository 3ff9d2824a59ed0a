#include "math_fast.h"
#include "math_tables.h"

// In double: x = 2^k z, z in [0x1.6p-1, 0x1.6p0), log(x) = k*ln2 + log(c) +
// log1p(z/c - 1) with 1/c and log(c) from a table of 32 intervals
// (c = 1 on the two next to 1, so that results near 0 keep their relative
// accuracy) and a polynomial of degree 6: relative error 2^-40, so the
// float result is correctly rounded except within 2^-16 ulp of a midpoint.
// Zero, negative, subnormal and non-finite arguments take the double
// function.
float logf(float x) {
  uint32_t ix = asuint32(x);
  if (__builtin_expect(ix - 0x00800000U < 0x7f800000U - 0x00800000U, 1)) {
    double kd;
    int i;
    double r = math_logf_reduce(ix, &kd, &i);
    double p = math_poly6(math_logf_poly, r);
    return (float)((kd * MATH_LN2_HI + math_logf_tab[i].logc) + p);
  }
  return math_narrowf(log((double)x));
}
