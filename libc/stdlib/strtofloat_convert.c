// Internal: correctly rounded conversion of a scanned number to a binary
// floating-point format (see strtod_impl.h for the method).
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "strtod_impl.h"
#include "strtod_pow5.h"

typedef unsigned __int128 u128;

// Rounding directions, encoded as in the x87 control word's RC field.
#define ROUND_NEAREST 0
#define ROUND_DOWNWARD 1
#define ROUND_UPWARD 2
#define ROUND_TOWARDZERO 3

// The current rounding direction (fesetround sets the x87 control word
// and MXCSR alike; glibc's fegetround reads the former).
static int rounding_mode(void) {
  unsigned short cw;
  __asm__("fnstcw %0" : "=m"(cw));
  return (cw >> 10) & 3;
}

// Rounds hi (with the classified tail below it) in direction `mode` after
// dropping its `drop` low bits.  The result may be 2^(64 - drop).
static u128 round_bits(uint64_t hi, int tail, int64_t drop, int mode,
                       bool neg, bool *inexact) {
  uint64_t m, low, half;
  if (drop == 0) {
    m = hi;
    low = 0;
    half = 1;  // the tail alone decides
  } else if (drop > 64) {
    m = 0;
    low = 0;
    half = 1;
    tail = STRTOFLOAT_TAIL_LOW;  // nonzero, far below half a unit
  } else {
    m = drop == 64 ? 0 : hi >> drop;
    low = drop == 64 ? hi : hi & (((uint64_t)1 << drop) - 1);
    half = (uint64_t)1 << (drop - 1);
  }
  *inexact = low != 0 || tail != STRTOFLOAT_TAIL_ZERO;
  bool up;
  if (mode == ROUND_NEAREST) {
    if (drop == 0)
      up = tail == STRTOFLOAT_TAIL_HIGH ||
           (tail == STRTOFLOAT_TAIL_HALF && (m & 1) != 0);
    else
      up = low > half ||
           (low == half && (tail != STRTOFLOAT_TAIL_ZERO || (m & 1) != 0));
  } else {
    up = *inexact && (neg ? mode == ROUND_DOWNWARD : mode == ROUND_UPWARD);
  }
  return (u128)m + up;
}

// Builds the result for the value (hi + tail) * 2^(e - 63), bit 63 of hi
// set, with r->neg already set.  Returns whether errno must be set to
// ERANGE: on overflow, and when the result is tiny and inexact, tininess
// being judged after rounding (x86 semantics: tiny unless rounding to full
// precision with an unbounded exponent reaches the smallest normal
// number).  Overflows give infinity, or the largest finite value when
// rounding toward zero.
static bool round_pack(uint64_t hi, int tail, int64_t e, int mode,
                       const struct strtofloat_format *f,
                       struct strtofloat_result *r) {
  int p = f->mant_bits, bias = 1 - f->emin;
  bool inexact, neg = r->neg;
  if (e >= f->emin) {
    u128 m = round_bits(hi, tail, 64 - p, mode, neg, &inexact);
    if ((m >> p) != 0) {
      m >>= 1;
      ++e;
    }
    if (e > f->emax) {
      if (mode == ROUND_TOWARDZERO ||
          mode == (neg ? ROUND_UPWARD : ROUND_DOWNWARD)) {
        r->mant = p == 64 ? UINT64_MAX : ((uint64_t)1 << p) - 1;
        r->exp = f->emax + bias;
      } else {
        r->mant = 0;
        r->exp = f->emax + bias + 1;
      }
      return true;
    }
    r->mant = (uint64_t)m;
    r->exp = (int)(e + bias);
    return false;
  }
  u128 m = round_bits(hi, tail, 64 - p + (f->emin - e), mode, neg, &inexact);
  r->mant = (uint64_t)m;
  r->exp = (m >> (p - 1)) != 0 ? 1 : 0;
  if (!inexact)
    return false;
  if (e == f->emin - 1 &&
      (round_bits(hi, tail, 64 - p, mode, neg, &inexact) >> p) != 0)
    return false;
  return true;
}

