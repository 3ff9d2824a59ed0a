// Exact binary-to-decimal (and binary-to-hexadecimal) conversion for the
// printf family.
//
// A finite x87 long double is m * 2^e with a 64-bit integer m.  When e >= 0
// that is an integer; otherwise it equals m * 5^-e * 10^e.  Either way the
// value is an integer N times a power of ten, and N is computed exactly as a
// big number in base 10^9.  Rounding to the requested position is then
// done on N itself (round to nearest, ties to even), after which every
// conversion only has to read N's digits.  The largest N (the smallest
// subnormal times 5^16445) has about 11,500 digits: 1280 limbs.
#include <stdint.h>
#include <string.h>

#include "fmt_impl.h"

#define LIMB_BASE 1000000000u
#define MAX_LIMBS 1900

static const uint32_t pow10_table[10] = {
    1,      10,      100,      1000,      10000,
    100000, 1000000, 10000000, 100000000, 1000000000};

struct bigdec {
  int n;       // limbs in use (>= 1)
  int ndig;    // decimal digits of N (>= 1; N = 0 counts as one digit)
  int exp10;   // the value is N * 10^exp10
  bool truncated;  // nonzero digits were dropped below N (sticky)
  uint32_t limb[MAX_LIMBS];  // least significant first
};

static void big_mul_small(struct bigdec *b, uint32_t factor) {
  uint64_t carry = 0;
  for (int i = 0; i < b->n; i++) {
    uint64_t t = (uint64_t)b->limb[i] * factor + carry;
    b->limb[i] = (uint32_t)(t % LIMB_BASE);
    carry = t / LIMB_BASE;
  }
  while (carry != 0) {
    b->limb[b->n++] = (uint32_t)(carry % LIMB_BASE);
    carry /= LIMB_BASE;
  }
}

static int digits_of(uint32_t v) {
  int d = 1;
  while (d < 9 && v >= pow10_table[d])
    d++;
  return d;
}

static void big_count_digits(struct bigdec *b) {
  while (b->n > 1 && b->limb[b->n - 1] == 0)
    b->n--;
  b->ndig = 9 * (b->n - 1) + digits_of(b->limb[b->n - 1]);
}

// How much of a long expansion is wanted: digits down to exponent
// -fixed_prec (fixed notation), or `sig` significant digits (scientific).
struct want {
  bool fixed;
  int prec;
};

// N * 10^exp10 = m * 2^e2, m != 0.  For e2 >= 0 N is the exact integer.
// For e2 < 0 the value m / 2^-e2 is expanded by repeated division, most
// significant limb first; division only carries downwards, so the limbs
// far below the requested precision can be dropped without disturbing the
// ones kept.  The exact expansion of an odd m / 2^k ends in a 5, so when
// limbs are dropped the value certainly has nonzero digits below the ones
// kept: that is recorded in `truncated` and acts as the sticky bit.
static void big_from_binary(struct bigdec *b, uint64_t m, int e2, struct want w) {
  int tz = __builtin_ctzll(m);
  if (e2 < 0) {
    int shift = tz < -e2 ? tz : -e2;
    m >>= shift;
    e2 += shift;
  }
  b->truncated = false;
  if (e2 >= 0) {
    b->n = 0;
    do {
      b->limb[b->n++] = (uint32_t)(m % LIMB_BASE);
      m /= LIMB_BASE;
    } while (m != 0);
    b->exp10 = 0;
    for (; e2 >= 29; e2 -= 29)
      big_mul_small(b, UINT32_C(1) << 29);
    if (e2 > 0)
      big_mul_small(b, UINT32_C(1) << e2);
    big_count_digits(b);
    return;
  }
  // Big-endian work area in the same storage: a[start..n).
  uint32_t *a = b->limb;
  int start = 0, n = 0;
  uint32_t top[3] = {(uint32_t)(m / LIMB_BASE / LIMB_BASE),
                     (uint32_t)(m / LIMB_BASE % LIMB_BASE), (uint32_t)(m % LIMB_BASE)};
  for (int i = 0; i < 3; i++)
    if (n > 0 || top[i] != 0)
      a[n++] = top[i];
  int hi = n - 1;  // a[start] is worth a[start] * 10^(9*hi)
  for (int k = -e2; k > 0;) {
    int sh = k < 9 ? k : 9;
    k -= sh;
    uint32_t mask = (UINT32_C(1) << sh) - 1;
    uint64_t rem = 0;
    for (int i = start; i < n; i++) {
      uint64_t cur = rem * LIMB_BASE + a[i];
      a[i] = (uint32_t)(cur >> sh);
      rem = cur & mask;
    }
    if (rem != 0) {
      if (n == MAX_LIMBS) {  // compact; cannot overflow after that
        memmove(a, a + start, (size_t)(n - start) * sizeof(*a));
        n -= start;
        start = 0;
      }
      a[n++] = (uint32_t)((rem * LIMB_BASE) >> sh);
    }
    if (a[start] == 0) {
      start++;
      hi--;
    }
    int keep = w.fixed ? hi + 2 + (w.prec + 9) / 9 : (w.prec + 8) / 9 + 2;
    if (keep < 1)
      keep = 1;
    if (n - start > keep) {
      n = start + keep;
      b->truncated = true;
    }
  }
  // To little-endian.
  int len = n - start;
  b->exp10 = 9 * (hi - (len - 1));
  for (int i = 0, j = len - 1; i < j; i++, j--) {
    uint32_t t = a[start + i];
    a[start + i] = a[start + j];
    a[start + j] = t;
  }
  if (start > 0)
    memmove(a, a + start, (size_t)len * sizeof(*a));
  b->n = len;
  big_count_digits(b);
}

