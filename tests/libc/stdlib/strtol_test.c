#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <wchar.h>

#include "harness.h"

#define CHECK_L(fn, str, base, value, err, endoff)  \
  do {                                              \
    const char *s_ = (str);                         \
    char *e_;                                       \
    errno = 0;                                      \
    ASSERT_EQ(fn(s_, &e_, base), value);            \
    ASSERT_EQ(errno, err);                          \
    ASSERT_EQ(e_ - s_, endoff);                     \
  } while (0)

TEST(strtol_basic) {
  CHECK_L(strtol, "  -123abc", 10, -123, 0, 6);
  CHECK_L(strtol, "+0", 10, 0, 0, 2);
  CHECK_L(strtol, "0x1A", 0, 26, 0, 4);
  CHECK_L(strtol, "0X1a", 16, 26, 0, 4);
  CHECK_L(strtol, "0x", 0, 0, 0, 1);
  CHECK_L(strtol, "0x", 16, 0, 0, 1);
  CHECK_L(strtol, "0xg", 16, 0, 0, 1);
  CHECK_L(strtol, "-0x", 0, 0, 0, 2);
  CHECK_L(strtol, "0x10", 10, 0, 0, 1);
  CHECK_L(strtol, "017", 0, 15, 0, 3);
  CHECK_L(strtol, "019", 0, 1, 0, 2);
  CHECK_L(strtol, "zZ", 36, 36 * 35 + 35, 0, 2);
  CHECK_L(strtol, "101012", 2, 21, 0, 5);
  CHECK_L(strtol, "", 10, 0, 0, 0);
  CHECK_L(strtol, "  +", 10, 0, 0, 0);
  CHECK_L(strtol, " - 1", 10, 0, 0, 0);
  CHECK_L(strtol, "\t\n\v\f\r 7", 10, 7, 0, 7);
}

TEST(strtol_range) {
  CHECK_L(strtol, "9223372036854775807", 10, LONG_MAX, 0, 19);
  CHECK_L(strtol, "9223372036854775808", 10, LONG_MAX, ERANGE, 19);
  CHECK_L(strtol, "-9223372036854775808", 10, LONG_MIN, 0, 20);
  CHECK_L(strtol, "-9223372036854775809", 10, LONG_MIN, ERANGE, 20);
  CHECK_L(strtol, "99999999999999999999999x", 10, LONG_MAX, ERANGE, 23);
  CHECK_L(strtol, "-0x8000000000000000", 0, LONG_MIN, 0, 19);
  CHECK_L(strtoll, "7fffffffffffffff", 16, LLONG_MAX, 0, 16);
  CHECK_L(strtoll, "-1000000000000000000000", 8, LLONG_MIN, 0, 23);
  CHECK_L(strtoll, "1000000000000000000000", 8, LLONG_MAX, ERANGE, 22);
  CHECK_L(strtoul, "18446744073709551615", 10, ULONG_MAX, 0, 20);
  CHECK_L(strtoul, "18446744073709551616", 10, ULONG_MAX, ERANGE, 20);
  CHECK_L(strtoul, "-1", 10, ULONG_MAX, 0, 2);
  CHECK_L(strtoul, "-18446744073709551615", 10, 1, 0, 21);
  CHECK_L(strtoul, "-18446744073709551616", 10, ULONG_MAX, ERANGE, 21);
  CHECK_L(strtoull, "3w5e11264sgsf", 36, ULLONG_MAX, 0, 13);
  CHECK_L(strtoull, "3w5e11264sgsg", 36, ULLONG_MAX, ERANGE, 13);
  CHECK_L(strtoimax, "-9223372036854775809", 0, INTMAX_MIN, ERANGE, 20);
  CHECK_L(strtoumax, "0xffffffffffffffff", 0, UINTMAX_MAX, 0, 18);
  CHECK_L(strtoumax, "0x10000000000000000", 0, UINTMAX_MAX, ERANGE, 19);
}

TEST(strtol_bad_base) {
  static const int bases[] = {-1, 1, 37, 100};
  for (size_t i = 0; i < sizeof(bases) / sizeof(bases[0]); ++i) {
    const char *s = "12";
    char *end;
    errno = 0;
    ASSERT_EQ(strtol(s, &end, bases[i]), 0);
    ASSERT_EQ(errno, EINVAL);
    ASSERT_TRUE(end == s);
    errno = 0;
    ASSERT_EQ(strtoull(s, &end, bases[i]), 0);
    ASSERT_EQ(errno, EINVAL);
  }
}

TEST(strtol_l_and_ato) {
  ASSERT_EQ(strtol_l("42", NULL, 10, 0), 42);
  ASSERT_EQ(strtoll_l("-42", NULL, 10, 0), -42);
  ASSERT_EQ(strtoul_l("ff", NULL, 16, 0), 255);
  ASSERT_EQ(strtoull_l("0x10", NULL, 0, 0), 16);
  ASSERT_EQ(strtoimax_l("-7", NULL, 10, 0), -7);
  ASSERT_EQ(strtoumax_l("7", NULL, 10, 0), 7);
  ASSERT_EQ(atoi("  -2147483648"), INT_MIN);
  ASSERT_EQ(atoi("12abc"), 12);
  ASSERT_EQ(atol("0x10"), 0);
  ASSERT_EQ(atoll("-9223372036854775807"), -LLONG_MAX);
}

TEST(wcstoimax_wcstoumax) {
  const wchar_t *s = L"  -0x7fffffffffffffffz";
  wchar_t *end;
  errno = 0;
  ASSERT_EQ(wcstoimax(s, &end, 0), -INTMAX_MAX);
  ASSERT_EQ(errno, 0);
  ASSERT_EQ(end - s, 21);
  const wchar_t *u = L"18446744073709551616";
  ASSERT_EQ(wcstoumax(u, &end, 10), UINTMAX_MAX);
  ASSERT_EQ(errno, ERANGE);
  ASSERT_EQ(end - u, 20);
  const wchar_t *bad = L"\x00e9";
  ASSERT_EQ(wcstoumax(bad, &end, 10), 0);
  ASSERT_TRUE(end == bad);
}
