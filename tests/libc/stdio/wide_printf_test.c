// The wide printf family: every conversion class, widths and precisions
// counted in wide characters, %s/%ls/%c/%lc, positional arguments, %n,
// swprintf's failure when the array is too small, and UTF-8 output.
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "harness.h"

#define ASSERT_WCSEQ(a, b) ASSERT_EQ(wcscmp((a), (b)), 0)

static wchar_t out[512];

#define CHECK(expect, ...)                                        \
  do {                                                            \
    int r_ = swprintf(out, 512, __VA_ARGS__);                     \
    ASSERT_EQ(r_, (int)wcslen(expect));                           \
    ASSERT_WCSEQ(out, expect);                                    \
  } while (0)

TEST(integers) {
  CHECK(L"42 -7 +3  5 0005 ff FF 0x1f 017 4294967295", L"%d %i %+d % d %04d %x %X %#x %#o %u",
        42, -7, 3, 5, 5, 255, 255, 31, 15, 4294967295u);
  CHECK(L"-128 65535 -9223372036854775808 18446744073709551615",
        L"%hhd %hu %lld %llu", -128, 65535, LLONG_MIN, ULLONG_MAX);
  CHECK(L"|  -12|-12  |-0012|", L"|%5d|%-5d|%05d|", -12, -12, -12);
  CHECK(L"[   00042]", L"[%8.5d]", 42);
  CHECK(L"123 456 789", L"%jd %zu %td", (intmax_t)123, (size_t)456, (ptrdiff_t)789);
  CHECK(L"", L"%.0d", 0);
}

TEST(floats) {
  CHECK(L"3.141593 3.14 3.1e+00 3.14159 0x1.8p+1", L"%f %.2f %.1e %g %a",
        3.14159265, 3.14159265, 3.14159265, 3.14159265, 3.0);
  CHECK(L"  inf -INF nan", L"%5f %F %f", 1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0);
  CHECK(L"1.000000E+300 1E-05 0.1", L"%E %G %Lg", 1e300, 1e-5, 0.1L);
  CHECK(L"+000001.50", L"%+010.2f", 1.5);
  CHECK(L"179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000",
        L"%f", DBL_MAX);
}

TEST(pointers_and_percent) {
  CHECK(L"0x1234 (nil) 100%", L"%p %p 100%%", (void *)0x1234, (void *)0);
}

TEST(characters) {
  CHECK(L"[a][  b][c  ]", L"[%c][%3c][%-3c]", 'a', 'b', 'c');
  CHECK(L"[\u00e9][ \u20ac][\U0001f600]", L"[%lc][%2lc][%C]", (wint_t)0xe9, (wint_t)0x20ac,
        (wint_t)0x1f600);
  // %c takes a byte: only the ASCII ones are characters in UTF-8.
  errno = 0;
  ASSERT_EQ(swprintf(out, 512, L"%c", 0xe9), -1);
  ASSERT_EQ(errno, EILSEQ);
}

TEST(strings) {
  // %s converts a multibyte string; width and precision count characters.
  CHECK(L"[\u00e9t\u00e9]", L"[%s]", "\xc3\xa9t\xc3\xa9");
  CHECK(L"[  \u00e9t\u00e9][\u00e9t]", L"[%5s][%.2s]", "\xc3\xa9t\xc3\xa9", "\xc3\xa9t\xc3\xa9");
  CHECK(L"[\u00e9t\u00e9  ]", L"[%-5s]", "\xc3\xa9t\xc3\xa9");
  // %ls copies.
  CHECK(L"[\U0001f600x][ \U0001f600x][\U0001f600]", L"[%ls][%3ls][%.1S]", L"\U0001f600x",
        L"\U0001f600x", L"\U0001f600x");
  CHECK(L"(null)|", L"%s|%.3ls", (char *)NULL, (wchar_t *)NULL);
  errno = 0;
  ASSERT_EQ(swprintf(out, 512, L"%s", "ab\xff"), -1);
  ASSERT_EQ(errno, EILSEQ);
  // Invalid bytes beyond the precision are not looked at.
  CHECK(L"ab", L"%.2s", "ab\xff");
}

TEST(literal_text_is_copied) {
  CHECK(L"\u00e9\U0001f600 1 \u4e2d", L"\u00e9\U0001f600 %d \u4e2d", 1);
}

TEST(star_and_positional) {
  CHECK(L"[   ab][ab   ][3.14]", L"[%*ls][%-*ls][%.*f]", 5, L"ab", 5, L"ab", 2, 3.14159);
  CHECK(L"b a \u00e9 b", L"%2$ls %1$s %3$lc %2$ls", "a", L"b", (wint_t)0xe9);
  CHECK(L"[  7]", L"[%1$*2$d]", 7, 3);
  ASSERT_EQ(swprintf(out, 512, L"%1$d %d", 1, 2), -1);  // mixed
  ASSERT_EQ(swprintf(out, 512, L"%y", 1), -1);          // unknown
  ASSERT_EQ(swprintf(out, 512, L"%\u00e9", 1), -1);     // not ASCII
  ASSERT_EQ(swprintf(out, 512, L"abc%"), -1);           // cut short
}

TEST(count_is_in_wide_characters) {
  int n1 = -1, n2 = -1;
  signed char hh = -1;
  CHECK(L"\u00e9\u00e9\u00e9xyz", L"%ls%n%s%hhn%n", L"\u00e9\u00e9\u00e9", &n1, "xyz", &hh, &n2);
  ASSERT_EQ(n1, 3);
  ASSERT_EQ(hh, 6);
  ASSERT_EQ(n2, 6);
}

