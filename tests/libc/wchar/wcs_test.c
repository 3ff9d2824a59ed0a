// Wide-string functions of <wchar.h>.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "harness.h"

static uint32_t seed = 1;
static uint32_t rnd(void) {
  seed = seed * 1664525 + 1013904223;
  return seed >> 8;
}

TEST(lengths) {
  static wchar_t buf[80];
  for (size_t off = 0; off < 4; ++off)
    for (size_t len = 0; len < 60; ++len) {
      for (size_t i = 0; i < 80; ++i)
        buf[i] = (wchar_t)(i % 7 == 0 ? -5 : 0x10000 + (wchar_t)i);
      buf[off + len] = L'\0';
      ASSERT_EQ(wcslen(buf + off), len);
      ASSERT_EQ(wcsnlen(buf + off, len + 5), len);
      ASSERT_EQ(wcsnlen(buf + off, len / 2), len / 2);
    }
  ASSERT_EQ(wcsnlen(L"abc", 0), 0);
}

TEST(compare) {
  ASSERT_EQ(wcscmp(L"", L""), 0);
  ASSERT_TRUE(wcscmp(L"a", L"b") < 0);
  ASSERT_TRUE(wcscmp(L"b", L"a") > 0);
  ASSERT_TRUE(wcscmp(L"ab", L"abc") < 0);
  // wchar_t is signed: a negative value sorts below a positive one.
  const wchar_t neg[] = {-1, 0}, pos[] = {1, 0};
  ASSERT_TRUE(wcscmp(neg, pos) < 0);
  ASSERT_TRUE(wmemcmp(neg, pos, 1) < 0);
  ASSERT_TRUE(wcsncmp(neg, pos, 1) < 0);
  const wchar_t big[] = {0x10ffff, 0}, small[] = {0xffff, 0};
  ASSERT_TRUE(wcscmp(big, small) > 0);
  ASSERT_EQ(wcsncmp(L"abcx", L"abcy", 3), 0);
  ASSERT_TRUE(wcsncmp(L"abcx", L"abcy", 4) < 0);
  ASSERT_EQ(wcsncmp(L"ab", L"ab", 10), 0);
  ASSERT_EQ(wcsncmp(L"a", L"b", 0), 0);
  ASSERT_EQ(wmemcmp(L"abc", L"abd", 2), 0);
  ASSERT_TRUE(wmemcmp(L"abc", L"abd", 3) < 0);
  ASSERT_EQ(wcscoll(L"abc", L"abc"), 0);
  ASSERT_TRUE(wcscoll(L"abc", L"abd") < 0);
  ASSERT_TRUE(wcscoll_l(L"b", L"a", NULL) > 0);
}

TEST(casecmp) {
  ASSERT_EQ(wcscasecmp(L"Hello", L"hELLO"), 0);
  const wchar_t a[] = {0x416, 0x3a3, 0}, b[] = {0x436, 0x3c3, 0};  // ЖΣ жσ
  ASSERT_EQ(wcscasecmp(a, b), 0);
  ASSERT_TRUE(wcscasecmp(L"abc", L"ABD") < 0);
  ASSERT_TRUE(wcscasecmp(L"abc", L"AB") > 0);
  ASSERT_EQ(wcsncasecmp(L"abcX", L"ABCy", 3), 0);
  ASSERT_TRUE(wcsncasecmp(L"abcX", L"ABCy", 4) < 0);
  ASSERT_EQ(wcsncasecmp(L"x", L"y", 0), 0);
  ASSERT_EQ(wcscasecmp_l(L"A", L"a", NULL), 0);
  ASSERT_EQ(wcsncasecmp_l(L"Ab", L"aB", 2, NULL), 0);
}

