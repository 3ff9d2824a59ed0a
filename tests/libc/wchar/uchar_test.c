// <uchar.h>: UTF-16 (with surrogate pairs across calls), UTF-32 and UTF-8
// code unit conversions.
#include <errno.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>

#include "harness.h"

TEST(mbrtoc16_surrogate_pair) {
  const char *s = "\xf0\x9f\x98\x80!";  // U+1F600
  mbstate_t st = {0};
  char16_t c = 0;
  ASSERT_EQ(mbrtoc16(&c, s, 5, &st), 4);
  ASSERT_EQ(c, 0xd83d);
  ASSERT_FALSE(mbsinit(&st));
  ASSERT_EQ(mbrtoc16(&c, s + 4, 1, &st), (size_t)-3);  // consumes nothing
  ASSERT_EQ(c, 0xde00);
  ASSERT_TRUE(mbsinit(&st));
  ASSERT_EQ(mbrtoc16(&c, s + 4, 1, &st), 1);
  ASSERT_EQ(c, L'!');
  // Byte by byte, then the low half.
  for (size_t i = 0; i < 3; ++i)
    ASSERT_EQ(mbrtoc16(&c, s + i, 1, &st), (size_t)-2);
  ASSERT_EQ(mbrtoc16(&c, s + 3, 1, &st), 1);
  ASSERT_EQ(c, 0xd83d);
  ASSERT_EQ(mbrtoc16(&c, "", 0, &st), (size_t)-3);
  ASSERT_EQ(c, 0xde00);
  // Extremes of the supplementary planes.
  ASSERT_EQ(mbrtoc16(&c, "\xf0\x90\x80\x80", 4, &st), 4);
  ASSERT_EQ(c, 0xd800);
  ASSERT_EQ(mbrtoc16(&c, "", 0, &st), (size_t)-3);
  ASSERT_EQ(c, 0xdc00);
  ASSERT_EQ(mbrtoc16(&c, "\xf4\x8f\xbf\xbf", 4, &st), 4);
  ASSERT_EQ(c, 0xdbff);
  ASSERT_EQ(mbrtoc16(&c, "", 0, &st), (size_t)-3);
  ASSERT_EQ(c, 0xdfff);
  ASSERT_EQ(mbrtoc16(&c, "", 1, &st), 0);
  ASSERT_EQ(c, 0);
  // s == NULL: the pending low surrogate is dropped into no output.
  ASSERT_EQ(mbrtoc16(&c, "\xf0\x9f\x98\x80", 4, &st), 4);
  c = 1;
  ASSERT_EQ(mbrtoc16(&c, NULL, 0, &st), (size_t)-3);
  ASSERT_EQ(c, 1);
  ASSERT_TRUE(mbsinit(&st));
  ASSERT_EQ(mbrtoc16(&c, NULL, 0, &st), 0);
}

TEST(c16rtomb_pairs) {
  char buf[8];
  mbstate_t st = {0};
  ASSERT_EQ(c16rtomb(buf, 0xd83d, &st), 0);  // high surrogate: stored
  ASSERT_FALSE(mbsinit(&st));
  ASSERT_EQ(c16rtomb(buf, 0xde00, &st), 4);
  ASSERT_MEMEQ(buf, "\xf0\x9f\x98\x80", 4);
  ASSERT_TRUE(mbsinit(&st));
  ASSERT_EQ(c16rtomb(buf, 0x20ac, &st), 3);
  ASSERT_MEMEQ(buf, "\xe2\x82\xac", 3);
  ASSERT_EQ(c16rtomb(buf, L'a', &st), 1);
  // Lone low surrogate.
  errno = 0;
  ASSERT_EQ(c16rtomb(buf, 0xdc00, &st), (size_t)-1);
  ASSERT_EQ(errno, EILSEQ);
  // High surrogate followed by something else.
  ASSERT_EQ(c16rtomb(buf, 0xdbff, &st), 0);
  errno = 0;
  ASSERT_EQ(c16rtomb(buf, L'a', &st), (size_t)-1);
  ASSERT_EQ(errno, EILSEQ);
  ASSERT_TRUE(mbsinit(&st));
  // Two high surrogates.
  ASSERT_EQ(c16rtomb(buf, 0xd800, &st), 0);
  ASSERT_EQ(c16rtomb(buf, 0xd800, &st), (size_t)-1);
  // s == NULL resets; with a pending high surrogate that is an error.
  ASSERT_EQ(c16rtomb(NULL, 0, &st), 1);
  ASSERT_EQ(c16rtomb(buf, 0xd800, &st), 0);
  ASSERT_EQ(c16rtomb(NULL, L'x', &st), (size_t)-1);
}

