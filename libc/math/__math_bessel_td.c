#include "math_bessel_tables.h"
#include "math_tables.h"
#include "math_td.h"

// The slow path of jn and yn next to a zero of J_n or Y_n (n >= 2): the
// forward recurrence from J0, J1 (Y0, Y1) in triple-double.  There the
// result is a cancellation of terms of the size of the envelope, and the
// double-double path (about 2^-104 of the envelope) loses the last bits
// once the result is below about 2^-48 of it; here the seeds and the
// recurrence are good to about 2^-150 of the envelope.

#define POOL math_bessel_pool

static td_t td_d(double a) { return td_make(a, 0, 0); }

static int td_tiny(td_t a, double bound) {
  return __builtin_fabs(a.v[0]) < bound;
}

// f = J0 or Y0 and -f' = J1 or Y1 at x in [2, XB): the Taylor series
// around the center c of x's cell, as in taylor_seed (__math_bessel.c), the
// coefficients from Bessel's equation
// c^2 (k+1)(k+2) a[k+2] = -(c (k+1)(2k+1) a[k+1] + (k^2 + c^2) a[k]
//                          + 2c a[k-1] + a[k-2]),
// started from f(c), f'(c) in three parts (the cell's record and the
// table of third parts).  |t| <= 3/4, |a[k]| <= 1/k!: the terms fall
// below 2^-160 after about 50.
static void taylor_td(const uint16_t *cells, const double *third, double start,
                      double x, td_t f[2]) {
  int i = (int)((x - start) * (1 / MATH_BESSEL_W));
  const double *r = POOL + cells[i];
  td_t c = td_make(r[0], r[1], r[2]);
  td_t t = td_sub(td_d(x), c);
  td_t c2 = td_mul(c, c), ic2 = td_div(td_d(1), c2);
  // a[k-2], a[k-1], a[k], a[k+1]
  td_t a[4] = {td_d(0), td_d(0), td_make(r[3], r[4], third[2 * i]),
               td_make(r[5], r[6], third[2 * i + 1])};
  // t^(k+1); the sums of a[k] t^k and of k a[k] t^(k-1)
  td_t p = t, fs = td_add(a[2], td_mul(a[3], t)), gs = a[3];
  int small = 0;
  for (int k = 0; k < 100 && small < 2; k++) {
    td_t s = td_mul_d(td_mul(c, a[3]), (double)((k + 1) * (2 * k + 1)));
    s = td_add(s, td_mul(td_add(c2, td_d((double)(k * k))), a[2]));
    s = td_add(s, td_mul_d(td_mul(c, a[1]), 2));
    s = td_add(s, a[0]);
    s = td_div_d(td_neg(td_mul(s, ic2)), (double)((k + 1) * (k + 2)));
    td_t u = td_mul(p, s), v = td_mul_d(u, (double)(k + 2));
    gs = td_add(gs, v);
    fs = td_add(fs, td_mul(u, t));
    p = td_mul(p, t);
    a[0] = a[1], a[1] = a[2], a[2] = a[3], a[3] = s;
    // Two small terms in a row (one coefficient may be small by accident).
    small = td_tiny(v, 0x1p-160) ? small + 1 : 0;
  }
  f[0] = fs;
  f[1] = td_neg(gs);
}

// cos and sin of s, |s| <= pi/4 + small, by Taylor's series.
static void cos_sin_td(td_t s, td_t *c, td_t *sn) {
  td_t term = td_d(1);
  *c = term;
  *sn = td_d(0);
  for (int j = 1; j < 80; j++) {
    term = td_div_d(td_mul(term, s), j);
    td_t signed_term = (j & 3) == 1 || (j & 3) == 0 ? term : td_neg(term);
    if (j & 1)
      *sn = td_add(*sn, signed_term);
    else
      *c = td_add(*c, signed_term);
    if (td_tiny(term, 0x1p-165))
      break;
  }
}

// x = q pi/2 + r for 64 <= x < 2^60, r in [-pi/4, pi/4] to about 2^-155:
// Payne-Hanek with the first five words of 2/pi (x = m 2^e, m < 2^53,
// -46 <= e <= 7, so every word is needed and the product is exact to
// 2^(60 - 320) quarter turns), the fraction taken to 192 bits.
static int rem_pio2_td(double x, td_t pio4, td_t *r) {
  uint64_t ix = asuint64(x);
  uint64_t m = (ix & 0x000fffffffffffffULL) | 0x0010000000000000ULL;
  int e = (int)(ix >> 52) - 1075;
  uint64_t l[6];
  unsigned __int128 carry = 0;
  for (int i = 4; i >= 0; i--) {
    unsigned __int128 p = (unsigned __int128)m * math_2_over_pi_bits[i] + carry;
    l[4 - i] = (uint64_t)p;
    carry = p >> 64;
  }
  l[5] = (uint64_t)carry;
  // x * 2/pi = l * 2^(e - 320): the binary point is at bit b.
  int b = 320 - e;
  int q = (int)(math_bits64(l, 6, b) & 3);
  uint64_t f[3] = {math_bits64(l, 6, b - 64), math_bits64(l, 6, b - 128),
                   math_bits64(l, 6, b - 192)};
  int neg = (int)(f[0] >> 63);
  if (neg) {  // the fraction minus 1, as a magnitude
    q = (q + 1) & 3;
    unsigned __int128 c = 1;
    for (int i = 2; i >= 0; i--) {
      c += (uint64_t)~f[i];
      f[i] = (uint64_t)c;
      c >>= 64;
    }
  }
  // The 192 bits in six exact pieces of 32.
  td_t fr = td_d(0);
  for (int i = 0; i < 3; i++) {
    double scale = asdouble((uint64_t)(1023 - 64 * (i + 1)) << 52);
    fr = td_add(fr, td_d((double)(f[i] >> 32) * 0x1p32 * scale));
    fr = td_add(fr, td_d((double)(f[i] & 0xffffffffu) * scale));
  }
  // In quarter turns: times pi/2.
  fr = td_mul(fr, td_add(pio4, pio4));
  *r = neg ? td_neg(fr) : fr;
  return q;
}

