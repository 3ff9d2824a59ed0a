// Internal: the parser shared by strtof, strtod and strtold.
#include <stdbool.h>
#include <stdint.h>

#include "strtod_impl.h"

static bool is_space(char c) {
  return c == ' ' || (unsigned char)(c - '\t') < 5;
}

static bool is_digit(char c) {
  return (unsigned char)(c - '0') < 10;
}

// Value of c as a digit in bases up to 36, or 36 or more if it is none.
static unsigned digit_value(char c) {
  unsigned char u = (unsigned char)c;
  if ((unsigned char)(u - '0') < 10)
    return u - '0';
  u |= 0x20;
  if ((unsigned char)(u - 'a') < 26)
    return u - 'a' + 10;
  return 36;
}

// Whether s starts with `word` (lower case letters), ignoring case.
static bool match_word(const char *s, const char *word) {
  for (; *word != '\0'; ++s, ++word)
    if ((*s | 0x20) != *word)
      return false;
  return true;
}

// Parses an exponent at p (which points at the 'e' or 'p').  Returns p
// unchanged if no digits follow, as the letter then is not part of the
// number.  Huge exponents saturate; the digit counts they are added to are
// bounded by the length of the string.
static const char *parse_exponent(const char *p, int64_t *exp) {
  const char *q = p + 1;
  bool neg = false;
  if (*q == '+' || *q == '-')
    neg = *q++ == '-';
  if (!is_digit(*q))
    return p;
  int64_t v = 0;
  for (; is_digit(*q); ++q)
    if (v < 1000000000)
      v = v * 10 + (*q - '0');
  *exp = neg ? -v : v;
  return q;
}

// The n-char-sequence of "nan(...)" is read like strtoull with base 0;
// it becomes the payload only if the whole sequence is a number.
static void parse_nan_payload(const char *p, const char *end,
                              struct strtofloat_scan *sc) {
  unsigned base = 10;
  if (p[0] == '0' && (p[1] | 0x20) == 'x' && digit_value(p[2]) < 16) {
    base = 16;
    p += 2;
  } else if (p[0] == '0') {
    base = 8;
  }
  uint64_t v = 0;
  bool overflow = false;
  for (unsigned d; p < end && (d = digit_value(*p)) < base; ++p) {
    if (v > (UINT64_MAX - d) / base)
      overflow = true;
    v = v * base + d;
  }
  if (p == end) {
    sc->w = overflow ? UINT64_MAX : v;
    sc->more = true;
  }
}

// Hexadecimal significand after "0x".  Keeps the first 16 significant
// digits in m, the 17th in `extra` and whether any later one is nonzero.
static bool scan_hex(const char *p, const char **end,
                     struct strtofloat_scan *sc) {
  uint64_t m = 0;
  int nd = 0;
  unsigned extra = 0, d;
  bool sticky = false, any = false;
  int64_t e2 = 0;
  for (; (d = digit_value(*p)) < 16; ++p) {
    any = true;
    if (nd == 0 && d == 0)
      continue;
    if (nd < 16) {
      m = m << 4 | d;
      ++nd;
    } else {
      if (nd == 16) {
        extra = d;
        nd = 17;
      } else if (d != 0) {
        sticky = true;
      }
      e2 += 4;
    }
  }
  if (*p == '.') {
    for (++p; (d = digit_value(*p)) < 16; ++p) {
      any = true;
      if (nd == 0 && d == 0) {
        e2 -= 4;
      } else if (nd < 16) {
        m = m << 4 | d;
        ++nd;
        e2 -= 4;
      } else if (nd == 16) {
        extra = d;
        nd = 17;
      } else if (d != 0) {
        sticky = true;
      }
    }
  }
  if (!any)
    return false;
  if ((*p | 0x20) == 'p') {
    int64_t pexp = 0;
    p = parse_exponent(p, &pexp);
    e2 += pexp;
  }
  *end = p;
  sc->kind = STRTOFLOAT_HEX;
  if (m == 0)
    return true;
  // The value is (m + extra / 16 + tail) * 2^e2; move the leading one of m
  // to bit 63, filling from `extra` (m has at least 61 bits if extra is
  // set), and classify what is left.
  int lz = __builtin_clzll(m);
  sc->w = m << lz;
  sc->e2 = e2 + 63 - lz;
  if (nd == 17) {
    int rest_bits = 4 - lz;
    unsigned rest = extra & ((1u << rest_bits) - 1), half = 1u << (rest_bits - 1);
    sc->w |= extra >> rest_bits;
    if (rest > half || (rest == half && sticky))
      sc->tail = STRTOFLOAT_TAIL_HIGH;
    else if (rest == half)
      sc->tail = STRTOFLOAT_TAIL_HALF;
    else if (rest != 0 || sticky)
      sc->tail = STRTOFLOAT_TAIL_LOW;
  }
  return true;
}

void __strtofloat_scan(const char *s, const char **end,
                       struct strtofloat_scan *sc) {
  *sc = (struct strtofloat_scan){.kind = STRTOFLOAT_NONE};
  *end = s;
  const char *p = s;
  while (is_space(*p))
    ++p;
  bool neg = false;
  if (*p == '+' || *p == '-')
    neg = *p++ == '-';

  if ((*p | 0x20) == 'i') {
    if (!match_word(p, "inf"))
      return;
    p += 3;
    if (match_word(p, "inity"))
      p += 5;
    sc->kind = STRTOFLOAT_INF;
    sc->neg = neg;
    *end = p;
    return;
  }
  if ((*p | 0x20) == 'n') {
    if (!match_word(p, "nan"))
      return;
    p += 3;
    if (*p == '(') {
      const char *q = p + 1;
      while (digit_value(*q) < 36 || *q == '_')
        ++q;
      if (*q == ')') {
        parse_nan_payload(p + 1, q, sc);
        p = q + 1;
      }
    }
    sc->kind = STRTOFLOAT_NAN;
    sc->neg = neg;
    *end = p;
    return;
  }
  if (p[0] == '0' && (p[1] | 0x20) == 'x' && scan_hex(p + 2, end, sc)) {
    sc->neg = neg;
    return;
  }

  // Decimal: the first 19 significant digits go into w; later ones only
  // shift the exponent (before the point) and set `more` if nonzero.
  const char *first = 0;
  uint64_t w = 0;
  int nw = 0;
  bool more = false, any = false;
  int64_t e10 = 0;
  while (*p == '0') {
    ++p;
    any = true;
  }
  for (; is_digit(*p); ++p) {
    any = true;
    if (first == 0)
      first = p;
    if (nw < 19) {
      w = w * 10 + (uint64_t)(*p - '0');
      ++nw;
    } else {
      ++e10;
      more |= *p != '0';
    }
  }
  if (*p == '.') {
    ++p;
    if (first == 0) {
      for (; *p == '0'; ++p) {
        --e10;
        any = true;
      }
    }
    for (; is_digit(*p); ++p) {
      any = true;
      if (first == 0)
        first = p;
      if (nw < 19) {
        w = w * 10 + (uint64_t)(*p - '0');
        ++nw;
        --e10;
      } else {
        more |= *p != '0';
      }
    }
  }
  if (!any)
    return;
  sc->kind = STRTOFLOAT_DECIMAL;
  sc->neg = neg;
  sc->digits = first;
  sc->digits_end = p;
  if ((*p | 0x20) == 'e') {
    int64_t exp = 0;
    p = parse_exponent(p, &exp);
    e10 += exp;
  }
  *end = p;
  sc->w = w;
  sc->nw = nw;
  sc->more = more;
  sc->e10 = e10;
}
