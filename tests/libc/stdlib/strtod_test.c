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

// Sets the rounding direction in both the x87 control word and MXCSR, as
// fesetround does (RC: 0 nearest, 1 down, 2 up, 3 toward zero).
static void set_rounding(unsigned rc) {
  unsigned short cw;
  __asm__ volatile("fnstcw %0" : "=m"(cw));
  cw = (unsigned short)((cw & ~0xc00u) | rc << 10);
  __asm__ volatile("fldcw %0" : : "m"(cw));
  unsigned mxcsr;
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  mxcsr = (mxcsr & ~0x6000u) | rc << 13;
  __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
}

// Expected values from glibc under fesetround.
static const struct {
  unsigned mode;
  const char *s;
  uint64_t d;
  int d_erange;
  uint32_t f;
  int f_erange;
} rounding_cases[] = {
  // mode 0
  {0, "0.1", 0x3fb999999999999a, 0, 0x3dcccccd, 0},
  {0, "-0.1", 0xbfb999999999999a, 0, 0xbdcccccd, 0},
  {0, "1e400", 0x7ff0000000000000, 1, 0x7f800000, 1},
  {0, "-1e400", 0xfff0000000000000, 1, 0xff800000, 1},
  {0, "1e-400", 0x0000000000000000, 1, 0x00000000, 1},
  {0, "-1e-400", 0x8000000000000000, 1, 0x80000000, 1},
  {0, "0.1000000000000000055511151231257827021181583404541015625", 0x3fb999999999999a, 0, 0x3dcccccd, 0},
  {0, "2.4703282292062328e-324", 0x0000000000000001, 1, 0x00000000, 1},
  {0, "3.0000000000000000000000001", 0x4008000000000000, 0, 0x40400000, 0},
  {0, "-0x1.00000000000008p0", 0xbff0000000000000, 0, 0xbf800000, 0},
  {0, "1.7976931348623158e308", 0x7fefffffffffffff, 0, 0x7f800000, 1},
  {0, "0", 0x0000000000000000, 0, 0x00000000, 0},
  {0, "-0.0", 0x8000000000000000, 0, 0x80000000, 0},
  // mode 1
  {1, "0.1", 0x3fb9999999999999, 0, 0x3dcccccc, 0},
  {1, "-0.1", 0xbfb999999999999a, 0, 0xbdcccccd, 0},
  {1, "1e400", 0x7fefffffffffffff, 1, 0x7f7fffff, 1},
  {1, "-1e400", 0xfff0000000000000, 1, 0xff800000, 1},
  {1, "1e-400", 0x0000000000000000, 1, 0x00000000, 1},
  {1, "-1e-400", 0x8000000000000001, 1, 0x80000001, 1},
  {1, "0.1000000000000000055511151231257827021181583404541015625", 0x3fb999999999999a, 0, 0x3dcccccc, 0},
  {1, "2.4703282292062328e-324", 0x0000000000000000, 1, 0x00000000, 1},
  {1, "3.0000000000000000000000001", 0x4008000000000000, 0, 0x40400000, 0},
  {1, "-0x1.00000000000008p0", 0xbff0000000000001, 0, 0xbf800001, 0},
  {1, "1.7976931348623158e308", 0x7fefffffffffffff, 0, 0x7f7fffff, 1},
  {1, "0", 0x0000000000000000, 0, 0x00000000, 0},
  {1, "-0.0", 0x8000000000000000, 0, 0x80000000, 0},
  // mode 2
  {2, "0.1", 0x3fb999999999999a, 0, 0x3dcccccd, 0},
  {2, "-0.1", 0xbfb9999999999999, 0, 0xbdcccccc, 0},
  {2, "1e400", 0x7ff0000000000000, 1, 0x7f800000, 1},
  {2, "-1e400", 0xffefffffffffffff, 1, 0xff7fffff, 1},
  {2, "1e-400", 0x0000000000000001, 1, 0x00000001, 1},
  {2, "-1e-400", 0x8000000000000000, 1, 0x80000000, 1},
  {2, "0.1000000000000000055511151231257827021181583404541015625", 0x3fb999999999999a, 0, 0x3dcccccd, 0},
  {2, "2.4703282292062328e-324", 0x0000000000000001, 1, 0x00000001, 1},
  {2, "3.0000000000000000000000001", 0x4008000000000001, 0, 0x40400001, 0},
  {2, "-0x1.00000000000008p0", 0xbff0000000000000, 0, 0xbf800000, 0},
  {2, "1.7976931348623158e308", 0x7ff0000000000000, 1, 0x7f800000, 1},
  {2, "0", 0x0000000000000000, 0, 0x00000000, 0},
  {2, "-0.0", 0x8000000000000000, 0, 0x80000000, 0},
  // mode 3
  {3, "0.1", 0x3fb9999999999999, 0, 0x3dcccccc, 0},
  {3, "-0.1", 0xbfb9999999999999, 0, 0xbdcccccc, 0},
  {3, "1e400", 0x7fefffffffffffff, 1, 0x7f7fffff, 1},
  {3, "-1e400", 0xffefffffffffffff, 1, 0xff7fffff, 1},
  {3, "1e-400", 0x0000000000000000, 1, 0x00000000, 1},
  {3, "-1e-400", 0x8000000000000000, 1, 0x80000000, 1},
  {3, "0.1000000000000000055511151231257827021181583404541015625", 0x3fb999999999999a, 0, 0x3dcccccc, 0},
  {3, "2.4703282292062328e-324", 0x0000000000000000, 1, 0x00000000, 1},
  {3, "3.0000000000000000000000001", 0x4008000000000000, 0, 0x40400000, 0},
  {3, "-0x1.00000000000008p0", 0xbff0000000000000, 0, 0xbf800000, 0},
  {3, "1.7976931348623158e308", 0x7fefffffffffffff, 0, 0x7f7fffff, 1},
  {3, "0", 0x0000000000000000, 0, 0x00000000, 0},
  {3, "-0.0", 0x8000000000000000, 0, 0x80000000, 0},
};

TEST(strtod_rounding_modes) {
  for (size_t i = 0; i < sizeof(rounding_cases) / sizeof(rounding_cases[0]); ++i) {
    set_rounding(rounding_cases[i].mode);
    errno = 0;
    uint64_t d = dbits(strtod(rounding_cases[i].s, NULL));
    int derr = errno;
    errno = 0;
    uint32_t f = fbits(strtof(rounding_cases[i].s, NULL));
    int ferr = errno;
    set_rounding(0);
    if (d != rounding_cases[i].d || f != rounding_cases[i].f)
      test_log(rounding_cases[i].s);
    ASSERT_EQ(d, rounding_cases[i].d);
    ASSERT_EQ(derr, rounding_cases[i].d_erange ? ERANGE : 0);
    ASSERT_EQ(f, rounding_cases[i].f);
    ASSERT_EQ(ferr, rounding_cases[i].f_erange ? ERANGE : 0);
  }
}
