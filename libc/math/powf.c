#include "math_fast.h"
#include "math_tables.h"

// In double for x > 0 normal and y finite: t = y*log(x) with the log table
// of the double functions (x = 2^k z, log(x) = k*ln2 + log(c) + log1p(r),
// r = z/c - 1 rounded, a polynomial of degree 6: relative error 2^-50), and
// e^t = 2^(t*N/ln2 / N) as in expf while the result is a normal float
// (|t| < 87).  The relative error of the whole is below 2^-38, so the float
// result is correctly rounded except within 2^-14 ulp of a midpoint.  All
// other arguments (special cases, overflow, underflow) take the double
// function.
float powf(float x, float y) {
  uint32_t ix = asuint32(x), ay = asuint32(y) & 0x7fffffffU;
  if (__builtin_expect(ix - 0x00800000U < 0x7f800000U - 0x00800000U &&
                           ay < 0x7f800000U, 1)) {
    uint64_t dx = asuint64((double)x);
    uint64_t tmp = dx - MATH_LOG_OFF;
    int i = (int)((tmp >> 45) % MATH_LOG_N);
    double kd = (double)((int64_t)tmp >> 52);
    double z = asdouble(dx - (tmp & 0xfffULL << 52));
    double r = z * math_log_fast_tab[i].invc - 1.0;
    double p = math_poly6(math_powf_log_poly, r);
    double l = (kd * MATH_LN2_HI + math_log_fast_tab[i].logc_hi) +
               (math_log_fast_tab[i].logc_lo + p);
    double t = (double)y * l;
    if (__builtin_expect(__builtin_fabs(t) < 87.0, 1))
      return (float)math_exp2n_fast_f(t * MATH_EXP_INVLN2N);
  }
  return math_narrowf(pow((double)x, (double)y));
}
