#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static const struct {
  const char *s;
  uint64_t d;
  uint32_t f;
  uint64_t ld_mant;
  uint16_t ld_se;
  int erange;
  long end;
} cases[] = {
#include "strtod_cases.h"
};

static uint64_t dbits(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  return b;
}

static uint32_t fbits(float f) {
  uint32_t b;
  memcpy(&b, &f, 4);
  return b;
}

TEST(strtod_table) {
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    char *end;
    errno = 0;
    double d = strtod(cases[i].s, &end);
    if (dbits(d) != cases[i].d)
      test_log(cases[i].s);
    ASSERT_EQ(dbits(d), cases[i].d);
    ASSERT_EQ(errno, (cases[i].erange & 1) ? ERANGE : 0);
    ASSERT_EQ(end - cases[i].s, cases[i].end);
  }
}

TEST(strtof_table) {
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    char *end;
    errno = 0;
    float f = strtof(cases[i].s, &end);
    if (fbits(f) != cases[i].f)
      test_log(cases[i].s);
    ASSERT_EQ(fbits(f), cases[i].f);
    ASSERT_EQ(errno, (cases[i].erange & 2) ? ERANGE : 0);
    ASSERT_EQ(end - cases[i].s, cases[i].end);
  }
}

TEST(strtold_table) {
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    char *end;
    errno = 0;
    long double ld = strtold(cases[i].s, &end);
    uint64_t mant;
    uint16_t se;
    memcpy(&mant, &ld, 8);
    memcpy(&se, (char *)&ld + 8, 2);
    if (mant != cases[i].ld_mant || se != cases[i].ld_se)
      test_log(cases[i].s);
    ASSERT_EQ(mant, cases[i].ld_mant);
    ASSERT_EQ(se, cases[i].ld_se);
    ASSERT_EQ(errno, (cases[i].erange & 4) ? ERANGE : 0);
    ASSERT_EQ(end - cases[i].s, cases[i].end);
  }
}

TEST(strtod_endptr) {
  static const struct {
    const char *s;
    long end;
  } ends[] = {
      {"1e", 1},     {"1e+", 1},  {"1e-x", 1}, {"0x", 1},   {"0x.p1", 1},
      {"0xg", 1},    {"-0x", 2},  {"0x1p", 3}, {"0x1.p-", 4}, {"  .", 0},
      {"+", 0},      {"", 0},     {"infin", 3}, {"nan(", 3}, {"nan(1)", 6},
      {".5e1x", 4},  {"5.", 2},   {"inFiniTy!", 8},
  };
  for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); ++i) {
    char *end;
    strtod(ends[i].s, &end);
    ASSERT_EQ(end - ends[i].s, ends[i].end);
    strtof(ends[i].s, &end);
    ASSERT_EQ(end - ends[i].s, ends[i].end);
    strtold(ends[i].s, &end);
    ASSERT_EQ(end - ends[i].s, ends[i].end);
  }
  ASSERT_EQ(dbits(strtod("1e", NULL)), dbits(1.0));
}

TEST(strtod_specials) {
  ASSERT_EQ(dbits(strtod("-inf", NULL)), dbits(-__builtin_inf()));
  ASSERT_EQ(dbits(strtod("nan", NULL)), UINT64_C(0x7ff8000000000000));
  ASSERT_EQ(dbits(strtod("-nan", NULL)), UINT64_C(0xfff8000000000000));
  ASSERT_EQ(dbits(strtod("nan(0x5)", NULL)), UINT64_C(0x7ff8000000000005));
  ASSERT_EQ(fbits(strtof("NaN(7)", NULL)), UINT32_C(0x7fc00007));
  ASSERT_EQ(dbits(strtod("-0", NULL)), UINT64_C(0x8000000000000000));
  errno = 0;
  ASSERT_EQ(dbits(strtod("1e400", NULL)), dbits(__builtin_inf()));
  ASSERT_EQ(errno, ERANGE);
  errno = 0;
  ASSERT_EQ(dbits(strtod("-1e-400", NULL)), UINT64_C(0x8000000000000000));
  ASSERT_EQ(errno, ERANGE);
  // Exact subnormals are not range errors; inexact ones are.
  errno = 0;
  ASSERT_EQ(dbits(strtod("0x1p-1074", NULL)), 1);
  ASSERT_EQ(errno, 0);
  errno = 0;
  ASSERT_EQ(dbits(strtod("5e-324", NULL)), 1);
  ASSERT_EQ(errno, ERANGE);
}

// Values with many digits: 1 + 2^-53 (the halfway point above 1) is
// 1.00000000000000011102230246251565404236316680908203125; with a nonzero
// digit 800 places further it must round up, without it to even.
TEST(strtod_long_inputs) {
  static char buf[1200];
  const char *half = "1.00000000000000011102230246251565404236316680908203125";
  size_t n = strlen(half);
  memcpy(buf, half, n);
  for (size_t i = n; i < n + 800; ++i)
    buf[i] = '0';
  buf[n + 800] = '\0';
  ASSERT_EQ(dbits(strtod(buf, NULL)), dbits(1.0));
  buf[n + 800] = '1';
  buf[n + 801] = '\0';
  ASSERT_EQ(dbits(strtod(buf, NULL)), dbits(1.0) + 1);
  // Many leading zeros and a compensating exponent: 10^-999 * 10^1000.
  memset(buf, '0', 1000);
  buf[1] = '.';
  strcpy(buf + 1000, "1e1000");
  ASSERT_EQ(dbits(strtod(buf, NULL)), dbits(10.0));
}

TEST(atof_and_l) {
  ASSERT_EQ(dbits(atof(" 2.5x")), dbits(2.5));
  ASSERT_EQ(dbits(strtod_l("0.25", NULL, 0)), dbits(0.25));
  ASSERT_EQ(fbits(strtof_l("0.25", NULL, 0)), fbits(0.25f));
  ASSERT_TRUE(strtold_l("0.25", NULL, 0) == 0.25L);
}