// Fast path: w * 10^q from the first 64 bits of the product of w and the
// 128-bit approximation of 5^q.  The truncated product P and the exact
// product X satisfy P <= X < P + w < P + 2^64 (X == P if 5^q is exact);
// the result is accepted only if every X in that interval has the same
// leading 64 bits and the same tail classification.
static bool eisel_lemire(uint64_t w, int64_t q, uint64_t *hi_out, int *tail,
                         int64_t *e_out) {
  if (q < STRTOD_POW5_QMIN || q > STRTOD_POW5_QMAX)
    return false;
  const uint64_t *t = strtod_pow5[q - STRTOD_POW5_QMIN];
  int s = __builtin_clzll(w);
  uint64_t wn = w << s;
  u128 lo = (u128)wn * t[1], hi = (u128)wn * t[0];
  u128 mid = (lo >> 64) + (uint64_t)hi;
  uint64_t x0 = (uint64_t)lo, x1 = (uint64_t)mid;
  uint64_t x2 = (uint64_t)(hi >> 64) + (uint64_t)(mid >> 64);
  bool exact = q >= 0 && q <= 55;

  // Align the leading one to bit 63 of h; r1:r0 is the 128-bit remainder
  // below it, and `slack` the uncertainty in units of 2^64 of it.
  int top = (int)(x2 >> 63);
  uint64_t h, r1, r0, slack;
  if (top) {
    h = x2;
    r1 = x1;
    r0 = x0;
    slack = 1;
  } else {
    h = x2 << 1 | x1 >> 63;
    r1 = x1 << 1 | x0 >> 63;
    r0 = x0 << 1;
    slack = 2;
  }
  const uint64_t half = (uint64_t)1 << 63;
  if (exact) {
    if (r1 == 0 && r0 == 0)
      *tail = STRTOFLOAT_TAIL_ZERO;
    else if (r1 < half)
      *tail = STRTOFLOAT_TAIL_LOW;
    else if (r1 == half && r0 == 0)
      *tail = STRTOFLOAT_TAIL_HALF;
    else
      *tail = STRTOFLOAT_TAIL_HIGH;
  } else {
    // The true remainder lies strictly between r and r + slack * 2^64.
    if (r1 > UINT64_MAX - slack)
      return false;  // might carry into h
    if (r1 >= half)
      *tail = STRTOFLOAT_TAIL_HIGH;
    else if (r1 + slack < half || (r1 + slack == half && r0 == 0))
      *tail = STRTOFLOAT_TAIL_LOW;
    else
      return false;  // might be on either side of one half
  }
  *hi_out = h;
  *e_out = 190 + top + ((q * 152170) >> 16) - 127 + q - s;
  return true;
}

// Digit-buffer conversion (long double inputs of more than 800 digits):
// 0.d[0]d[1]...d[n-1] * 10^dp, plus a nonzero tail
// beyond the kept digits if `trunc`.  d[0] and d[n-1] are nonzero.
struct decimal {
  unsigned char *d;
  int n, cap;
  int64_t dp;
  bool trunc;
};

static void decimal_trim(struct decimal *a) {
  while (a->n > 0 && a->d[a->n - 1] == 0)
    --a->n;
}

// Divides by 2^k, 1 <= k <= 60 (so that acc * 10 + 9 cannot overflow).
static void decimal_shift_right(struct decimal *a, int k) {
  int r = 0, w = 0;
  uint64_t acc = 0, mask = ((uint64_t)1 << k) - 1;
  while ((acc >> k) == 0) {
    acc = acc * 10 + (r < a->n ? a->d[r] : 0);
    ++r;
  }
  a->dp -= r - 1;
  for (; r < a->n; ++r) {
    a->d[w++] = (unsigned char)(acc >> k);
    acc = (acc & mask) * 10 + a->d[r];
  }
  while (acc != 0) {
    unsigned char digit = (unsigned char)(acc >> k);
    if (w < a->cap)
      a->d[w++] = digit;
    else if (digit != 0)
      a->trunc = true;
    acc = (acc & mask) * 10;
  }
  a->n = w;
  decimal_trim(a);
}

// Multiplies by 2^k, 1 <= k <= 60.  The product has at most 19 more
// digits; it is built right-aligned at d[n + 19] and then moved to the
// front (the buffer has cap + 19 bytes).
static void decimal_shift_left(struct decimal *a, int k) {
  int end = a->n + 19, w = end;
  uint64_t carry = 0;
  for (int i = a->n - 1; i >= 0; --i) {
    uint64_t v = ((uint64_t)a->d[i] << k) + carry;
    carry = v / 10;
    a->d[--w] = (unsigned char)(v - carry * 10);
  }
  while (carry != 0) {
    uint64_t c = carry / 10;
    a->d[--w] = (unsigned char)(carry - c * 10);
    carry = c;
  }
  int len = end - w;
  a->dp += len - a->n;
  memmove(a->d, a->d + w, (size_t)len);
  if (len > a->cap) {
    for (int i = a->cap; i < len; ++i)
      if (a->d[i] != 0)
        a->trunc = true;
    len = a->cap;
  }
  a->n = len;
  decimal_trim(a);
}

