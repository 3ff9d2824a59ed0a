#include "math_ld.h"
#include "math_ld_tables.h"

// atanh(a) = (1/2) log((1 + a)/(1 - a)).  With (1 + a)/(1 - a) = 2^k m,
// m in [sqrt(1/2), sqrt(2)), that is k ln2/2 + atanh(f) where
// f = (m - 1)/(m + 1) = (N - 2^k D)/(N + 2^k D), N = 1 + a and D = 1 - a
// as pairs: the difference is exact (Sterbenz) and |f| <= 0.172.
// atanh(f) = f + f W(f^2): W is below 0.01, so long double suffices for
// it, and the only large error is the final rounding.
static long double atanh_series(long double fh, long double fl,
                                long double *lo) {
  // 1/(2j + 3) for j = 0 .. 12: the next term is below 2^-70 of f.
  static const long double c[13] = {
      1.0L / 3,  1.0L / 5,  1.0L / 7,  1.0L / 9,  1.0L / 11,
      1.0L / 13, 1.0L / 15, 1.0L / 17, 1.0L / 19, 1.0L / 21,
      1.0L / 23, 1.0L / 25, 1.0L / 27};
  long double z = fh * fh, w = c[12];
  for (int j = 11; j >= 0; j--)
    w = w * z + c[j];
  long double h;
  ld_fast_two_sum(fh, fh * z * w, &h, lo);
  *lo += fl;
  return h;
}

long double atanhl(long double x) {
  long double ax = __builtin_fabsl(x), r;
  if (isnan(x))
    return x + x;
  if (ax > 1.0L)
    return math_invalidl(x);
  if (ax == 1.0L) {
    errno = ERANGE;
    return x / (volatile long double){0.0L};
  }
  if (ax < 0x1p-33L)
    return x;
  long double h, l;
  if (ax < 0.0625L) {
    h = atanh_series(ax, 0, &l);
    r = h + l;
  } else {
    long double nh, nl, dh, dl, uh, ul, vh, vl, fh, fl;
    ld_two_sum(1.0L, ax, &nh, &nl);
    ld_two_sum(1.0L, -ax, &dh, &dl);
    int k = ilogbl(nh / dh * 0.70710678118654752440L) + 1;
    long double s = x87_fscale(1.0L, (long double)k);
    dh *= s, dl *= s;
    uh = nh - dh;  // exact: nh / dh is in [sqrt(1/2), sqrt(2)]
    ul = nl - dl;
    ld_two_sum(nh, dh, &vh, &vl);
    vl += nl + dl;
    ldd_div(uh, ul, vh, vl, &fh, &fl);
    h = atanh_series(fh, fl, &l);
    long double kh, kl;
    ld_two_prod(0.5L * k, MATHL_LN2_HI, &kh, &kl);
    kl += 0.5L * k * MATHL_LN2_LO;
    ldd_add(kh, kl, h, l, &h, &l);
    r = h + l;
  }
  return x < 0 ? -r : r;
}
