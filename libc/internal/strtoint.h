// Internal: the parser shared by the strto{l,ll,ul,ull,imax,umax}
// functions.
//
// Accepts leading white space, an optional sign, and for base 16 (or base
// 0) an optional "0x"/"0X" prefix, which is only taken as such when a hex
// digit follows ("0x" alone converts "0" and ends after the '0').  Base 0
// picks 16 for a "0x" prefix, 8 for a leading '0' and 10 otherwise.  The
// magnitude saturates at lim_pos or lim_neg (for negative input): on
// overflow errno is ERANGE and the limit is returned with *overflow set.
// If no digits are found *endptr is s; for an invalid base errno is EINVAL
// and *endptr is s as well.
#ifndef LIBC_INTERNAL_STRTOINT_H
#define LIBC_INTERNAL_STRTOINT_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Value of c as a digit in bases up to 36; 36 or more if it is none.
static inline unsigned strtoint_digit(char c) {
  unsigned char u = (unsigned char)c;
  if ((unsigned char)(u - '0') < 10)
    return u - '0';
  u |= 0x20;
  if ((unsigned char)(u - 'a') < 26)
    return u - 'a' + 10;
  return 36;
}

static inline uintmax_t strtoint_parse(const char *restrict s,
                                       char **restrict endptr, int base,
                                       uintmax_t lim_pos, uintmax_t lim_neg,
                                       bool *neg_out, bool *overflow_out) {
  const char *p = s;
  *neg_out = false;
  *overflow_out = false;
  if (base < 0 || base == 1 || base > 36) {
    if (endptr != NULL)
      *endptr = (char *)s;
    errno = EINVAL;
    return 0;
  }
  while (*p == ' ' || (unsigned char)(*p - '\t') < 5)
    ++p;
  bool neg = false;
  if (*p == '+' || *p == '-')
    neg = *p++ == '-';
  if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 0x20) == 'x' &&
      strtoint_digit(p[2]) < 16) {
    p += 2;
    base = 16;
  } else if (base == 0) {
    base = p[0] == '0' ? 8 : 10;
  }

  uintmax_t lim = neg ? lim_neg : lim_pos;
  uintmax_t cutoff = lim / (unsigned)base;
  unsigned cutdigit = (unsigned)(lim % (unsigned)base);
  uintmax_t v = 0;
  bool overflow = false;
  const char *digits = p;
  for (unsigned d; (d = strtoint_digit(*p)) < (unsigned)base; ++p) {
    if (v < cutoff || (v == cutoff && d <= cutdigit))
      v = v * (unsigned)base + d;
    else
      overflow = true;
  }
  if (p == digits) {
    if (endptr != NULL)
      *endptr = (char *)s;
    return 0;
  }
  if (endptr != NULL)
    *endptr = (char *)p;
  *neg_out = neg;
  if (overflow) {
    errno = ERANGE;
    *overflow_out = true;
    return lim;
  }
  return v;
}

#endif
