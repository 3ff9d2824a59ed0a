// The scanf family.
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "harness.h"

TEST(integers) {
  int a = 0, b = 0, c = 0;
  ASSERT_EQ(sscanf("  -12 +7 0x1F", "%d %i %x", &a, &b, &c), 3);
  ASSERT_EQ(a, -12);
  ASSERT_EQ(b, 7);
  ASSERT_EQ(c, 31);
  ASSERT_EQ(sscanf("0x1f 017 10", "%i %i %i", &a, &b, &c), 3);
  ASSERT_EQ(a, 31);
  ASSERT_EQ(b, 15);
  ASSERT_EQ(c, 10);
  unsigned u;
  ASSERT_EQ(sscanf("777", "%o", &u), 1);
  ASSERT_EQ(u, 511);
  ASSERT_EQ(sscanf("-1", "%u", &u), 1);
  ASSERT_EQ(u, UINT_MAX);
  long long ll;
  ASSERT_EQ(sscanf("-9223372036854775808", "%lld", &ll), 1);
  ASSERT_EQ(ll, LLONG_MIN);
  ASSERT_EQ(sscanf("99999999999999999999", "%lld", &ll), 1);  // saturates
  ASSERT_EQ(ll, LLONG_MAX);
  signed char hh;
  short h;
  size_t z;
  intmax_t j;
  ASSERT_EQ(sscanf("12 345 678 -9", "%hhd %hd %zu %jd", &hh, &h, &z, &j), 4);
  ASSERT_EQ(hh, 12);
  ASSERT_EQ(h, 345);
  ASSERT_EQ(z, 678);
  ASSERT_EQ(j, -9);
  ASSERT_EQ(sscanf("12345", "%3d%d", &a, &b), 2);  // widths
  ASSERT_EQ(a, 123);
  ASSERT_EQ(b, 45);
  void *p;
  ASSERT_EQ(sscanf("0x1234", "%p", &p), 1);
  ASSERT_TRUE(p == (void *)0x1234);
}

TEST(failures_and_counts) {
  int a = 5, b = 6;
  ASSERT_EQ(sscanf("", "%d", &a), EOF);
  ASSERT_EQ(sscanf("   ", "%d", &a), EOF);
  ASSERT_EQ(sscanf("x", "%d", &a), 0);
  ASSERT_EQ(a, 5);
  ASSERT_EQ(sscanf("1 x", "%d %d", &a, &b), 1);
  ASSERT_EQ(a, 1);
  ASSERT_EQ(b, 6);
  ASSERT_EQ(sscanf("1", "%d %d", &a, &b), 1);
  ASSERT_EQ(sscanf("abc 5", "abc %d", &a), 1);
  ASSERT_EQ(a, 5);
  ASSERT_EQ(sscanf("abd 5", "abc %d", &a), 0);
  ASSERT_EQ(sscanf("7 8", "%*d %d", &a), 1);
  ASSERT_EQ(a, 8);
  int n1, n2;
  ASSERT_EQ(sscanf("  42abc", " %d%n%*s%n", &a, &n1, &n2), 1);
  ASSERT_EQ(n1, 4);
  ASSERT_EQ(n2, 7);
  ASSERT_EQ(sscanf("100%", "%d%%", &a), 1);
  ASSERT_EQ(sscanf("5 6", "%2$d %1$d", &a, &b), 2);
  ASSERT_EQ(a, 6);
  ASSERT_EQ(b, 5);
}

TEST(strings_chars_and_sets) {
  char s[16], t[16];
  ASSERT_EQ(sscanf("  hello world", "%s %s", s, t), 2);
  ASSERT_STREQ(s, "hello");
  ASSERT_STREQ(t, "world");
  ASSERT_EQ(sscanf("abcdef", "%3s%s", s, t), 2);
  ASSERT_STREQ(s, "abc");
  ASSERT_STREQ(t, "def");
  char c[4] = "zzz";
  ASSERT_EQ(sscanf(" xy", "%c%2c", c, c + 1), 2);
  ASSERT_EQ(c[0], ' ');
  ASSERT_EQ(c[1], 'x');
  ASSERT_EQ(c[2], 'y');
  ASSERT_EQ(sscanf("key=value;rest", "%[a-z]=%[^;]", s, t), 2);
  ASSERT_STREQ(s, "key");
  ASSERT_STREQ(t, "value");
  ASSERT_EQ(sscanf("]]a-b", "%[]]%[-ab]", s, t), 2);
  ASSERT_STREQ(s, "]]");
  ASSERT_STREQ(t, "a-b");
  ASSERT_EQ(sscanf("123", "%[a-z]", s), 0);
  wchar_t w[8];
  ASSERT_EQ(sscanf("\xe2\x82\xac" "b c", "%ls", w), 1);
  ASSERT_EQ(w[0], 0x20ac);
  ASSERT_EQ(w[1], L'b');
  ASSERT_EQ(w[2], 0);
  wchar_t wc;
  ASSERT_EQ(sscanf("\xc3\xa9", "%lc", &wc), 1);
  ASSERT_EQ(wc, 0xe9);
}

TEST(floating_point) {
  float f;
  double d;
  long double ld;
  ASSERT_EQ(sscanf("3.25 -1e-3 0x1.8p1", "%f %lf %Lf", &f, &d, &ld), 3);
  ASSERT_TRUE(f == 3.25f);
  ASSERT_TRUE(d == -1e-3);
  ASSERT_TRUE(ld == 3.0L);
  ASSERT_EQ(sscanf("inf -INFINITY nan", "%lf %lf %f", &d, &d, &f), 3);
  ASSERT_TRUE(d == -__builtin_inf());
  ASSERT_TRUE(f != f);
  ASSERT_EQ(sscanf("1.5e+x", "%lf", &d), 0);  // exponent without digits
  ASSERT_EQ(sscanf("12.5abc", "%3lf%s", &d, (char[8]){0}), 2);
  ASSERT_TRUE(d == 12.0);
  ASSERT_EQ(sscanf("2.2250738585072011e-308", "%lg", &d), 1);
  ASSERT_TRUE(d == 2.2250738585072011e-308);
  ASSERT_EQ(sscanf(".", "%lf", &d), 0);
  // Doubles printed with %.17g come back unchanged.
  double v = 0.1;
  for (int i = 0; i < 1000; i++, v = v * 1.37 + 1e-7) {
    char buf[40];
    snprintf(buf, sizeof(buf), "%.17g", v);
    ASSERT_EQ(sscanf(buf, "%lf", &d), 1);
    ASSERT_TRUE(d == v);
  }
}
