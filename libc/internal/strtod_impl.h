// Internal: the shared machinery behind strtof, strtod and strtold.
//
// A conversion is done in two steps.  __strtofloat_scan parses the string
// (whitespace, sign, inf/infinity/nan/nan(...), hexadecimal and decimal
// forms, the exponent) and records where the conversion ends.  The caller
// may then try an exact shortcut in its own arithmetic (Clinger's fast path:
// a small integer times or divided by an exactly representable power of
// ten), and otherwise calls __strtofloat_convert, which produces the
// correctly rounded significand and biased exponent for the format:
//
//  1. an Eisel-Lemire style multiplication of the first 19 digits by a
//     128-bit approximation of 5^q (strtod_pow5.h), accepted only when the
//     truncation error provably cannot change the rounding, and
//  2. otherwise an exact big-integer computation: for D * 10^E with E >= 0
//     the product itself, for E < 0 the 64-bit quotient of D * 2^s and 5^-E
//     and the comparison of twice the remainder with the divisor, or
//  3. for long double inputs of more than 800 digits, a digit buffer that
//     is multiplied and divided by powers of two until the value lies in
//     [1/2, 1), after which 64 bits and the remainder's class are read off.
//
// Rounding follows the current rounding direction (read from the x87
// control word, which fesetround sets together with MXCSR); by default to
// nearest, ties to even.  Results that are tiny (after rounding, as x86
// detects it) and inexact set errno to ERANGE, as do overflows (which give
// infinity, or the largest finite value when rounding toward zero).
#ifndef LIBC_INTERNAL_STRTOD_IMPL_H
#define LIBC_INTERNAL_STRTOD_IMPL_H

#include <stdbool.h>
#include <stdint.h>

struct strtofloat_format {
  int mant_bits;     // significand bits, including the leading one
  int emin, emax;    // exponent range of normal numbers, as in 1.x * 2^e
  int dp_overflow;   // 0.d1d2... * 10^dp is beyond the range if dp >= this
  int dp_underflow;  // and below half the smallest subnormal if dp <= this
  int max_digits;    // digits the digit-buffer conversion keeps (see below)
  int big_digits;    // digits the big-integer conversion takes at most
  int big_limbs;     // 64-bit limbs its integers need
};

// max_digits must exceed, with a margin of a few digits, the number of
// significant digits of the longest halfway point between two adjacent
// values of the format (113 for float, 768 for double, 11515 for the x87
// format): digits beyond it only matter as a nonzero "sticky" tail.
//
// The big-integer conversion compares exactly; it handles inputs of up to
// big_digits significant digits, and longer ones too if big_digits equals
// max_digits (the tail then is sticky as above).  big_limbs bounds
// D * 10^E (at most dp_overflow digits) and 5^-E * 2^64 for inputs
// D * 10^E within the range (-E <= big_digits - dp_underflow).
#define STRTOF_FORMAT {24, -126, 127, 40, -46, 136, 136, 12}
#define STRTOD_FORMAT {53, -1022, 1023, 310, -324, 800, 800, 48}
#define STRTOLD_FORMAT {64, -16382, 16383, 4934, -4951, 11560, 800, 264}

enum strtofloat_kind {
  STRTOFLOAT_NONE,     // no conversion could be performed
  STRTOFLOAT_DECIMAL,  // decimal digits (also used for zero)
  STRTOFLOAT_HEX,      // hexadecimal significand, already normalised
  STRTOFLOAT_INF,
  STRTOFLOAT_NAN,
};

struct strtofloat_scan {
  enum strtofloat_kind kind;
  bool neg;
  // DECIMAL: the value is w * 10^e10, plus a nonzero tail if `more`.  w holds
  // the first nw (<= 19) significant digits; w == 0 means zero.  digits
  // and digits_end delimit the significant part of the significand (the
  // decimal point may occur inside).
  // HEX: the value is (w + tail) * 2^(e2 - 63) with bit 63 of w set (or
  // w == 0 for zero), the tail classified in `tail` as below.
  // NAN: w is the payload, valid if `more`.
  uint64_t w;
  int nw;
  bool more;
  int tail;
  int64_t e10;
  int64_t e2;
  const char *digits, *digits_end;
};

// Classification of the part of a value below the bits kept so far, as a
// fraction f of one unit of the last kept bit.
#define STRTOFLOAT_TAIL_ZERO 0   // f == 0
#define STRTOFLOAT_TAIL_LOW 1    // 0 < f < 1/2
#define STRTOFLOAT_TAIL_HALF 2   // f == 1/2
#define STRTOFLOAT_TAIL_HIGH 3   // f > 1/2

// The result: the significand (with the leading one for normal numbers;
// below 2^(mant_bits - 1) for subnormals) and the biased exponent field
// (0 for zero and subnormals, the all-ones value for infinities and NaNs).
// For NaNs mant holds the quiet bit and the payload.
struct strtofloat_result {
  uint64_t mant;
  int exp;
  bool neg;
};

// Parses s; sets *end to the first unconverted character (s itself if no
// conversion could be performed).
void __strtofloat_scan(const char *s, const char **end, struct strtofloat_scan *);

// Converts a scan to the format; sets errno to ERANGE where required.
void __strtofloat_convert(const struct strtofloat_scan *,
                          const struct strtofloat_format *,
                          struct strtofloat_result *);

#endif