static void big_zero(struct bigdec *b, int exp10) {
  b->n = 1;
  b->limb[0] = 0;
  b->ndig = 1;
  b->exp10 = exp10;
  b->truncated = false;
}

// The digit at position pos of N (0 = units digit of N).
static unsigned big_digit(const struct bigdec *b, int pos) {
  if (pos < 0 || pos >= b->ndig)
    return 0;
  return b->limb[pos / 9] / pow10_table[pos % 9] % 10;
}

// Whether any digit of N below position pos is nonzero.
static bool big_nonzero_below(const struct bigdec *b, int pos) {
  if (pos <= 0)
    return false;
  if (pos > 9 * b->n)
    pos = 9 * b->n;
  int li = pos / 9;
  for (int i = 0; i < li; i++)
    if (b->limb[i] != 0)
      return true;
  return li < b->n && b->limb[li] % pow10_table[pos % 9] != 0;
}

// Rounds the value to a multiple of 10^r, to nearest with ties to even.
static void big_round(struct bigdec *b, int r) {
  int p = r - b->exp10;  // position in N of the lowest digit kept
  if (p <= 0)
    return;  // nothing to drop
  if (p > b->ndig) {
    big_zero(b, r);  // less than half a unit at that position
    return;
  }
  unsigned first = big_digit(b, p - 1);
  bool up = first > 5 ||
            (first == 5 && (b->truncated || big_nonzero_below(b, p - 1) || (big_digit(b, p) & 1)));
  if (p == b->ndig) {
    big_zero(b, r);
    if (up)
      b->limb[0] = 1;
    return;
  }
  int li = p / 9;
  for (int i = 0; i < li; i++)
    b->limb[i] = 0;
  b->limb[li] -= b->limb[li] % pow10_table[p % 9];
  if (up) {
    uint32_t add = pow10_table[p % 9];
    for (int i = li;; i++) {
      if (i == b->n)
        b->limb[b->n++] = 0;
      uint32_t t = b->limb[i] + add;
      if (t < LIMB_BASE) {
        b->limb[i] = t;
        break;
      }
      b->limb[i] = t - LIMB_BASE;
      add = 1;
    }
  }
  b->truncated = false;
  big_count_digits(b);
}

// Decimal exponent of the leading digit.
static int big_lead_exp(const struct bigdec *b) {
  return b->ndig - 1 + b->exp10;
}

