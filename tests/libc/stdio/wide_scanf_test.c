// The wide scanf family: every conversion class over wide strings and
// wide-oriented streams, %n in wide characters, pushback of the character
// after a field, and the failures.
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "harness.h"

#define ASSERT_WCSEQ(a, b) ASSERT_EQ(wcscmp((a), (b)), 0)

TEST(integers) {
  int a, b, c, d;
  unsigned u;
  long long ll;
  short h;
  ASSERT_EQ(swscanf(L" 12 -0x1f 017 ff 42 -9000000000 7",
                    L"%d %i %i %x %u %lld %hd", &a, &b, &c, &d, &u, &ll, &h), 7);
  ASSERT_EQ(a, 12);
  ASSERT_EQ(b, -31);
  ASSERT_EQ(c, 15);
  ASSERT_EQ(d, 255);
  ASSERT_EQ(u, 42);
  ASSERT_EQ(ll, -9000000000LL);
  ASSERT_EQ(h, 7);
  ASSERT_EQ(swscanf(L"12345", L"%3d%d", &a, &b), 2);
  ASSERT_EQ(a, 123);
  ASSERT_EQ(b, 45);
  void *p;
  ASSERT_EQ(swscanf(L"0x1234", L"%p", &p), 1);
  ASSERT_TRUE(p == (void *)0x1234);
}

TEST(floats) {
  float f;
  double d;
  long double ld;
  ASSERT_EQ(swscanf(L"1.5 -2e3 0x1p-2", L"%f %lf %Lf", &f, &d, &ld), 3);
  ASSERT_TRUE(f == 1.5f);
  ASSERT_TRUE(d == -2000.0);
  ASSERT_TRUE(ld == 0.25L);
  ASSERT_EQ(swscanf(L"inf nan", L"%lf %f", &d, &f), 2);
  ASSERT_TRUE(d > 1e308 && f != f);
}

TEST(strings_and_characters) {
  wchar_t ws[16], wc[4];
  char s[16], c[4];
  ASSERT_EQ(swscanf(L"  h\u00e9llo w\u00f6rld", L"%ls %s", ws, s), 2);
  ASSERT_WCSEQ(ws, L"h\u00e9llo");
  ASSERT_STREQ(s, "w\xc3\xb6rld");  // %s stores multibyte characters
  ASSERT_EQ(swscanf(L"\U0001f600\u00e9xy", L"%2lc%2c", wc, c), 2);
  ASSERT_EQ(wc[0], 0x1f600);
  ASSERT_EQ(wc[1], 0xe9);
  ASSERT_EQ(memcmp(c, "xy", 2), 0);
  ASSERT_EQ(swscanf(L"\u20acabc", L"%3ls", ws), 1);  // width counts characters
  ASSERT_WCSEQ(ws, L"\u20acab");
  // Narrow destinations take whole multibyte characters; widths count
  // characters.
  memset(s, 'z', sizeof(s));
  ASSERT_EQ(swscanf(L"\u20ac\U0001f600\u00e9x", L"%2c%2s", s, s + 8), 2);
  ASSERT_EQ(memcmp(s, "\xe2\x82\xac\xf0\x9f\x98\x80", 7), 0);
  ASSERT_STREQ(s + 8, "\xc3\xa9x");
  int n = -1;
  ASSERT_EQ(swscanf(L"\u00e9\u00e9\u00e9 1", L"%2[^ ]%n", s, &n), 1);
  ASSERT_STREQ(s, "\xc3\xa9\xc3\xa9");
  ASSERT_EQ(n, 2);
}

TEST(scan_sets) {
  wchar_t ws[16];
  char s[16];
  ASSERT_EQ(swscanf(L"abc123,\u00e9\u00e9;x", L"%l[a-z]%[0-9],%l[^;]", ws, s, ws + 8), 3);
  ASSERT_WCSEQ(ws, L"abc");
  ASSERT_STREQ(s, "123");
  ASSERT_WCSEQ(ws + 8, L"\u00e9\u00e9");
  ASSERT_EQ(swscanf(L"]]x", L"%l[]]", ws), 1);
  ASSERT_WCSEQ(ws, L"]]");
}

