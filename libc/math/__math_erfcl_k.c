#include "math_ld.h"
#include "math_ld_tables.h"

// erfc(x) = exp(-x^2) erfcx(x): x^2 is split exactly and exp(-x^2) taken
// as 2^n (a pair) with __math_exp2l_k; erfcx(x) = exp(x^2) erfc(x) varies
// slowly: Taylor polynomials on intervals below 16 (mathl_erfcx, from
// tools/libm/gen_libm_ld_tables.c), beyond, its asymptotic series
// 1/(x sqrt(pi)) sum (-1)^k (2k-1)!! / (2x^2)^k to k = 12 (below 2^-70).
long double __math_erfcl_k(long double x, long double *lo, int *n) {
  long double gh, gl;
  if (x < 16) {
    int i = x < 4   ? (int)((x - 0.5L) * 8)
            : x < 8 ? 28 + (int)((x - 4) * 4)
                    : 44 + (int)((x - 8) * 2);
    const long double *c = mathl_erfcx[i];
    long double t = x - c[0];
    long double p = c[MATHL_ERFCX_DEG + 2];
    for (int k = MATHL_ERFCX_DEG + 1; k >= 3; k--)
      p = p * t + c[k];
    ld_two_sum(c[1], p * t, &gh, &gl);
    gl += c[2];
  } else {
    long double w = 0.5L / (x * x), s = 0;
    static const long double dfact[12] = {
        1, 3, 15, 105, 945, 10395, 135135, 2027025, 34459425, 654729075,
        13749310575.0L, 316234143225.0L};
    for (int k = 11; k >= 0; k--)  // sum_{k>=1} (-1)^k (2k-1)!! w^k
      s = w * ((k & 1 ? dfact[k] : -dfact[k]) + s);
    long double qh, ql;
    ldd_div(1.0L, 0, x, 0, &qh, &ql);
    ldd_mul(qh, ql, MATHL_1_SQRTPI_HI, MATHL_1_SQRTPI_LO, &qh, &ql);
    ld_fast_two_sum(1.0L, s, &gh, &gl);
    ldd_mul(qh, ql, gh, gl, &gh, &gl);
  }
  long double sh, sl, eh, el;
  ld_two_prod(x, x, &sh, &sl);
  ldd_mul(sh, sl, -MATHL_INVLN2_HI, -MATHL_INVLN2_LO, &sh, &sl);
  eh = __math_exp2l_k(sh, sl, &el, n);
  ldd_mul(eh, el, gh, gl, &eh, &el);
  *lo = el;
  return eh;
}