// Exponent of the lowest nonzero digit (the value must be nonzero).
static int big_low_exp(const struct bigdec *b) {
  int i = 0;
  while (b->limb[i] == 0)
    i++;
  int pos = 9 * i;
  uint32_t v = b->limb[i];
  while (v % 10 == 0) {
    v /= 10;
    pos++;
  }
  return b->exp10 + pos;
}

static bool big_is_zero(const struct bigdec *b) {
  return b->n == 1 && b->limb[0] == 0;
}

// Writes the digits of exponents hi, hi-1, ..., lo (hi >= lo).
static void emit_digits(struct fmt_out *o, const struct bigdec *b, int hi, int lo) {
  int phi = hi - b->exp10, plo = lo - b->exp10;
  if (phi >= b->ndig) {
    int stop = plo > b->ndig ? plo : b->ndig;
    fmt_pad(o, '0', (size_t)(phi - stop + 1));
    phi = stop - 1;
  }
  int mid_lo = plo > 0 ? plo : 0;
  if (phi >= mid_lo) {
    char chunk[9];
    for (int li = phi / 9; li >= mid_lo / 9; li--) {
      uint32_t v = b->limb[li];
      for (int k = 8; k >= 0; k--) {
        chunk[k] = (char)('0' + v % 10);
        v /= 10;
      }
      int top = li == phi / 9 ? phi % 9 : 8;      // highest position in limb
      int bot = li == mid_lo / 9 ? mid_lo % 9 : 0;  // lowest position
      fmt_write(o, chunk + 8 - top, (size_t)(top - bot + 1));
    }
    phi = mid_lo - 1;
  }
  if (phi >= plo)
    fmt_pad(o, '0', (size_t)(phi - plo + 1));
}

// Pads and writes the sign/prefix; returns after the leading padding.  The
// caller writes `body_len` bytes, then calls pad_after.
static void pad_before(struct fmt_out *o, const struct fmt_spec *s, const char *pre,
                       size_t prelen, uint64_t body_len, bool zero_ok) {
  uint64_t len = prelen + body_len;
  uint64_t fill = (uint64_t)s->width > len ? (uint64_t)s->width - len : 0;
  if (!(s->flags & FMT_MINUS) && !(zero_ok && (s->flags & FMT_ZERO)))
    fmt_pad(o, ' ', fill);
  fmt_write(o, pre, prelen);
  if (!(s->flags & FMT_MINUS) && zero_ok && (s->flags & FMT_ZERO))
    fmt_pad(o, '0', fill);
}

static void pad_after(struct fmt_out *o, const struct fmt_spec *s, size_t prelen,
                      uint64_t body_len) {
  uint64_t len = prelen + body_len;
  if ((s->flags & FMT_MINUS) && (uint64_t)s->width > len)
    fmt_pad(o, ' ', (uint64_t)s->width - len);
}

static int exp_digits(int x) {
  unsigned u = x < 0 ? -(unsigned)x : (unsigned)x;
  int d = 2;
  for (unsigned lim = 100; u >= lim && d < 5; lim *= 10)
    d++;
  return d;
}

static void emit_exponent(struct fmt_out *o, int x, char letter) {
  char buf[8];
  unsigned u = x < 0 ? -(unsigned)x : (unsigned)x;
  int n = exp_digits(x);
  buf[0] = letter;
  buf[1] = x < 0 ? '-' : '+';
  for (int i = n + 1; i >= 2; i--) {
    buf[i] = (char)('0' + u % 10);
    u /= 10;
  }
  fmt_write(o, buf, (size_t)n + 2);
}

// Fixed notation: digits down to exponent -prec.
static void emit_fixed(struct fmt_out *o, const struct fmt_spec *s, const char *pre,
                       size_t prelen, const struct bigdec *b, int prec, bool dot) {
  int x = big_lead_exp(b);
  uint64_t len = (uint64_t)(x >= 0 ? x + 1 : 1) + (dot ? 1 : 0) + (uint64_t)prec;
  pad_before(o, s, pre, prelen, len, true);
  if (x >= 0)
    emit_digits(o, b, x, 0);
  else
    fmt_write(o, "0", 1);
  if (dot)
    fmt_write(o, ".", 1);
  if (prec > 0)
    emit_digits(o, b, -1, -prec);
  pad_after(o, s, prelen, len);
}