// Big integers: little-endian 64-bit limbs, n of them in use (the top one
// nonzero), room for the format's big_limbs.
struct big {
  uint64_t *l;
  int n;
};

static void big_mul_add(struct big *a, uint64_t m, uint64_t add) {
  u128 carry = add;
  for (int i = 0; i < a->n; ++i) {
    u128 t = (u128)a->l[i] * m + carry;
    a->l[i] = (uint64_t)t;
    carry = t >> 64;
  }
  if (carry != 0)
    a->l[a->n++] = (uint64_t)carry;
}

static const uint64_t pow10_u64[20] = {
    1u,
    10u,
    100u,
    1000u,
    10000u,
    100000u,
    1000000u,
    10000000u,
    100000000u,
    1000000000u,
    10000000000u,
    100000000000u,
    1000000000000u,
    10000000000000u,
    100000000000000u,
    1000000000000000u,
    10000000000000000u,
    100000000000000000u,
    1000000000000000000u,
    10000000000000000000u,
};

static void big_mul_pow10(struct big *a, int64_t e) {
  for (; e >= 19; e -= 19)
    big_mul_add(a, pow10_u64[19], 0);
  if (e > 0)
    big_mul_add(a, pow10_u64[e], 0);
}

static void big_set_pow5(struct big *a, int64_t e) {
  static const uint64_t pow5_27 = UINT64_C(7450580596923828125);
  a->l[0] = 1;
  a->n = 1;
  for (; e >= 27; e -= 27)
    big_mul_add(a, pow5_27, 0);
  uint64_t m = 1;
  while (e-- > 0)
    m *= 5;
  big_mul_add(a, m, 0);
}

static int64_t big_bits(const struct big *a) {
  return a->n == 0 ? 0 : 64 * (int64_t)a->n - __builtin_clzll(a->l[a->n - 1]);
}

static uint64_t big_limb(const struct big *a, int64_t i) {
  return i >= 0 && i < a->n ? a->l[i] : 0;
}

// Bits [pos, pos + 128) of a; pos may be negative (zeros shifted in).
static u128 big_extract(const struct big *a, int64_t pos) {
  if (pos < 0) {
    u128 v = (u128)big_limb(a, 1) << 64 | big_limb(a, 0);
    return v << -pos;  // a has fewer than 128 + pos bits here
  }
  int64_t i = pos / 64;
  int b = (int)(pos % 64);
  u128 lo = (u128)big_limb(a, i + 1) << 64 | big_limb(a, i);
  if (b == 0)
    return lo;
  return lo >> b | (u128)big_limb(a, i + 2) << (128 - b);
}

// Whether any of the bits below position pos is set.
static bool big_low_nonzero(const struct big *a, int64_t pos) {
  int64_t i = 0;
  for (; 64 * (i + 1) <= pos; ++i)
    if (big_limb(a, i) != 0)
      return true;
  int b = (int)(pos - 64 * i);
  return b > 0 && (big_limb(a, i) & (((uint64_t)1 << b) - 1)) != 0;
}

static void big_shl(struct big *a, int64_t s) {
  if (a->n == 0 || s == 0)
    return;
  int limbs = (int)(s / 64), b = (int)(s % 64);
  a->l[a->n + limbs] = 0;
  for (int i = a->n - 1; i >= 0; --i) {
    uint64_t v = a->l[i];
    if (b != 0) {
      a->l[i + limbs + 1] |= v >> (64 - b);
      v <<= b;
    }
    a->l[i + limbs] = v;
  }
  for (int i = 0; i < limbs; ++i)
    a->l[i] = 0;
  a->n += limbs + 1;
  while (a->n > 0 && a->l[a->n - 1] == 0)
    --a->n;
}

static int big_cmp(const struct big *a, const struct big *b) {
  if (a->n != b->n)
    return a->n < b->n ? -1 : 1;
  for (int i = a->n - 1; i >= 0; --i)
    if (a->l[i] != b->l[i])
      return a->l[i] < b->l[i] ? -1 : 1;
  return 0;
}

// a -= b, for a >= b.
static void big_sub(struct big *a, const struct big *b) {
  uint64_t borrow = 0;
  for (int i = 0; i < a->n; ++i) {
    uint64_t x = a->l[i], y = big_limb(b, i);
    uint64_t d = x - y - borrow;
    borrow = (x < y) || (x - y < borrow);
    a->l[i] = d;
  }
  while (a->n > 0 && a->l[a->n - 1] == 0)
    --a->n;
}

