#include "math_fast.h"

// In double: 2^(z/N) with z = x*N/ln2 (relative error 2^-39 of the whole
// computation), so the float result is correctly rounded except within
// 2^-15 ulp of a midpoint.  Results that overflow or are not normal floats
// take the double function and the errno check of math_narrowf.
float expf(float x) {
  if (__builtin_expect(__builtin_fabsf(x) < 87.0f, 1))
    return (float)math_exp2n_fast_f((double)x * MATH_EXP_INVLN2N);
  return math_narrowf(exp((double)x));
}