// Scientific notation with `prec` digits after the point; the exponent is
// that of the leading digit (0 for zero).
static void emit_sci(struct fmt_out *o, const struct fmt_spec *s, const char *pre,
                     size_t prelen, const struct bigdec *b, int prec, bool dot) {
  int x = big_is_zero(b) ? 0 : big_lead_exp(b);
  uint64_t len = 1 + (dot ? 1 : 0) + (uint64_t)prec + 2 + (uint64_t)exp_digits(x);
  pad_before(o, s, pre, prelen, len, true);
  if (big_is_zero(b))
    fmt_write(o, "0", 1);
  else
    emit_digits(o, b, x, x);
  if (dot)
    fmt_write(o, ".", 1);
  if (prec > 0) {
    if (big_is_zero(b))
      fmt_pad(o, '0', (size_t)prec);
    else
      emit_digits(o, b, x - 1, x - prec);
  }
  emit_exponent(o, x, (s->flags & FMT_UPPER) ? 'E' : 'e');
  pad_after(o, s, prelen, len);
}

static void emit_hex(struct fmt_out *o, const struct fmt_spec *s, char *pre,
                     size_t prelen, long double v, uint64_t mant, int bexp) {
  const char *xdigits = (s->flags & FMT_UPPER) ? "0123456789ABCDEF" : "0123456789abcdef";
  // The value as m * 2^e with m a 64-bit integer.  It is printed normalised,
  // 0x1.<fraction>p<exp>, for doubles, subnormals and long doubles alike (as
  // musl does; glibc prints subnormals as 0x0.<...>p-1022 and long doubles
  // with the x87 integer nibble in front).
  uint64_t m;
  int e;
  if (s->flags & FMT_LONGDBL) {
    m = mant;
    e = (bexp == 0 ? -16382 : bexp - 16383) - 63;
  } else {
    double d = (double)v;
    uint64_t bits;
    memcpy(&bits, &d, sizeof(bits));
    unsigned be = (unsigned)(bits >> 52) & 0x7ff;
    uint64_t f = bits & ((UINT64_C(1) << 52) - 1);
    m = be == 0 ? f : f | (UINT64_C(1) << 52);
    e = (be == 0 ? -1022 : (int)be - 1023) - 52;
  }
  unsigned lead;
  uint64_t frac;  // fraction after the leading digit, left aligned
  int exp2;
  const int nd = 16;  // hex digits that frac can hold
  if (m == 0) {
    lead = 0, frac = 0, exp2 = 0;
  } else {
    int shift = __builtin_clzll(m);
    m <<= shift;
    lead = 1;
    frac = m << 1;
    exp2 = e + 63 - shift;
  }
  int prec = s->prec;
  if (prec < 0) {
    prec = 0;
    for (uint64_t t = frac; t != 0; t <<= 4)
      prec++;
  } else if (prec < nd) {
    uint64_t kept = prec == 0 ? 0 : frac >> (64 - 4 * prec);
    uint64_t rest = prec == 0 ? frac : frac << (4 * prec);
    uint64_t half = UINT64_C(1) << 63;
    unsigned last = prec == 0 ? lead : (unsigned)kept;
    if (rest > half || (rest == half && (last & 1))) {
      kept++;
      if (prec == 0 || kept >> (4 * prec) != 0) {
        kept = 0;
        lead++;
        if (lead == 16) {
          lead = 1;
          exp2 += 4;
        }
      }
    }
    frac = prec == 0 ? 0 : kept << (64 - 4 * prec);
  }
  pre[prelen++] = '0';
  pre[prelen++] = (s->flags & FMT_UPPER) ? 'X' : 'x';
  bool dot = prec > 0 || (s->flags & FMT_ALT);
  char body[32];
  size_t n = 0;
  body[n++] = xdigits[lead];
  if (dot)
    body[n++] = '.';
  int shown = prec < 16 ? prec : 16;
  for (int i = 0; i < shown; i++) {
    body[n++] = xdigits[frac >> 60];
    frac <<= 4;
  }
  size_t trailing = (size_t)(prec - shown);  // zeros beyond the fraction
  char ebuf[16];
  size_t en = 0;
  ebuf[en++] = (s->flags & FMT_UPPER) ? 'P' : 'p';
  ebuf[en++] = exp2 < 0 ? '-' : '+';
  unsigned ue = exp2 < 0 ? -(unsigned)exp2 : (unsigned)exp2;
  char tmp[12];
  size_t tn = 0;
  do {
    tmp[tn++] = (char)('0' + ue % 10);
    ue /= 10;
  } while (ue != 0);
  while (tn > 0)
    ebuf[en++] = tmp[--tn];
  uint64_t len = n + trailing + en;
  pad_before(o, s, pre, prelen, len, true);
  fmt_write(o, body, n);
  fmt_pad(o, '0', trailing);
  fmt_write(o, ebuf, en);
  pad_after(o, s, prelen, len);
}

