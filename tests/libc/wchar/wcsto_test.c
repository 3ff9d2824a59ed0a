// wcstol and friends, wcstod and friends: wide white space, end pointers,
// errors.
#include <errno.h>
#include <limits.h>
#include <wchar.h>

#include "harness.h"

TEST(integers) {
  wchar_t *end;
  const wchar_t *s = L"  -123abc";
  ASSERT_EQ(wcstol(s, &end, 10), -123);
  ASSERT_TRUE(end == s + 6);
  // Wide white space before the number.
  const wchar_t ws[] = {0x3000, 0x2003, 0x85, L'4', L'2', 0x663, 0};
  ASSERT_EQ(wcstol(ws, &end, 10), 42);
  ASSERT_TRUE(end == ws + 5);  // the Arabic-Indic digit is not a digit
  ASSERT_EQ(wcstoul(L"0x1fZ", &end, 0), 0x1f);
  ASSERT_EQ(*end, L'Z');
  ASSERT_EQ(wcstoll(L"0755", &end, 0), 0755);
  ASSERT_EQ(wcstoull(L"zz", &end, 36), 35 * 36 + 35);
  // No digits: end is the start, white space included.
  s = L"  +";
  ASSERT_EQ(wcstol(s, &end, 10), 0);
  ASSERT_TRUE(end == s);
  s = L"\x3000x";
  ASSERT_EQ(wcstoul(s, &end, 0), 0);
  ASSERT_TRUE(end == s);
  // "0x" with no hex digits converts the 0.
  s = L"0xg";
  ASSERT_EQ(wcstol(s, &end, 16), 0);
  ASSERT_TRUE(end == s + 1);
  // Overflow.
  errno = 0;
  ASSERT_EQ(wcstol(L"99999999999999999999", &end, 10), LONG_MAX);
  ASSERT_EQ(errno, ERANGE);
  errno = 0;
  ASSERT_EQ(wcstoll(L"-99999999999999999999", NULL, 10), LLONG_MIN);
  ASSERT_EQ(errno, ERANGE);
  errno = 0;
  ASSERT_EQ(wcstoull(L"18446744073709551616", NULL, 10), ULLONG_MAX);
  ASSERT_EQ(errno, ERANGE);
  // A non-ASCII character ends the number.
  const wchar_t mixed[] = {L'1', L'2', 0xe9, L'3', 0};
  ASSERT_EQ(wcstol(mixed, &end, 10), 12);
  ASSERT_TRUE(end == mixed + 2);
  ASSERT_EQ(wcstol_l(L"77", NULL, 8, NULL), 077);
  ASSERT_EQ(wcstoul_l(L"77", NULL, 8, NULL), 077);
  ASSERT_EQ(wcstoll_l(L"-77", NULL, 10, NULL), -77);
  ASSERT_EQ(wcstoull_l(L"77", NULL, 16, NULL), 0x77);
}

TEST(long_input) {
  // Longer than the on-stack buffer: many leading zeros.
  static wchar_t s[1000];
  for (int i = 0; i < 900; ++i)
    s[i] = L'0';
  s[900] = L'4';
  s[901] = L'2';
  s[902] = L'!';
  wchar_t *end;
  ASSERT_EQ(wcstol(s, &end, 10), 42);
  ASSERT_TRUE(end == s + 902);
  s[902] = L'.';
  s[903] = L'5';
  s[904] = L'!';
  ASSERT_TRUE(wcstod(s, &end) == 42.5);
  ASSERT_TRUE(end == s + 904);
}

TEST(floating) {
  wchar_t *end;
  const wchar_t *s = L" 1.5e3x";
  ASSERT_TRUE(wcstod(s, &end) == 1500.0);
  ASSERT_TRUE(end == s + 6);
  ASSERT_TRUE(wcstof(L"0x1.8p1", &end) == 3.0f);
  ASSERT_EQ(*end, 0);
  ASSERT_TRUE(wcstold(L"-0.25", &end) == -0.25L);
  const wchar_t inf[] = {0x2003, L'-', L'i', L'n', L'f', L'!', 0};
  double v = wcstod(inf, &end);
  ASSERT_TRUE(__builtin_isinf(v) && v < 0);
  ASSERT_TRUE(end == inf + 5);
  v = wcstod(L"nan(12_ab)", &end);
  ASSERT_TRUE(__builtin_isnan(v));
  ASSERT_EQ(*end, 0);
  s = L".e1";
  ASSERT_TRUE(wcstod(s, &end) == 0.0);
  ASSERT_TRUE(end == s);
  s = L"1e";
  ASSERT_TRUE(wcstod(s, &end) == 1.0);
  ASSERT_TRUE(end == s + 1);
  errno = 0;
  v = wcstod(L"1e400", &end);
  ASSERT_TRUE(__builtin_isinf(v));
  ASSERT_EQ(errno, ERANGE);
  ASSERT_TRUE(wcstod_l(L"2.5", NULL, NULL) == 2.5);
  ASSERT_TRUE(wcstof_l(L"2.5", NULL, NULL) == 2.5f);
  ASSERT_TRUE(wcstold_l(L"2.5", NULL, NULL) == 2.5L);
}