TEST(swprintf_too_small) {
  wchar_t b[8];
  wmemset(b, L'#', 8);
  ASSERT_EQ(swprintf(b, 6, L"%d", 12345), 5);  // exactly fits with the null
  ASSERT_WCSEQ(b, L"12345");
  wmemset(b, L'#', 8);
  errno = 0;
  ASSERT_EQ(swprintf(b, 5, L"%d", 12345), -1);
  ASSERT_EQ(errno, EOVERFLOW);
  ASSERT_EQ(b[4], L'\0');  // the truncated text is still terminated
  ASSERT_EQ(b[5], L'#');   // nothing beyond the array size
  ASSERT_EQ(swprintf(b, 3, L"%ls", L"abc"), -1);
  ASSERT_EQ(swprintf(b, 0, L""), -1);
  ASSERT_EQ(b[0], L'a');  // n == 0 writes nothing
  ASSERT_EQ(swprintf(b, 1, L""), 0);
  ASSERT_EQ(b[0], L'\0');
  // Long output through the staging buffers.
  static wchar_t big[2000];
  ASSERT_EQ(swprintf(big, 2000, L"%1500d|%ls", 1, L"\u00e9"), 1502);
  ASSERT_EQ(big[1498], L' ');
  ASSERT_WCSEQ(big + 1499, L"1|\u00e9");
  ASSERT_EQ(swprintf(big, 1000, L"%1500d", 1), -1);
}

TEST(fwprintf_to_a_stream) {
  char buf[128] = {0};
  FILE *f = fmemopen(buf, sizeof(buf), "w");
  ASSERT_EQ(fwprintf(f, L"%s=%lc %5.2f %ls\n", "\xc3\xa9", (wint_t)0x20ac, 2.5, L"\U0001f600"), 12);
  ASSERT_TRUE(fwide(f, 0) > 0);
  ASSERT_EQ(fclose(f), 0);
  ASSERT_STREQ(buf, "\xc3\xa9=\xe2\x82\xac  2.50 \xf0\x9f\x98\x80\n");
  // A non-character cannot be encoded.
  f = fmemopen(buf, sizeof(buf), "w");
  errno = 0;
  ASSERT_EQ(fwprintf(f, L"a%lcb", (wint_t)0xd800), -1);
  ASSERT_EQ(errno, EILSEQ);
  fclose(f);
  // Long output through a file.
  f = fopenat(test_tmpdir(), "wide_printf", "w+");
  ASSERT_TRUE(f != NULL);
  ASSERT_EQ(fwprintf_l(f, 0, L"%-3000ls|", L"\u00e9"), 3001);
  rewind(f);
  ASSERT_EQ(fgetwc(f), 0xe9);
  int spaces = 0;
  wint_t c;
  while ((c = fgetwc(f)) == L' ')
    spaces++;
  ASSERT_EQ(spaces, 2999);
  ASSERT_EQ(c, L'|');
  fclose(f);
}

static int vcall(wchar_t *b, size_t n, const wchar_t *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vswprintf_l(b, n, 0, fmt, ap);
  va_end(ap);
  return r;
}

TEST(l_variants) {
  ASSERT_EQ(swprintf_l(out, 512, 0, L"%d-%ls", 4, L"x"), 3);
  ASSERT_WCSEQ(out, L"4-x");
  ASSERT_EQ(vcall(out, 512, L"%x", 255), 2);
  ASSERT_WCSEQ(out, L"ff");
}

TEST(aswprintf_grows) {
  wchar_t *s = NULL;
  ASSERT_EQ(aswprintf(&s, L"%ls-%d", L"\u00e9", 7), 3);
  ASSERT_WCSEQ(s, L"\u00e9-7");
  free(s);
  // Longer than the first allocation, several times over.
  ASSERT_EQ(aswprintf_l(&s, 0, L"%500ls|%-300s|", L"\U0001f600", "\xc3\xa9"), 802);
  ASSERT_EQ(s[498], L' ');
  ASSERT_EQ(s[499], 0x1f600);
  ASSERT_EQ(s[501], 0xe9);
  ASSERT_WCSEQ(s + 800, L" |");
  free(s);
  s = (wchar_t *)1;
  ASSERT_EQ(aswprintf(&s, L"%s", "\xff"), -1);
  ASSERT_TRUE(s == NULL);
}

TEST(dwprintf_writes_utf8) {
  FILE *f = fopenat(test_tmpdir(), "wide_dwprintf", "w+");
  ASSERT_TRUE(f != NULL);
  int fd = fileno(f);
  ASSERT_EQ(dwprintf(fd, L"%lc%ls %d\n", (wint_t)0x20ac, L"\u00e9", 12), 6);
  ASSERT_EQ(dwprintf_l(fd, 0, L"%1000ls", L"\u00fc"), 1000);
  errno = 0;
  ASSERT_EQ(dwprintf(fd, L"ok%lc", (wint_t)0xdc00), -1);
  ASSERT_EQ(errno, EILSEQ);
  ASSERT_EQ(dwprintf(-1, L"x"), -1);
  char buf[2048];
  rewind(f);
  size_t n = fread(buf, 1, sizeof(buf), f);
  ASSERT_EQ(n, 9 + 999 + 2 + 2);
  ASSERT_EQ(memcmp(buf, "\xe2\x82\xac\xc3\xa9 12\n", 9), 0);
  ASSERT_EQ(memcmp(buf + 9 + 999, "\xc3\xbcok", 4), 0);
  fclose(f);
}
