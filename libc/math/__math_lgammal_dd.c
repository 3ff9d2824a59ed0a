#include "math_ld.h"
#include "math_ld_tables.h"

// log(ah + al) as a pair, ah > 0.
static long double ln_pair(long double ah, long double al, long double *lo) {
  long double h, l;
  h = __math_log2l_dd(ah, &l);
  ldd_mul(h, l, MATHL_LN2_HI, MATHL_LN2_LO, &h, &l);
  ldd_add(h, l, al / ah, 0, &h, lo);
  return h;
}

// lgamma(2 + t), |t| <= 1/2: the Taylor series at 2 (coefficients
// (-1)^k (zeta(k) - 1)/k), its first nine terms summed in pairs (absolute
// error about 2^-84, for the zeros of lgamma below -2).
static long double lgamma2(long double t, long double *lo) {
  long double r = mathl_lgamma2[MATHL_LGAMMA2_N - 1];
  for (int k = MATHL_LGAMMA2_N - 2; k >= 8; k--)
    r = r * t + mathl_lgamma2[k];
  long double ah = r, al = 0;
  for (int k = 7; k >= 0; k--) {
    ldd_mul(ah, al, t, 0, &ah, &al);
    ldd_add(mathl_lgamma2[k], mathl_lgamma2_lo[k], ah, al, &ah, &al);
  }
  ldd_mul(ah, al, t, 0, &ah, &al);
  ldd_add(MATHL_1M_EULER_HI, MATHL_1M_EULER_LO, ah, al, &ah, &al);
  ldd_mul(ah, al, t, 0, &ah, lo);
  return ah;
}

// sum_{k=0}^{12} z^k / d[k] for a pair z, in pairs (the d[k] are exact).
static long double series_pair(long double zh, long double zl,
                               const long double *d, long double *lo) {
  long double h = 1.0L / d[12], l = 0, ch, cl;
  for (int k = 11; k >= 0; k--) {
    ldd_mul(h, l, zh, zl, &h, &l);
    ldd_div(1.0L, 0, d[k], 0, &ch, &cl);
    ldd_add(ch, cl, h, l, &h, &l);
  }
  *lo = l;
  return h;
}

// |sin(pi r)| for 0 < |r| <= 1/2 as a pair: the Taylor series of sin(y),
// y = pi r (|r| <= 1/4), or of cos(y), y = pi (1/2 - |r|), with z = y^2
// <= 0.62 (the first omitted term is below 2^-90), summed in pairs.
static long double sinpi_abs(long double r, long double *lo) {
  static const long double fact_odd[13] = {
      1, -6, 120, -5040, 362880, -39916800, 6227020800.0L, -1307674368000.0L,
      355687428096000.0L, -121645100408832000.0L, 51090942171709440000.0L,
      -25852016738884976640000.0L, 15511210043330985984000000.0L};
  static const long double fact_even[13] = {
      1, -2, 24, -720, 40320, -3628800, 479001600, -87178291200.0L,
      20922789888000.0L, -6402373705728000.0L, 2432902008176640000.0L,
      -1124000727777607680000.0L, 620448401733239439360000.0L};
  r = __builtin_fabsl(r);
  int use_cos = r > 0.25L;
  if (use_cos)
    r = 0.5L - r;
  long double yh, yl, zh, zl, sh, sl;
  ldd_mul(MATHL_PI_HI, MATHL_PI_LO, r, 0, &yh, &yl);
  ldd_mul(yh, yl, yh, yl, &zh, &zl);
  sh = series_pair(zh, zl, use_cos ? fact_even : fact_odd, &sl);
  if (!use_cos)
    ldd_mul(sh, sl, yh, yl, &sh, &sl);
  *lo = sl;
  return sh;
}

// x > 0 (not tiny).
static long double lgamma_pos(long double x, long double *lo) {
  long double h, l, ph, pl;
  if (x < 0.5L) {  // lgamma(2 + x) - log(x (1 + x))
    ld_two_sum(1.0L, x, &ph, &pl);
    ldd_mul(ph, pl, x, 0, &ph, &pl);
    long double gh = lgamma2(x, &l);
    h = ln_pair(ph, pl, &pl);
    ldd_add(gh, l, -h, -pl, &h, lo);
    return h;
  }
  if (x < 1.5L) {  // lgamma(2 + (x - 1)) - log(x)
    long double gh = lgamma2(x - 1, &l);
    h = ln_pair(x, 0, &pl);
    ldd_add(gh, l, -h, -pl, &h, lo);
    return h;
  }
  if (x < 2.5L)
    return lgamma2(x - 2, lo);
  if (x < 10) {  // log((x-1)...(x-n)) + lgamma(x - n), x - n in [1.5, 2.5)
    int n = (int)(x - 1.5L);
    ph = x - 1;
    pl = 0;
    for (int k = 2; k <= n; k++)
      ldd_mul(ph, pl, x - k, 0, &ph, &pl);
    long double gh = lgamma2(x - n - 2, &l);
    h = ln_pair(ph, pl, &pl);
    ldd_add(gh, l, h, pl, &h, lo);
    return h;
  }
  // Stirling: x (log x - 1) - log(x)/2 + log(2 pi)/2 + series.
  long double lh, ll, u = x < 0x1p32L ? 1 / x : 0, z = u * u;
  lh = ln_pair(x, 0, &ll);
  long double s = 0;  // beyond 2^32 the series is below 2^-70 relative
  if (x < 0x1p32L) {
    s = mathl_stirling[MATHL_STIRLING_N - 1];
    for (int k = MATHL_STIRLING_N - 2; k >= 0; k--)
      s = s * z + mathl_stirling[k];
  }
  ldd_add(lh, ll, -1.0L, 0, &h, &l);
  int scale = x > 0x1p16000L;
  ldd_mul(h, l, scale ? x * 0x1p-128L : x, 0, &h, &l);
  if (scale) {
    h *= 0x1p128L;
    l *= 0x1p128L;
    if (isinf(h)) {
      *lo = 0;
      return h;
    }
  }
  ldd_add(h, l, -0.5L * lh, -0.5L * ll, &h, &l);
  ldd_add(h, l, MATHL_HALF_LN2PI_HI, MATHL_HALF_LN2PI_LO + s * u, &h, lo);
  return h;
}

// Reflection for x < 0: Gamma(x) = -pi / (x sin(pi x) Gamma(-x)).
long double __math_lgammal_dd(long double x, long double *lo, int *sign) {
  *sign = 1;
  long double ax = __builtin_fabsl(x);
  if (ax < 0x1p-70L) {  // -log|x| (gamma x is below 2^-70 relative)
    if (x < 0)
      *sign = -1;
    long double l, h = ln_pair(ax, 0, &l);
    *lo = -l;
    return -h;
  }
  if (x > 0)
    return lgamma_pos(x, lo);
  long double n = roundl(x), r = x - n;
  long double sh, sl, h, l, gh, gl;
  sh = sinpi_abs(r, &sl);
  // sign(Gamma(x)) = sign(sin(pi x)) = (-1)^n sign(r)
  int odd = __builtin_fabsl(n) < 0x1p63L && ((int64_t)n & 1);
  if ((r < 0) != odd)
    *sign = -1;
  ldd_mul(sh, sl, ax, 0, &sh, &sl);
  h = ln_pair(sh, sl, &l);
  gh = lgamma_pos(ax, &gl);
  ldd_add(MATHL_LNPI_HI, MATHL_LNPI_LO, -h, -l, &h, &l);
  ldd_add(h, l, -gh, -gl, &h, lo);
  return h;
}