TEST(literals_count_and_suppression) {
  int a = 0, b = 0, n = -1;
  // Literal non-ASCII characters in the format match the input.
  ASSERT_EQ(swscanf(L"\u00e9=5 \u20ac=6", L"\u00e9=%d \u20ac=%*d%n", &a, &n), 1);
  ASSERT_EQ(a, 5);
  ASSERT_EQ(n, 7);  // wide characters, not bytes
  ASSERT_EQ(swscanf(L"\u00e9=5", L"\u20ac=%d", &b), 0);
  ASSERT_EQ(swscanf(L"50%", L"%d%%", &a), 1);
  int pos1, pos2;
  ASSERT_EQ(swscanf(L"3 4", L"%2$d %1$d", &pos1, &pos2), 2);
  ASSERT_EQ(pos1, 4);
  ASSERT_EQ(pos2, 3);
}

TEST(input_failures) {
  int a;
  ASSERT_EQ(swscanf(L"", L"%d", &a), EOF);
  ASSERT_EQ(swscanf(L"   ", L"%d", &a), EOF);
  ASSERT_EQ(swscanf(L"x", L"%d", &a), 0);
  wchar_t bad[] = {L'1', 0xd800, L' ', L'2', 0};
  int b = -1;
  errno = 0;
  ASSERT_EQ(swscanf(bad, L"%d %d", &a, &b), 1);  // stops at the non-character
  ASSERT_EQ(errno, EILSEQ);
  ASSERT_EQ(a, 1);
  ASSERT_EQ(b, -1);
}

TEST(fwscanf_stream_and_pushback) {
  char text[] = "12 \xc3\xa9t\xc3\xa9 \xe2\x82\xac" "7rest";
  FILE *f = fmemopen(text, strlen(text), "r");
  int a, b;
  wchar_t ws[16];
  ASSERT_EQ(fwscanf(f, L"%d %ls \u20ac%d", &a, ws, &b), 3);
  ASSERT_EQ(a, 12);
  ASSERT_WCSEQ(ws, L"\u00e9t\u00e9");
  ASSERT_EQ(b, 7);
  ASSERT_TRUE(fwide(f, 0) > 0);
  // The character after the number was looked at and given back.
  ASSERT_EQ(fgetwc(f), L'r');
  fclose(f);
  // A non-ASCII character that ends a number goes back whole.
  char t2[] = "42\xf0\x9f\x98\x80z";
  f = fmemopen(t2, strlen(t2), "r");
  ASSERT_EQ(fwscanf_l(f, 0, L"%d", &a), 1);
  ASSERT_EQ(a, 42);
  ASSERT_EQ(fgetwc(f), 0x1f600);
  ASSERT_EQ(fgetwc(f), L'z');
  fclose(f);
}

TEST(fwscanf_encoding_error) {
  char text[] = "5 \xff";
  FILE *f = fmemopen(text, strlen(text), "r");
  int a, b;
  errno = 0;
  ASSERT_EQ(fwscanf(f, L"%d %d", &a, &b), 1);
  ASSERT_TRUE(ferror(f));
  ASSERT_EQ(errno, EILSEQ);
  fclose(f);
  char t2[] = "\xc3";
  f = fmemopen(t2, 1, "r");
  ASSERT_EQ(fwscanf(f, L"%d", &a), EOF);
  ASSERT_TRUE(ferror(f));
  fclose(f);
}

TEST(fwscanf_byte_oriented) {
  char text[] = "1";
  FILE *f = fmemopen(text, 1, "r");
  ASSERT_TRUE(fwide(f, -1) < 0);
  int a;
  ASSERT_EQ(fwscanf(f, L"%d", &a), EOF);
  fclose(f);
}

static int vcall(const wchar_t *s, const wchar_t *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vswscanf_l(s, 0, fmt, ap);
  va_end(ap);
  return r;
}

TEST(l_variants) {
  int a = 0, b = 0;
  ASSERT_EQ(swscanf_l(L"9", 0, L"%d", &a), 1);
  ASSERT_EQ(a, 9);
  ASSERT_EQ(vcall(L"8 7", L"%d %d", &a, &b), 2);
  ASSERT_EQ(a + b, 15);
}
