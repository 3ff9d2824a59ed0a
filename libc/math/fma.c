#include "math_impl.h"

typedef unsigned __int128 u128;

static int clz128(u128 v) {
  uint64_t h = (uint64_t)(v >> 64);
  return h ? __builtin_clzll(h) : 64 + __builtin_clzll((uint64_t)v);
}

// v >> s, with the bits shifted out or-ed into the lowest bit (sticky).
static u128 shr_jam(u128 v, int s) {
  if (s <= 0)
    return v;
  if (s >= 128)
    return v != 0;
  return (v >> s) | ((v << (128 - s)) != 0);
}

// x*y + z with one rounding, in software (no FMA instruction in the x86-64
// baseline).  The exact product (106 bits) and z are aligned in 128-bit
// integers, the lost bits of the smaller one kept as a sticky bit, and the
// sum is rounded by the hardware in the current mode: either through a
// conversion from a 64-bit integer (63 significant bits plus sticky) or, for
// subnormal results, through a last multiplication by a power of two.
double fma(double x, double y, double z) {
  if (!isfinite(x) || !isfinite(y) || x == 0 || y == 0)
    return x * y + z;
  if (!isfinite(z))
    return z + z;
  if (z == 0) {
    // The exact product is not zero: adding a zero leaves it, so the result
    // is the product rounded once (a tiny one keeps its sign).
    double p = x * y;
    if (isinf(p) || (__builtin_fabs(p) < 0x1p-1022 && p == p))
      errno = ERANGE;
    return p;
  }
  uint64_t ix = asuint64(x), iy = asuint64(y), iz = asuint64(z);
  int ex = (int)((ix >> 52) & 0x7ff), ey = (int)((iy >> 52) & 0x7ff),
      ez = (int)((iz >> 52) & 0x7ff);
  uint64_t mx = (ix & 0x000fffffffffffffULL) | (ex ? 1ULL << 52 : 0);
  uint64_t my = (iy & 0x000fffffffffffffULL) | (ey ? 1ULL << 52 : 0);
  uint64_t mz = (iz & 0x000fffffffffffffULL) | (ez ? 1ULL << 52 : 0);
  ex = (ex ? ex : 1) - 1075;
  ey = (ey ? ey : 1) - 1075;
  ez = (ez ? ez : 1) - 1075;
  int sp = (int)((ix ^ iy) >> 63), sz = (int)(iz >> 63);
  // Normalize both to have their top bit at bit 125.
  u128 p = (u128)mx * my;
  int ep = ex + ey;
  int sh = clz128(p) - 2;
  p <<= sh;
  ep -= sh;
  u128 q = mz;
  sh = clz128(q) - 2;
  q <<= sh;
  ez -= sh;
  // Align to the larger exponent.
  int e;
  if (ep >= ez) {
    q = shr_jam(q, ep - ez);
    e = ep;
  } else {
    p = shr_jam(p, ez - ep);
    e = ez;
  }
  u128 r;
  int s;
  if (sp == sz) {
    r = p + q;
    s = sp;
  } else if (p >= q) {
    r = p - q;
    s = sp;
  } else {
    r = q - p;
    s = sz;
  }
  if (r == 0)  // exact cancellation: the sign of the zero by the mode
    return x * y + z;
  // value = r * 2^e; normalize r to have its top bit at bit 127.
  sh = clz128(r);
  r <<= sh;
  e -= sh;
  int top = e + 127;  // exponent of the leading bit
  double res;
  if (top >= -1022) {
    uint64_t hi = (uint64_t)(r >> 64) | ((uint64_t)r != 0);
    // 63 bits and the sticky bit: exact in a signed conversion.
    int64_t h = (int64_t)((hi >> 1) | (hi & 1));
    res = (double)(s ? -h : h);  // rounded to 53 bits in the current mode
    int k = e + 65;
    // res * 2^k: exact unless it overflows.
    if (k > 900) {  // exact steps until the last one overflows
      res *= 0x1p900;
      k -= 900;
      if (k > 900) {
        res *= 0x1p900;
        k -= 900;
        if (k > 1023)
          k = 1023;
      }
    } else if (k < -1000) {
      res *= 0x1p-100;
      k += 100;
    }
    res *= asdouble((uint64_t)(0x3ff + k) << 52);
  } else {
    // Subnormal: keep the value in units of 2^-1076 (two guard bits) with
    // a sticky bit, exactly, and let one multiplication round it.
    u128 v = shr_jam(r, -1076 - e);
    int64_t h = (int64_t)v;  // < 2^55
    res = (double)(s ? -h : h) * 0x1p-1000;
    res *= 0x1p-76;
  }
  if (isinf(res) || __builtin_fabs(res) < 0x1p-1022)
    errno = ERANGE;
  return res;
}