TEST(copies) {
  wchar_t buf[16];
  wmemset(buf, L'z', 16);
  ASSERT_TRUE(wcscpy(buf, L"abc") == buf);
  ASSERT_EQ(wcscmp(buf, L"abc"), 0);
  ASSERT_TRUE(wcpcpy(buf, L"xy") == buf + 2);
  ASSERT_EQ(wcscmp(buf, L"xy"), 0);
  ASSERT_TRUE(wcscat(buf, L"12") == buf);
  ASSERT_EQ(wcscmp(buf, L"xy12"), 0);
  ASSERT_TRUE(wcsncat(buf, L"3456", 2) == buf);
  ASSERT_EQ(wcscmp(buf, L"xy1234"), 0);
  wmemset(buf, L'z', 16);
  ASSERT_TRUE(wcsncpy(buf, L"ab", 5) == buf);
  ASSERT_EQ(buf[1], L'b');
  ASSERT_EQ(buf[2], 0);
  ASSERT_EQ(buf[4], 0);
  ASSERT_EQ(buf[5], L'z');
  ASSERT_TRUE(wcsncpy(buf, L"abcdef", 3) == buf);
  ASSERT_EQ(buf[2], L'c');
  ASSERT_EQ(buf[3], 0);  // from before
  wmemset(buf, L'z', 16);
  ASSERT_TRUE(wcpncpy(buf, L"ab", 5) == buf + 2);
  ASSERT_EQ(buf[4], 0);
  ASSERT_TRUE(wcpncpy(buf, L"abcdef", 3) == buf + 3);
  // wcslcpy / wcslcat.
  wmemset(buf, L'z', 16);
  ASSERT_EQ(wcslcpy(buf, L"hello", 4), 5);
  ASSERT_EQ(wcscmp(buf, L"hel"), 0);
  ASSERT_EQ(wcslcpy(buf, L"hi", 16), 2);
  ASSERT_EQ(wcslcpy(buf, L"hi", 0), 2);
  ASSERT_EQ(wcscmp(buf, L"hi"), 0);
  ASSERT_EQ(wcslcat(buf, L"there", 5), 7);
  ASSERT_EQ(wcscmp(buf, L"hith"), 0);
  ASSERT_EQ(wcslcat(buf, L"x", 3), 3 + 1);  // no terminator within 3
  ASSERT_EQ(wcslcat(buf, L"!", 16), 5);
  ASSERT_EQ(wcscmp(buf, L"hith!"), 0);
  // wmemcpy, wmemmove (overlapping), wmemset.
  wchar_t m[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  ASSERT_TRUE(wmemmove(m + 1, m, 6) == m + 1);
  ASSERT_EQ(m[1], 1);
  ASSERT_EQ(m[6], 6);
  ASSERT_EQ(m[7], 8);
  ASSERT_TRUE(wmemmove(m, m + 1, 6) == m);
  ASSERT_EQ(m[0], 1);
  ASSERT_EQ(m[5], 6);
  ASSERT_TRUE(wmemcpy(buf, m, 8) == buf);
  ASSERT_EQ(wmemcmp(buf, m, 8), 0);
  ASSERT_TRUE(wmemset(buf, 0x10ffff, 3) == buf);
  ASSERT_EQ(buf[2], 0x10ffff);
  ASSERT_EQ(buf[3], m[3]);
}

TEST(duplicates) {
  wchar_t *d = wcsdup(L"dup\x20ac");
  ASSERT_TRUE(d != NULL);
  ASSERT_EQ(wcscmp(d, L"dup\x20ac"), 0);
  free(d);
  d = wcsndup(L"abcdef", 3);
  ASSERT_TRUE(d != NULL);
  ASSERT_EQ(wcscmp(d, L"abc"), 0);
  free(d);
  d = wcsndup(L"ab", 10);
  ASSERT_EQ(wcscmp(d, L"ab"), 0);
  free(d);
}

TEST(searches) {
  const wchar_t *s = L"hello, w\x20acrld";
  ASSERT_TRUE(wcschr(s, L'l') == s + 2);
  ASSERT_TRUE(wcsrchr(s, L'l') == s + 10);
  ASSERT_TRUE(wcschr(s, 0x20ac) == s + 8);
  ASSERT_TRUE(wcschr(s, L'\0') == s + 12);
  ASSERT_TRUE(wcsrchr(s, L'\0') == s + 12);
  ASSERT_TRUE(wcschr(s, L'q') == NULL);
  ASSERT_TRUE(wcsrchr(s, L'q') == NULL);
  ASSERT_TRUE(wmemchr(s, L'w', 12) == s + 7);
  ASSERT_TRUE(wmemchr(s, L'w', 7) == NULL);
  ASSERT_EQ(wcsspn(s, L"ehl"), 4);
  ASSERT_EQ(wcsspn(s, L""), 0);
  ASSERT_EQ(wcscspn(s, L",!"), 5);
  ASSERT_EQ(wcscspn(s, L""), 12);
  ASSERT_TRUE(wcspbrk(s, L"\x20ac,") == s + 5);
  ASSERT_TRUE(wcspbrk(s, L"xyz") == NULL);
  ASSERT_TRUE(wcsstr(s, L"") == s);
  ASSERT_TRUE(wcsstr(s, L"lo") == s + 3);
  ASSERT_TRUE(wcsstr(s, L"\x20acr") == s + 8);
  ASSERT_TRUE(wcsstr(s, L"rld!") == NULL);
  ASSERT_TRUE(wcsstr(L"ab", L"abc") == NULL);
  ASSERT_TRUE(wmemmem(s, 12, L"ld", 2) == s + 10);
  ASSERT_TRUE(wmemmem(s, 11, L"ld", 2) == NULL);
  ASSERT_TRUE(wmemmem(s, 3, L"", 0) == s);
}

// wcsstr and wmemmem against a naive search, on small alphabets where
// partial matches and periodic needles are common.
TEST(search_random) {
  static wchar_t h[300], n[20];
  for (int iter = 0; iter < 20000; ++iter) {
    size_t hn = rnd() % 300, nn = 1 + rnd() % 19;
    wchar_t alpha = (wchar_t)(1 + rnd() % 3);
    for (size_t i = 0; i < hn; ++i)
      h[i] = L'a' + (wchar_t)(rnd() % (uint32_t)alpha);
    for (size_t i = 0; i < nn; ++i)
      n[i] = L'a' + (wchar_t)(rnd() % (uint32_t)alpha);
    h[hn] = n[nn] = L'\0';
    const wchar_t *expect = NULL;
    for (size_t j = 0; j + nn <= hn && expect == NULL; ++j)
      if (wmemcmp(h + j, n, nn) == 0)
        expect = h + j;
    ASSERT_TRUE(wcsstr(h, n) == expect);
    ASSERT_TRUE(wmemmem(h, hn, n, nn) == expect);
  }
}

TEST(tokens) {
  wchar_t text[] = L"  one,two;;three ";
  wchar_t *state;
  wchar_t *t = wcstok(text, L" ,;", &state);
  ASSERT_TRUE(t != NULL && wcscmp(t, L"one") == 0);
  t = wcstok(NULL, L" ,;", &state);
  ASSERT_TRUE(t != NULL && wcscmp(t, L"two") == 0);
  t = wcstok(NULL, L" ,;", &state);
  ASSERT_TRUE(t != NULL && wcscmp(t, L"three") == 0);
  ASSERT_TRUE(wcstok(NULL, L" ,;", &state) == NULL);
  ASSERT_TRUE(wcstok(NULL, L" ,;", &state) == NULL);
  wchar_t empty[] = L";;;";
  ASSERT_TRUE(wcstok(empty, L";", &state) == NULL);
}

TEST(transform) {
  wchar_t buf[8];
  ASSERT_EQ(wcsxfrm(buf, L"abc", 8), 3);
  ASSERT_EQ(wcscmp(buf, L"abc"), 0);
  ASSERT_EQ(wcsxfrm(NULL, L"abcdef", 0), 6);
  ASSERT_EQ(wcsxfrm_l(buf, L"xyz", 8, NULL), 3);
  ASSERT_EQ(wcscmp(buf, L"xyz"), 0);
}

// The SIMD scans against naive loops, at every alignment and length.
TEST(scans_random) {
  static wchar_t buf[200];
  static const wchar_t values[] = {0, 1, -1, L'a', 0x10ffff, (wchar_t)0x80000000};
  for (int iter = 0; iter < 20000; ++iter) {
    size_t off = rnd() % 8, n = rnd() % 150;
    for (size_t i = 0; i < 200; ++i)
      buf[i] = values[1 + rnd() % 5];
    if (rnd() % 2)
      buf[off + rnd() % (n + 1)] = 0;
    buf[off + n] = 0;
    const wchar_t *s = buf + off;
    size_t len = 0;
    while (s[len] != 0)
      ++len;
    ASSERT_EQ(wcslen(s), len);
    size_t maxlen = rnd() % (len + 3);
    ASSERT_EQ(wcsnlen(s, maxlen), len < maxlen ? len : maxlen);
    wchar_t c = values[rnd() % 6];
    const wchar_t *expect = NULL;
    for (size_t i = 0; i <= len && expect == NULL; ++i)
      if (s[i] == c)
        expect = s + i;
    ASSERT_TRUE(wcschr(s, c) == expect);
    size_t m = rnd() % (n + 1);
    expect = NULL;
    for (size_t i = 0; i < m && expect == NULL; ++i)
      if (s[i] == c)
        expect = s + i;
    ASSERT_TRUE(wmemchr(s, c, m) == expect);
  }
}

TEST(versions) {
  static const wchar_t *const order[] = {
      L"000", L"00", L"01", L"010", L"09", L"0", L"1", L"9", L"10",
  };
  for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); ++i)
    for (size_t j = 0; j < sizeof(order) / sizeof(order[0]); ++j) {
      int r = wcsverscmp(order[i], order[j]);
      if (i < j)
        ASSERT_TRUE(r < 0);
      else if (i > j)
        ASSERT_TRUE(r > 0);
      else
        ASSERT_EQ(r, 0);
    }
  ASSERT_TRUE(wcsverscmp(L"file2.txt", L"file10.txt") < 0);
  ASSERT_TRUE(wcsverscmp(L"a-1.10", L"a-1.9") > 0);
  ASSERT_TRUE(wcsverscmp(L"a1b", L"a1a") > 0);
  ASSERT_TRUE(wcsverscmp(L"x", L"x1") < 0);
  ASSERT_EQ(wcsverscmp(L"\x20ac" L"12", L"\x20ac" L"12"), 0);
}

