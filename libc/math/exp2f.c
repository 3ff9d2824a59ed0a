#include "math_fast.h"

// In double: 2^(z/N) with z = x*N exact (relative error 2^-40), so the
// float result is correctly rounded except within 2^-16 ulp of a midpoint.
// Results that overflow or are not normal floats take the double function
// and the errno check of math_narrowf.
float exp2f(float x) {
  if (__builtin_expect(__builtin_fabsf(x) < 126.0f, 1))
    return (float)math_exp2n_fast_f((double)x * MATH_EXP_N);
  return math_narrowf(exp2((double)x));
}