// Every code point through UTF-16 and back.
TEST(utf16_round_trip_all) {
  for (char32_t c = 1; c < 0x110000; ++c) {
    if (c >= 0xd800 && c < 0xe000)
      continue;
    char mb[4];
    size_t n = c32rtomb(mb, c, NULL);
    ASSERT_TRUE(n >= 1 && n <= 4);
    mbstate_t in = {0}, out = {0};
    char16_t u[2];
    ASSERT_EQ(mbrtoc16(&u[0], mb, n, &in), n);
    size_t units = 1;
    if (c >= 0x10000) {
      ASSERT_EQ(mbrtoc16(&u[1], mb + n, 0, &in), (size_t)-3);
      units = 2;
      ASSERT_EQ(u[0] >> 10, 0xd800 >> 10);
      ASSERT_EQ(u[1] >> 10, 0xdc00 >> 10);
    } else {
      ASSERT_EQ(u[0], c);
    }
    char back[8];
    size_t m = 0;
    for (size_t i = 0; i < units; ++i)
      m += c16rtomb(back + m, u[i], &out);
    ASSERT_EQ(m, n);
    ASSERT_MEMEQ(back, mb, n);
  }
}

TEST(mbrtoc32_c32rtomb) {
  mbstate_t st = {0};
  char32_t c;
  ASSERT_EQ(mbrtoc32(&c, "\xe2\x82", 2, &st), (size_t)-2);
  ASSERT_EQ(mbrtoc32(&c, "\xac", 1, &st), 1);
  ASSERT_EQ(c, 0x20ac);
  ASSERT_EQ(mbrtoc32(&c, "", 1, &st), 0);
  ASSERT_EQ(mbrtoc32(&c, "\xed\xa0\x80", 3, &st), (size_t)-1);
  char buf[4];
  ASSERT_EQ(c32rtomb(buf, 0x10ffff, NULL), 4);
  ASSERT_MEMEQ(buf, "\xf4\x8f\xbf\xbf", 4);
  errno = 0;
  ASSERT_EQ(c32rtomb(buf, 0x110000, NULL), (size_t)-1);
  ASSERT_EQ(errno, EILSEQ);
  ASSERT_EQ(c32rtomb(buf, 0xdfff, NULL), (size_t)-1);
  ASSERT_EQ(c32rtomb(NULL, 0x110000, NULL), 1);
}

TEST(mbrtoc8_c8rtomb) {
  mbstate_t st = {0};
  char8_t u;
  ASSERT_EQ(mbrtoc8(&u, "\xe2\x82\xac", 3, &st), 3);
  ASSERT_EQ(u, 0xe2);
  ASSERT_EQ(mbrtoc8(&u, "", 0, &st), (size_t)-3);
  ASSERT_EQ(u, 0x82);
  ASSERT_EQ(mbrtoc8(&u, "", 0, &st), (size_t)-3);
  ASSERT_EQ(u, 0xac);
  ASSERT_TRUE(mbsinit(&st));
  ASSERT_EQ(mbrtoc8(&u, "z", 1, &st), 1);
  ASSERT_EQ(u, 'z');
  ASSERT_EQ(mbrtoc8(&u, "\xc0\x80", 2, &st), (size_t)-1);
  char buf[4];
  ASSERT_EQ(c8rtomb(buf, 0xf0, &st), 0);
  ASSERT_EQ(c8rtomb(buf, 0x9f, &st), 0);
  ASSERT_EQ(c8rtomb(buf, 0x98, &st), 0);
  ASSERT_EQ(c8rtomb(buf, 0x80, &st), 4);
  ASSERT_MEMEQ(buf, "\xf0\x9f\x98\x80", 4);
  ASSERT_EQ(c8rtomb(buf, 'q', &st), 1);
  ASSERT_EQ(buf[0], 'q');
  errno = 0;
  ASSERT_EQ(c8rtomb(buf, 0xed, &st), 0);
  ASSERT_EQ(c8rtomb(buf, 0xa0, &st), (size_t)-1);  // surrogate
  ASSERT_EQ(errno, EILSEQ);
  ASSERT_EQ(c8rtomb(buf, 0x80, &st), (size_t)-1);  // lone continuation
}

TEST(locale_variants) {
  mbstate_t st = {0};
  char16_t c;
  ASSERT_EQ(mbrtoc16_l(&c, "\xc3\xa9", 2, &st, NULL), 2);
  ASSERT_EQ(c, 0xe9);
  char buf[4];
  ASSERT_EQ(c16rtomb_l(buf, 0xe9, &st, NULL), 2);
  char32_t c32;
  ASSERT_EQ(mbrtoc32_l(&c32, "\xc3\xa9", 2, &st, NULL), 2);
  ASSERT_EQ(c32rtomb_l(buf, c32, &st, NULL), 2);
  ASSERT_MEMEQ(buf, "\xc3\xa9", 2);
}