// Exact conversion of the significant digits D (truncated to big_digits,
// sticky beyond) times 10^E.  Returns false if the input has more digits
// than the format may truncate to.
static bool convert_big(const struct strtofloat_scan *sc,
                        const struct strtofloat_format *f, uint64_t *hi_out,
                        int *tail_out, int64_t *e_out) {
  uint64_t storage[3 * f->big_limbs];
  struct big d = {storage, 0}, g = {storage + f->big_limbs, 0},
             t = {storage + 2 * f->big_limbs, 0};
  int kept = 0, chunk_digits = 0;
  uint64_t chunk = 0;
  bool trunc = false;
  for (const char *p = sc->digits; p < sc->digits_end; ++p) {
    if (*p == '.')
      continue;
    if (kept == f->big_digits) {
      if (f->big_digits < f->max_digits)
        return false;
      trunc |= *p != '0';
      continue;
    }
    chunk = chunk * 10 + (uint64_t)(*p - '0');
    ++kept;
    if (++chunk_digits == 19) {
      big_mul_add(&d, pow10_u64[19], chunk);
      chunk = 0;
      chunk_digits = 0;
    }
  }
  big_mul_add(&d, pow10_u64[chunk_digits], chunk);
  int64_t e10 = sc->e10 + sc->nw - kept;

  int tail;
  if (e10 >= 0) {
    big_mul_pow10(&d, e10);
    int64_t bits = big_bits(&d);
    *hi_out = (uint64_t)big_extract(&d, bits - 64);
    bool half = bits > 64 && ((big_extract(&d, bits - 65) & 1) != 0);
    bool rest = trunc || (bits > 65 && big_low_nonzero(&d, bits - 65));
    tail = half ? (rest ? STRTOFLOAT_TAIL_HIGH : STRTOFLOAT_TAIL_HALF)
                : (rest ? STRTOFLOAT_TAIL_LOW : STRTOFLOAT_TAIL_ZERO);
    *tail_out = tail;
    *e_out = bits - 1;
    return true;
  }

  // value = d / g * 2^e10 with g = 5^-e10; scale so that the quotient of
  // d * 2^s by g has 63 or 64 bits.
  big_set_pow5(&g, -e10);
  int64_t s = big_bits(&g) - big_bits(&d) + 63;
  if (s >= 0)
    big_shl(&d, s);
  else
    big_shl(&g, -s);
  int64_t gbits = big_bits(&g);
  // A lower bound for the quotient from the leading bits, then corrected.
  uint64_t gtop = (uint64_t)big_extract(&g, gbits - 64);
  u128 dtop = big_extract(&d, gbits - 64);
  uint64_t q = (uint64_t)(dtop / ((u128)gtop + 1));
  for (int i = 0; i < g.n; ++i)
    t.l[i] = g.l[i];
  t.n = g.n;
  big_mul_add(&t, q, 0);
  if (q == 0)
    t.n = 0;
  big_sub(&d, &t);
  while (big_cmp(&d, &g) >= 0) {
    big_sub(&d, &g);
    ++q;
  }
  if ((q >> 63) == 0) {
    big_shl(&d, 1);
    q <<= 1;
    if (big_cmp(&d, &g) >= 0) {
      big_sub(&d, &g);
      q |= 1;
    }
    ++s;
  }
  if (d.n == 0) {
    tail = trunc ? STRTOFLOAT_TAIL_LOW : STRTOFLOAT_TAIL_ZERO;
  } else {
    big_shl(&d, 1);
    int c = big_cmp(&d, &g);
    tail = c < 0    ? STRTOFLOAT_TAIL_LOW
           : c == 0 ? (trunc ? STRTOFLOAT_TAIL_HIGH : STRTOFLOAT_TAIL_HALF)
                    : STRTOFLOAT_TAIL_HIGH;
  }
  *hi_out = q;
  *tail_out = tail;
  *e_out = 63 + e10 - s;
  return true;
}

