// printf and strtod/strtold are inverse on every value: %.17g identifies a
// double and %.21Lg an x87 long double.  One million random values of each
// (random bit patterns for doubles; for long doubles random 64-bit
// mantissas with exponents across the whole range, most of them within
// 2^±1000 to keep the run short, since huge exponents take longest).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static uint64_t state = 0x243f6a8885a308d3u;

static uint64_t next(void) {
  uint64_t z = (state += 0x9e3779b97f4a7c15u);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

TEST(million_doubles_round_trip) {
  char buf[64];
  int checked = 0;
  while (checked < 1000000) {
    uint64_t bits = next();
    double d;
    memcpy(&d, &bits, sizeof(d));
    if (__builtin_isnan(d))
      continue;
    snprintf(buf, sizeof(buf), "%.17g", d);
    double back = strtod(buf, NULL);
    if (memcmp(&back, &d, sizeof(d)) != 0) {
      test_log(buf);
      ASSERT_TRUE(!"%.17g did not round-trip");
    }
    checked++;
  }
}

TEST(million_long_doubles_round_trip) {
  char buf[64];
  for (int i = 0; i < 1000000; i++) {
    union {
      long double ld;
      struct {
        uint64_t mantissa;
        uint16_t exponent;
      } parts;
    } u;
    memset(&u, 0, sizeof(u));
    uint64_t r = next();
    u.parts.mantissa = next() | (UINT64_C(1) << 63);  // normal numbers
    int exponent = i % 64 == 0 ? (int)(r % 0x7ffe) + 1 : 16383 + (int)(r % 2001) - 1000;
    u.parts.exponent = (uint16_t)exponent | (uint16_t)((r >> 20 & 1) << 15);
    snprintf(buf, sizeof(buf), "%.21Lg", u.ld);
    long double back = strtold(buf, NULL);
    if (memcmp(&back, &u.ld, 10) != 0) {
      test_log(buf);
      ASSERT_TRUE(!"%.21Lg did not round-trip");
    }
  }
}
