#include "math_impl.h"
#include "math_tables.h"

// Payne-Hanek reduction of m * 2^e (m < 2^64, e >= -43): returns the
// quadrant (mod 4) and the rest as yh + yl in [-pi/4, pi/4].  Only the four
// words of 2/pi that can reach the bits between 2^1 and 2^-128 of the
// product are multiplied: earlier words give multiples of 4, later ones less
// than 2^-128 relative to the smallest possible remainder of a double or a
// long double.
int __math_rem_pio2_large(uint64_t m, int e, double *yh, double *yl) {
  int j0 = 0;
  while (e - 64 * (j0 + 1) >= 2)
    j0++;
  uint64_t l[5] = {0, 0, 0, 0, 0};
  unsigned __int128 carry = 0;
  for (int i = 3; i >= 0; i--) {
    unsigned __int128 p = (unsigned __int128)m * math_2_over_pi_bits[j0 + i];
    p += carry;
    l[3 - i] = (uint64_t)p;
    carry = p >> 64;
  }
  l[4] = (uint64_t)carry;
  // value = l * 2^(e - 64*(j0 + 4)); the binary point is at bit b.
  int b = 64 * (j0 + 4) - e;
  uint64_t f0 = math_bits64(l, 5, b - 128), f1 = math_bits64(l, 5, b - 64);
  int n = (int)(math_bits64(l, 5, b) & 3);
  // The fraction as a signed 128-bit number in [-1/2, 1/2), converted to a
  // double-double through its magnitude normalized to bit 127.
  unsigned __int128 f = ((unsigned __int128)f1 << 64) | f0;
  int neg = (int)(f1 >> 63);
  if (neg) {
    n = (n + 1) & 3;
    f = -f;
  }
  if (f == 0) {
    *yh = *yl = 0;
    return n;
  }
  uint64_t top = (uint64_t)(f >> 64);
  int sh = top ? __builtin_clzll(top) : 64 + __builtin_clzll((uint64_t)f);
  f <<= sh;
  double h = (double)(uint64_t)(f >> 75);  // bits 75..127, exact
  double lo = (double)(uint64_t)(f >> 11);  // bits 11..74 (rounded)
  h *= asdouble((uint64_t)(0x3ff + 75 - 128 - sh) << 52);
  lo *= asdouble((uint64_t)(0x3ff + 11 - 128 - sh) << 52);
  if (neg) {
    h = -h;
    lo = -lo;
  }
  // The fraction is in quarter turns.
  dd_mul(h, lo, MATH_PIO2_HI, MATH_PIO2_LO, yh, yl);
  return n;
}

int __math_rem_pio2(double x, double *yh, double *yl) {
  double ax = __builtin_fabs(x);
  if (ax <= 0x1.921fb54442d18p-1) {
    *yh = x;
    *yl = 0;
    return 0;
  }
  if (ax < 0x1p20 * MATH_PIO2_HI) {
    // Cody-Waite: pi/2 in pieces of 33 bits, k < 2^20.
    double kd = x * MATH_INVPIO2 + 0x1.8p52;
    kd -= 0x1.8p52;
    double t = x - kd * MATH_PIO2_1;
    double s, se;
    two_sum(t, -kd * MATH_PIO2_2, &s, &se);
    double l = se - kd * MATH_PIO2_3 - kd * MATH_PIO2_3T;
    two_sum(s, l, yh, yl);
    return (int)(int64_t)kd & 3;
  }
  uint64_t ix = asuint64(ax);
  uint64_t m = (ix & 0x000fffffffffffffULL) | 0x0010000000000000ULL;
  int e = (int)(ix >> 52) - 1075;
  double h, l;
  int n = __math_rem_pio2_large(m, e, &h, &l);
  if (x < 0) {
    h = -h;
    l = -l;
    n = -n & 3;
  }
  *yh = h;
  *yl = l;
  return n;
}