static void convert_exact(const struct strtofloat_scan *sc,
                          const struct strtofloat_format *f, uint64_t *hi_out,
                          int *tail_out, int64_t *e_out) {
  int64_t dp = sc->e10 + sc->nw;
  if (dp >= f->dp_overflow || dp <= f->dp_underflow) {
    *hi_out = (uint64_t)1 << 63;
    *tail_out = STRTOFLOAT_TAIL_LOW;
    *e_out = dp > 0 ? (int64_t)f->emax + 1 : (int64_t)f->emin - 200;
    return;
  }
  unsigned char buf[f->max_digits + 19];
  struct decimal a = {.d = buf, .n = 0, .cap = f->max_digits, .dp = dp};
  for (const char *p = sc->digits; p < sc->digits_end; ++p) {
    if (*p == '.')
      continue;
    if (a.n < a.cap)
      buf[a.n++] = (unsigned char)(*p - '0');
    else if (*p != '0')
      a.trunc = true;
  }
  decimal_trim(&a);

  // Scale into [1/2, 1): value = a * 2^exp.
  int64_t exp = 0;
  while (a.dp > 0) {
    int k = a.dp >= 18 ? 60 : (int)(a.dp * 10 / 3);
    decimal_shift_right(&a, k);
    exp += k;
  }
  while (a.dp < 0 || (a.dp == 0 && a.d[0] < 5)) {
    // 2^k <= 10^-dp, so the value stays below 1.
    int k = a.dp <= -18 ? 59 : a.dp == 0 ? 1 : (int)(-a.dp * 33219 / 10000);
    decimal_shift_left(&a, k);
    exp -= k;
  }
  // Read off 64 bits: the value times 2^64 lies in [2^63, 2^64).
  decimal_shift_left(&a, 60);
  decimal_shift_left(&a, 4);
  uint64_t hi = 0;
  for (int i = 0; i < a.dp; ++i)
    hi = hi * 10 + (i < a.n ? a.d[i] : 0);
  int tail;
  if (a.n <= a.dp)
    tail = a.trunc ? STRTOFLOAT_TAIL_LOW : STRTOFLOAT_TAIL_ZERO;
  else if (a.d[a.dp] < 5)
    tail = STRTOFLOAT_TAIL_LOW;
  else if (a.d[a.dp] > 5 || a.n > a.dp + 1 || a.trunc)
    tail = STRTOFLOAT_TAIL_HIGH;
  else
    tail = STRTOFLOAT_TAIL_HALF;
  *hi_out = hi;
  *tail_out = tail;
  *e_out = exp - 1;
}

void __strtofloat_convert(const struct strtofloat_scan *sc,
                          const struct strtofloat_format *f,
                          struct strtofloat_result *r) {
  int bias = 1 - f->emin, p = f->mant_bits;
  r->neg = sc->neg;
  r->mant = 0;
  r->exp = 0;
  switch (sc->kind) {
    case STRTOFLOAT_NONE:
      r->neg = false;
      return;
    case STRTOFLOAT_INF:
      r->exp = f->emax + bias + 1;
      return;
    case STRTOFLOAT_NAN: {
      uint64_t quiet = (uint64_t)1 << (p - 2);
      r->exp = f->emax + bias + 1;
      r->mant = quiet | (sc->more ? sc->w & (quiet - 1) : 0);
      return;
    }
    case STRTOFLOAT_HEX:
      if (sc->w != 0 &&
          round_pack(sc->w, sc->tail, sc->e2, rounding_mode(), f, r))
        errno = ERANGE;
      return;
    case STRTOFLOAT_DECIMAL:
      break;
  }
  if (sc->w == 0)
    return;

  uint64_t hi;
  int tail;
  int64_t e;
  int mode = rounding_mode();
  if (eisel_lemire(sc->w, sc->e10, &hi, &tail, &e)) {
    bool erange = round_pack(hi, tail, e, mode, f, r);
    if (!sc->more) {
      if (erange)
        errno = ERANGE;
      return;
    }
    // Digits were dropped: the value lies strictly between w and w + 1
    // units, and rounding is monotonic, so agreement settles it.
    struct strtofloat_result r2;
    r2.neg = sc->neg;
    if (eisel_lemire(sc->w + 1, sc->e10, &hi, &tail, &e)) {
      bool erange2 = round_pack(hi, tail, e, mode, f, &r2);
      if (r2.mant == r->mant && r2.exp == r->exp && erange == erange2) {
        // Tiny results are inexact here, whatever w alone gave.
        if (erange || r->exp == 0)
          errno = ERANGE;
        return;
      }
    }
  }
  int64_t dp = sc->e10 + sc->nw;
  if (dp >= f->dp_overflow || dp <= f->dp_underflow) {
    hi = (uint64_t)1 << 63;
    tail = STRTOFLOAT_TAIL_LOW;
    e = dp > 0 ? (int64_t)f->emax + 1 : (int64_t)f->emin - 200;
  } else if (!convert_big(sc, f, &hi, &tail, &e)) {
    convert_exact(sc, f, &hi, &tail, &e);
  }
  if (round_pack(hi, tail, e, mode, f, r))
    errno = ERANGE;
}