// Hankel's expansion (DLMF 10.17.3) for x >= XB, without its factor
// sqrt(2/(pi x)) (common to both seeds, it only scales the result):
// J_nu = P cos w - Q sin w, Y_nu = P sin w + Q cos w, w = x - nu pi/2 - pi/4,
// P = sum (-1)^k a_2k / x^2k, Q = sum (-1)^k a_(2k+1) / x^(2k+1),
// a_k = prod_{j=1}^k (4nu^2 - (2j-1)^2) / (k! 8^k).  At x = 64 the terms
// fall below 2^-165 after about 75 (they decrease up to about k = 2x).
static void hankel_td(int y, double x, td_t f[2]) {
  td_t u = td_div(td_d(1), td_d(x)), P[2], Q[2];
  for (int nu = 0; nu < 2; nu++) {
    td_t term = td_d(1);
    P[nu] = term;
    Q[nu] = td_d(0);
    for (int k = 0; k < 128 && !td_tiny(term, 0x1p-165); k++) {
      double m = 4.0 * nu * nu - (2.0 * k + 1) * (2.0 * k + 1);
      term = td_mul(td_div_d(td_mul_d(term, m), 8.0 * (k + 1)), u);
      td_t signed_term = ((k + 1) >> 1) & 1 ? td_neg(term) : term;
      if ((k + 1) & 1)
        Q[nu] = td_add(Q[nu], signed_term);
      else
        P[nu] = td_add(P[nu], signed_term);
    }
  }
  // w0 = x - pi/4 = q pi/2 + s, s = r - pi/4 in [-pi/4, pi/4].
  td_t r, pio4 = td_make(MATH_BESSEL_PIO4_1, MATH_BESSEL_PIO4_2,
                         MATH_BESSEL_PIO4_3);
  int q = rem_pio2_td(x, pio4, &r);
  td_t s = td_sub(r, pio4);
  if (s.v[0] < -MATH_BESSEL_PIO4_1) {
    s = td_add(td_add(s, pio4), pio4);
    q--;
  }
  td_t c, sn, C, S;
  cos_sin_td(s, &c, &sn);
  switch (q & 3) {
    case 0: C = c, S = sn; break;
    case 1: C = td_neg(sn), S = c; break;
    case 2: C = td_neg(c), S = td_neg(sn); break;
    default: C = sn, S = td_neg(c); break;
  }
  // w1 = w0 - pi/2: cos w1 = S, sin w1 = -C.
  if (y) {
    f[0] = td_add(td_mul(P[0], S), td_mul(Q[0], C));
    f[1] = td_sub(td_mul(Q[1], S), td_mul(P[1], C));
  } else {
    f[0] = td_sub(td_mul(P[0], C), td_mul(Q[0], S));
    f[1] = td_add(td_mul(P[1], S), td_mul(Q[1], C));
  }
}

double __math_bessel_td(int y, unsigned n, double x) {
  td_t f[2];
  double ah = 1, al = 0;
  if (x >= MATH_BESSEL_XB) {
    hankel_td(y, x, f);
    double xh, xl;
    dd_sqrt(0.25 * x, 0, &xh, &xl);  // sqrt(x)/2
    dd_div(0.5 * MATH_SQRT_2_OVER_PI_HI, 0.5 * MATH_SQRT_2_OVER_PI_LO, xh, xl,
           &ah, &al);
  } else if (y) {
    taylor_td(math_bessel_y0_cell, math_bessel_y0_third, MATH_BESSEL_YS, x, f);
  } else {
    taylor_td(math_bessel_j0_cell, math_bessel_j0_third, 0, x, f);
  }
  // f_{k+1} = (2k/x) f_k - f_{k-1}
  td_t u = td_div(td_d(1), td_d(x));
  for (unsigned k = 1; k < n; k++) {
    td_t t = td_sub(td_mul(f[1], td_mul_d(u, 2.0 * k)), f[0]);
    f[0] = f[1];
    f[1] = t;
  }
  double rh, rl;
  dd_mul(f[1].v[0], f[1].v[1] + f[1].v[2], ah, al, &rh, &rl);
  return rh;
}