void __fmt_float(struct fmt_out *o, const struct fmt_spec *s, long double v) {
  union {
    long double f;
    struct {
      uint64_t mant;
      uint16_t sexp;
    } p;
  } u;
  u.f = v;
  bool neg = (u.p.sexp & 0x8000) != 0;
  int bexp = u.p.sexp & 0x7fff;
  uint64_t mant = u.p.mant;
  bool upper = (s->flags & FMT_UPPER) != 0;

  char pre[4];
  size_t prelen = 0;
  if (neg)
    pre[prelen++] = '-';
  else if (s->flags & FMT_PLUS)
    pre[prelen++] = '+';
  else if (s->flags & FMT_SPACE)
    pre[prelen++] = ' ';

  if (bexp == 0x7fff) {
    // Infinity has only the integer bit set; everything else is NaN.
    bool inf = (mant << 1) == 0;
    const char *word = inf ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
    pad_before(o, s, pre, prelen, 3, false);
    fmt_write(o, word, 3);
    pad_after(o, s, prelen, 3);
    return;
  }

  if (s->conv == 'a') {
    emit_hex(o, s, pre, prelen, v, mant, bexp);
    return;
  }

  struct bigdec big_storage;
  struct bigdec *b = &big_storage;
  bool zero = mant == 0;
  int prec = s->prec;
  struct want w;
  w.fixed = s->conv == 'f';
  if (s->conv == 'g')
    w.prec = prec < 0 ? 6 : prec == 0 ? 1 : prec;
  else
    w.prec = (prec < 0 ? 6 : prec) + (s->conv == 'e');
  if (zero)
    big_zero(b, 0);
  else
    big_from_binary(b, mant, (bexp == 0 ? 1 : bexp) - 16383 - 63, w);

  bool alt = (s->flags & FMT_ALT) != 0;
  switch (s->conv) {
    case 'f':
      if (prec < 0)
        prec = 6;
      big_round(b, -prec);
      emit_fixed(o, s, pre, prelen, b, prec, prec > 0 || alt);
      break;
    case 'e':
      if (prec < 0)
        prec = 6;
      if (!zero)
        big_round(b, big_lead_exp(b) - prec);
      emit_sci(o, s, pre, prelen, b, prec, prec > 0 || alt);
      break;
    default: {  // 'g'
      int p = prec < 0 ? 6 : prec == 0 ? 1 : prec;
      int x = 0;
      if (!zero) {
        big_round(b, big_lead_exp(b) - (p - 1));
        x = big_lead_exp(b);
      }
      if (p > x && x >= -4) {
        int fprec = p - 1 - x;
        if (!alt) {
          int low = zero ? 0 : big_low_exp(b);
          int need = low < 0 ? -low : 0;
          if (need < fprec)
            fprec = need;
        }
        emit_fixed(o, s, pre, prelen, b, fprec, fprec > 0 || alt);
      } else {
        int eprec = p - 1;
        if (!alt) {
          int need = x - big_low_exp(b);
          if (need < eprec)
            eprec = need;
        }
        emit_sci(o, s, pre, prelen, b, eprec, eprec > 0 || alt);
      }
      break;
    }
  }
}