static int naive_cmp(const wchar_t *a, const wchar_t *b, size_t n, int stop) {
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i])
      return a[i] < b[i] ? -1 : 1;
    if (stop && a[i] == 0)
      return 0;
  }
  return 0;
}

static int sign(int x) {
  return (x > 0) - (x < 0);
}

// wcscmp, wcsncmp and wmemcmp against a naive loop, with differences and
// terminators at every position and alignment.
TEST(compare_random) {
  static wchar_t a[120], b[120];
  static const wchar_t values[] = {L'a', L'b', -7, 0x10ffff};
  for (int iter = 0; iter < 30000; ++iter) {
    size_t oa = rnd() % 4, ob = rnd() % 4, len = rnd() % 100;
    for (size_t i = 0; i < 120; ++i)
      a[i] = b[i] = values[rnd() % 4];
    for (size_t i = 0; i < len; ++i)
      b[ob + i] = a[oa + i];
    a[oa + len] = 0;
    b[ob + len] = 0;
    if (rnd() % 2)
      b[ob + rnd() % (len + 1)] = values[rnd() % 4];
    if (rnd() % 4 == 0)
      a[oa + rnd() % (len + 1)] = 0;
    const wchar_t *x = a + oa, *y = b + ob;
    ASSERT_EQ(sign(wcscmp(x, y)), naive_cmp(x, y, (size_t)-1, 1));
    size_t n = rnd() % (len + 8);
    ASSERT_EQ(sign(wcsncmp(x, y, n)), naive_cmp(x, y, n, 1));
    n = rnd() % (len + 1);
    ASSERT_EQ(sign(wmemcmp(x, y, n)), naive_cmp(x, y, n, 0));
  }
}

// wcsspn, wcscspn and wcspbrk against naive loops, with ASCII-only sets
// (the bitmap path) and sets with other characters.
TEST(spans_random) {
  static const wchar_t pool[] = {L'a', L'b', L',', 0x7f, 0x80, 0x20ac, -1};
  for (int iter = 0; iter < 20000; ++iter) {
    wchar_t s[40], set[6];
    size_t n = rnd() % 39, m = rnd() % 5;
    uint32_t range = iter % 2 ? 4 : 7;
    for (size_t i = 0; i < n; ++i)
      s[i] = pool[rnd() % range];
    for (size_t i = 0; i < m; ++i)
      set[i] = pool[rnd() % range];
    s[n] = set[m] = L'\0';
    size_t in = 0, out = 0;
    while (in < n && wmemchr(set, s[in], m) != NULL)
      ++in;
    while (out < n && wmemchr(set, s[out], m) == NULL)
      ++out;
    ASSERT_EQ(wcsspn(s, set), in);
    ASSERT_EQ(wcscspn(s, set), out);
    ASSERT_TRUE(wcspbrk(s, set) == (out < n ? s + out : NULL));
  }
}
