#include <string.h>

#include "argdata_encode.h"

// Exact conversion: a finite double is m * 2^e with integer m < 2^53.  For
// e >= 0 that is the integer m * 2^e; for e < 0 it equals (m * 5^-e) *
// 10^e.  Either integer is computed exactly in base 10^9 limbs (at most
// 767 decimal digits), so rounding to the wanted number of digits is exact.

#define SIGNIFICANT 18  // as printf's "%.17e"
#define LIMB_BASE 1000000000u
#define MAX_LIMBS 90

struct bignum {
  uint32_t limb[MAX_LIMBS];  // little endian, base 10^9
  size_t n;
};

static void multiply(struct bignum *b, uint32_t factor) {
  uint64_t carry = 0;
  for (size_t i = 0; i < b->n; i++) {
    uint64_t t = (uint64_t)b->limb[i] * factor + carry;
    b->limb[i] = (uint32_t)(t % LIMB_BASE);
    carry = t / LIMB_BASE;
  }
  while (carry != 0) {
    b->limb[b->n++] = (uint32_t)(carry % LIMB_BASE);
    carry /= LIMB_BASE;
  }
}

// Writes the decimal digits of b (no leading zeros) and returns their count.
static size_t to_digits(const struct bignum *b, char *digits) {
  size_t len = 0;
  for (size_t i = b->n; i-- > 0;) {
    char group[9];
    uint32_t v = b->limb[i];
    for (size_t j = 9; j-- > 0;) {
      group[j] = (char)('0' + v % 10);
      v /= 10;
    }
    size_t skip = 0;
    if (i == b->n - 1)
      while (skip < 8 && group[skip] == '0')
        skip++;
    memcpy(digits + len, group + skip, 9 - skip);
    len += 9 - skip;
  }
  return len;
}

size_t __argdata_format_double(double v, char *out) {
  uint64_t bits;
  memcpy(&bits, &v, sizeof(bits));
  bool negative = bits >> 63;
  int biased = (int)(bits >> 52 & 0x7ff);
  uint64_t m = bits & ((UINT64_C(1) << 52) - 1);
  int e;
  if (biased == 0) {
    e = -1074;
  } else {
    m |= UINT64_C(1) << 52;
    e = biased - 1075;
  }

  struct bignum b = {.limb = {(uint32_t)(m % LIMB_BASE), (uint32_t)(m / LIMB_BASE % LIMB_BASE),
                              (uint32_t)(m / LIMB_BASE / LIMB_BASE)},
                     .n = 3};
  while (b.n > 1 && b.limb[b.n - 1] == 0)
    b.n--;
  int decimal_exponent = 0;
  if (e >= 0) {
    for (; e >= 29; e -= 29)
      multiply(&b, UINT32_C(1) << 29);
    multiply(&b, UINT32_C(1) << e);
  } else {
    decimal_exponent = e;
    for (e = -e; e >= 13; e -= 13)
      multiply(&b, 1220703125);  // 5^13
    uint32_t rest = 1;
    while (e-- > 0)
      rest *= 5;
    multiply(&b, rest);
  }

  char digits[MAX_LIMBS * 9 + 1];
  size_t ndigits = to_digits(&b, digits);
  // The value is 0.d1d2d3... * 10^(ndigits + decimal_exponent).
  long exponent = (long)ndigits - 1 + decimal_exponent;

  if (ndigits > SIGNIFICANT) {
    // Round half to even on the exact tail.
    bool up;
    if (digits[SIGNIFICANT] != '5') {
      up = digits[SIGNIFICANT] > '5';
    } else {
      up = (digits[SIGNIFICANT - 1] - '0') % 2 == 1;
      for (size_t i = SIGNIFICANT + 1; i < ndigits; i++) {
        if (digits[i] != '0') {
          up = true;
          break;
        }
      }
    }
    ndigits = SIGNIFICANT;
    if (up) {
      size_t i = SIGNIFICANT;
      while (i > 0 && digits[i - 1] == '9')
        digits[--i] = '0';
      if (i > 0) {
        digits[i - 1]++;
      } else {
        // 99...9 became 100...0: one more digit before the point.
        digits[0] = '1';
        exponent++;
      }
    }
  }
  while (ndigits > 1 && digits[ndigits - 1] == '0')
    ndigits--;

  char *p = out;
  if (negative)
    *p++ = '-';
  *p++ = digits[0];
  if (ndigits > 1) {
    *p++ = '.';
    memcpy(p, digits + 1, ndigits - 1);
    p += ndigits - 1;
  }
  if (exponent != 0) {
    *p++ = 'e';
    *p++ = exponent < 0 ? '-' : '+';
    unsigned long x = exponent < 0 ? (unsigned long)-exponent : (unsigned long)exponent;
    char tmp[8];
    size_t n = 0;
    do {
      tmp[n++] = (char)('0' + x % 10);
      x /= 10;
    } while (x != 0);
    while (n > 0)
      *p++ = tmp[--n];
  }
  *p = '\0';
  return (size_t)(p - out);
}
