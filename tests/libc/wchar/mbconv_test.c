// UTF-8 multibyte conversions: mbrtowc, wcrtomb, mbrlen, mbsinit, btowc,
// wctob, the mbs/wcs string converters and <stdlib.h>'s mblen, mbtowc,
// wctomb, mbstowcs, wcstombs.
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>

#include "harness.h"

// An independent reference: the UTF-8 form of c by arithmetic.
static size_t ref_encode(uint32_t c, unsigned char *s) {
  if (c < 0x80) {
    s[0] = (unsigned char)c;
    return 1;
  }
  if (c < 0x800) {
    s[0] = (unsigned char)(0xc0 + c / 64);
    s[1] = (unsigned char)(0x80 + c % 64);
    return 2;
  }
  if (c < 0x10000) {
    s[0] = (unsigned char)(0xe0 + c / 4096);
    s[1] = (unsigned char)(0x80 + c / 64 % 64);
    s[2] = (unsigned char)(0x80 + c % 64);
    return 3;
  }
  s[0] = (unsigned char)(0xf0 + c / 262144);
  s[1] = (unsigned char)(0x80 + c / 4096 % 64);
  s[2] = (unsigned char)(0x80 + c / 64 % 64);
  s[3] = (unsigned char)(0x80 + c % 64);
  return 4;
}

static int is_scalar(uint32_t c) {
  return c < 0x110000 && !(c >= 0xd800 && c <= 0xdfff);
}

TEST(mb_cur_max) {
  ASSERT_EQ(MB_CUR_MAX, 4);
  ASSERT_TRUE(MB_CUR_MAX <= MB_LEN_MAX);
}

TEST(every_code_point_round_trip) {
  for (uint32_t c = 0; c < 0x110000; ++c) {
    char buf[8];
    unsigned char ref[4];
    mbstate_t st;
    memset(&st, 0, sizeof(st));
    errno = 0;
    size_t n = wcrtomb(buf, (wchar_t)c, &st);
    if (!is_scalar(c)) {
      ASSERT_EQ(n, (size_t)-1);
      ASSERT_EQ(errno, EILSEQ);
      continue;
    }
    size_t rn = ref_encode(c, ref);
    ASSERT_EQ(n, rn);
    ASSERT_MEMEQ(buf, ref, n);
    wchar_t wc = -1;
    ASSERT_EQ(mbrtowc(&wc, buf, n, &st), c == 0 ? 0 : n);
    ASSERT_EQ(wc, c);
    ASSERT_TRUE(mbsinit(&st));
    // Extra bytes after the character are not consumed.
    buf[n] = 'x';
    ASSERT_EQ(mbrtowc(&wc, buf, n + 1, &st), c == 0 ? 0 : n);
    // One byte at a time.
    for (size_t i = 0; i < n; ++i) {
      size_t r = mbrtowc(&wc, buf + i, 1, &st);
      if (i + 1 < n) {
        ASSERT_EQ(r, (size_t)-2);
        ASSERT_FALSE(mbsinit(&st));
      } else {
        ASSERT_EQ(r, c == 0 ? 0 : 1);
        ASSERT_EQ(wc, c);
      }
    }
    ASSERT_TRUE(mbsinit(&st));
    ASSERT_EQ(mbrlen(buf, n, &st), c == 0 ? 0 : n);
  }
}

TEST(wcrtomb_rejects_non_characters) {
  static const wchar_t bad[] = {0xd800,   0xdbff,     0xdc00, 0xdfff,
                                0x110000, 0x7fffffff, -1,     WCHAR_MIN};
  for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); ++i) {
    char buf[8] = "zzzz";
    errno = 0;
    ASSERT_EQ(wcrtomb(buf, bad[i], NULL), (size_t)-1);
    ASSERT_EQ(errno, EILSEQ);
    ASSERT_EQ(wctomb(buf, bad[i]), -1);
  }
  // wcrtomb(NULL, ...) resets and counts the null character.
  ASSERT_EQ(wcrtomb(NULL, L'x', NULL), 1);
}

// Classes of invalid input, each reported at the first impossible byte.
TEST(invalid_sequences) {
  static const struct {
    const char *s;
    size_t len;
    size_t valid_prefix;  // bytes answered with -2 when fed one by one
  } cases[] = {
      {"\x80", 1, 0},  // lone continuation bytes
      {"\xbf", 1, 0},
      {"\xc0\x80", 2, 0},      // overlong NUL: C0 never valid
      {"\xc1\xbf", 2, 0},      // overlong 2-byte form
      {"\xe0\x80\x80", 3, 1},  // overlong 3-byte forms
      {"\xe0\x9f\xbf", 3, 1},
      {"\xf0\x80\x80\x80", 4, 1},  // overlong 4-byte forms
      {"\xf0\x8f\xbf\xbf", 4, 1},
      {"\xed\xa0\x80", 3, 1},  // surrogates D800, DFFF
      {"\xed\xbf\xbf", 3, 1},
      {"\xf4\x90\x80\x80", 4, 1},      // U+110000
      {"\xf7\xbf\xbf\xbf", 4, 0},      // lead bytes above F4
      {"\xf8\x88\x80\x80\x80", 5, 0},  // 5- and 6-byte forms
      {"\xfc\x84\x80\x80\x80\x80", 6, 0},
      {"\xfe", 1, 0},
      {"\xff", 1, 0},
      {"\xc3\x41", 2, 1},  // cut short by ASCII
      {"\xe2\x82\x41", 3, 2},
      {"\xf0\x9f\x98\xc3\xa9", 5, 3},  // cut short by a lead byte
      {"\xc3\x00", 2, 1},              // cut short by NUL
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    const char *s = cases[i].s;
    size_t len = cases[i].len;
    mbstate_t st = {0};
    wchar_t wc;
    errno = 0;
    ASSERT_EQ(mbrtowc(&wc, s, len, &st), (size_t)-1);
    ASSERT_EQ(errno, EILSEQ);
    ASSERT_TRUE(mbsinit(&st));  // reset after an error
    for (size_t k = 0; k < cases[i].valid_prefix; ++k)
      ASSERT_EQ(mbrtowc(&wc, s + k, 1, &st), (size_t)-2);
    errno = 0;
    ASSERT_EQ(mbrtowc(&wc, s + cases[i].valid_prefix, 1, &st), (size_t)-1);
    ASSERT_EQ(errno, EILSEQ);
    ASSERT_EQ(mbtowc(&wc, s, len), -1);
    ASSERT_EQ(mblen(s, len), -1);
    char16_t c16;
    ASSERT_EQ(mbrtoc16(&c16, s, len, &st), (size_t)-1);
    char32_t c32;
    ASSERT_EQ(mbrtoc32(&c32, s, len, &st), (size_t)-1);
  }
}

// Every 2- and 3-byte input against tables built from the reference
// encoder: the decoder must accept exactly the shortest forms of scalar
// values and wait (-2) exactly on proper prefixes of them.
static uint8_t valid2[1 << 16 >> 3], valid3[1 << 24 >> 3],
    prefix3[1 << 24 >> 3];
#define SET(map, i) ((map)[(i) >> 3] |= (uint8_t)(1 << ((i)&7)))
#define GET(map, i) (((map)[(i) >> 3] >> ((i)&7)) & 1)

TEST(all_short_inputs) {
  for (uint32_t c = 0x80; c < 0x110000; ++c) {
    unsigned char t[4];
    if (!is_scalar(c))
      continue;
    size_t n = ref_encode(c, t);
    uint32_t k = (uint32_t)t[0] << 16 | (uint32_t)t[1] << 8 | t[2];
    if (n == 2)
      SET(valid2, (uint32_t)t[0] << 8 | t[1]);
    else if (n == 3)
      SET(valid3, k);
    else
      SET(prefix3, k);
  }
  for (uint32_t v = 0; v < 0x1000000; ++v) {
    char s[3] = {(char)(v >> 16), (char)(v >> 8), (char)v};
    size_t expect;
    if (v >> 16 < 0x80)
      expect = v >> 16 == 0 ? 0 : 1;
    else if (GET(valid2, v >> 8))
      expect = 2;
    else if (GET(valid3, v))
      expect = 3;
    else if (GET(prefix3, v))
      expect = (size_t)-2;
    else
      expect = (size_t)-1;
    mbstate_t st = {0};
    wchar_t wc = -1;
    size_t r = mbrtowc(&wc, s, 3, &st);
    if (r != expect)
      ASSERT_EQ(v, (uint32_t)-1);  // names the failing input
    if (r <= 3) {
      char back[4];
      ASSERT_EQ(wcrtomb(back, wc, NULL), r == 0 ? 1 : r);
      ASSERT_MEMEQ(back, s, r);
    }
  }
}

TEST(partial_state_across_calls) {
  // U+1F600 split 1+3, 2+2 and 3+1, then continued by further text.
  const char *s = "\xf0\x9f\x98\x80z";
  for (size_t split = 1; split < 4; ++split) {
    mbstate_t st = {0};
    wchar_t wc = 0;
    ASSERT_EQ(mbrtowc(&wc, s, split, &st), (size_t)-2);
    ASSERT_FALSE(mbsinit(&st));
    ASSERT_EQ(mbrtowc(&wc, s + split, 5 - split, &st), 4 - split);
    ASSERT_EQ(wc, 0x1f600);
    ASSERT_TRUE(mbsinit(&st));
  }
  // n == 0 consumes nothing.
  mbstate_t st = {0};
  wchar_t wc = 7;
  ASSERT_EQ(mbrtowc(&wc, "a", 0, &st), (size_t)-2);
  ASSERT_EQ(wc, 7);
  ASSERT_TRUE(mbsinit(&st));
  // s == NULL: an incomplete character before the end is an error.
  ASSERT_EQ(mbrtowc(&wc, "\xe2", 1, &st), (size_t)-2);
  errno = 0;
  ASSERT_EQ(mbrtowc(NULL, NULL, 0, &st), (size_t)-1);
  ASSERT_EQ(errno, EILSEQ);
  ASSERT_EQ(mbrtowc(NULL, NULL, 0, &st), 0);
  // A zero-initialised state is the initial state; so is no state.
  mbstate_t zero;
  memset(&zero, 0, sizeof(zero));
  ASSERT_TRUE(mbsinit(&zero));
  ASSERT_TRUE(mbsinit(NULL));
  // The internal states of mbrtowc and mbrlen are separate.
  ASSERT_EQ(mbrtowc(&wc, "\xc3", 1, NULL), (size_t)-2);
  ASSERT_EQ(mbrlen("a", 1, NULL), 1);
  ASSERT_EQ(mbrtowc(&wc, "\xa9", 1, NULL), 1);
  ASSERT_EQ(wc, 0xe9);
}

TEST(btowc_wctob) {
  for (int c = 0; c < 0x80; ++c) {
    ASSERT_EQ(btowc(c), c);
    ASSERT_EQ(wctob(c), c);
  }
  for (int c = 0x80; c < 0x100; ++c)
    ASSERT_EQ(btowc(c), WEOF);
  ASSERT_EQ(btowc(-1), WEOF);  // EOF
  ASSERT_EQ(wctob(0xe9), -1);
  ASSERT_EQ(wctob(WEOF), -1);
  ASSERT_EQ(wctob(0x20ac), -1);
}

TEST(mbsrtowcs) {
  const char *text = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
  wchar_t out[16];
  const char *src = text;
  mbstate_t st = {0};
  ASSERT_EQ(mbsrtowcs(NULL, &src, 0, &st), 4);
  ASSERT_TRUE(src == text);  // unchanged when counting
  ASSERT_EQ(mbsrtowcs(out, &src, 16, &st), 4);
  ASSERT_TRUE(src == NULL);
  ASSERT_EQ(out[0], L'a');
  ASSERT_EQ(out[1], 0xe9);
  ASSERT_EQ(out[2], 0x20ac);
  ASSERT_EQ(out[3], 0x1f600);
  ASSERT_EQ(out[4], 0);
  // Room for two characters: stops after them.
  src = text;
  ASSERT_EQ(mbsrtowcs(out, &src, 2, &st), 2);
  ASSERT_TRUE(src == text + 3);
  ASSERT_EQ(mbsrtowcs(out, &src, 16, &st), 2);
  ASSERT_TRUE(src == NULL);
  // Invalid input: src points at the bad character.
  const char *bad =
      "ab\xff"
      "c";
  src = bad;
  errno = 0;
  ASSERT_EQ(mbsrtowcs(out, &src, 16, &st), (size_t)-1);
  ASSERT_EQ(errno, EILSEQ);
  ASSERT_TRUE(src == bad + 2);
  ASSERT_EQ(out[1], L'b');
  src = bad;
  ASSERT_EQ(mbsrtowcs(NULL, &src, 0, &st), (size_t)-1);
}

TEST(mbsnrtowcs) {
  const char *text = "x\xe2\x82\xacy";
  wchar_t out[8];
  mbstate_t st = {0};
  const char *src = text;
  // The limit cuts the euro sign: its first two bytes go into the state.
  ASSERT_EQ(mbsnrtowcs(out, &src, 3, 8, &st), 1);
  ASSERT_TRUE(src == text + 3);
  ASSERT_FALSE(mbsinit(&st));
  ASSERT_EQ(mbsnrtowcs(out, &src, 2, 8, &st), 2);
  ASSERT_EQ(out[0], 0x20ac);
  ASSERT_EQ(out[1], L'y');
  ASSERT_TRUE(src == text + 5);
  ASSERT_TRUE(mbsinit(&st));
  ASSERT_EQ(mbsnrtowcs(out, &src, 1, 8, &st), 0);
  ASSERT_TRUE(src == NULL);
  // Counting does not change the state.
  src = text;
  ASSERT_EQ(mbsnrtowcs(out, &src, 2, 8, &st), 1);
  const char *rest = src;
  ASSERT_EQ(mbsnrtowcs(NULL, &rest, 10, 0, &st), 2);
  ASSERT_FALSE(mbsinit(&st));
  ASSERT_EQ(mbsnrtowcs(out, &src, 10, 8, &st), 2);
  ASSERT_EQ(out[0], 0x20ac);
}

TEST(wcsrtombs_wcsnrtombs) {
  const wchar_t text[] = {L'a', 0xe9, 0x20ac, 0x1f600, 0};
  char out[16];
  const wchar_t *src = text;
  ASSERT_EQ(wcsrtombs(NULL, &src, 0, NULL), 10);
  ASSERT_TRUE(src == text);
  ASSERT_EQ(wcsrtombs(out, &src, sizeof(out), NULL), 10);
  ASSERT_TRUE(src == NULL);
  ASSERT_STREQ(out, "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
  // A character that does not fit entirely is not written.
  memset(out, 'z', sizeof(out));
  src = text;
  ASSERT_EQ(wcsrtombs(out, &src, 5, NULL), 3);
  ASSERT_TRUE(src == text + 2);
  ASSERT_EQ(out[3], 'z');
  // Exactly the characters, no room for the terminator.
  src = text;
  ASSERT_EQ(wcsrtombs(out, &src, 10, NULL), 10);
  ASSERT_TRUE(src == text + 4);
  // Input limit.
  src = text;
  ASSERT_EQ(wcsnrtombs(out, &src, 2, sizeof(out), NULL), 3);
  ASSERT_TRUE(src == text + 2);
  // Invalid character: src points at it.
  const wchar_t bad[] = {L'a', 0xd800, L'b', 0};
  src = bad;
  errno = 0;
  ASSERT_EQ(wcsrtombs(out, &src, sizeof(out), NULL), (size_t)-1);
  ASSERT_EQ(errno, EILSEQ);
  ASSERT_TRUE(src == bad + 1);
  src = bad;
  ASSERT_EQ(wcsrtombs(NULL, &src, 0, NULL), (size_t)-1);
}

TEST(stdlib_multibyte) {
  wchar_t wc;
  ASSERT_EQ(mbtowc(NULL, NULL, 0), 0);  // not state-dependent
  ASSERT_EQ(mblen(NULL, 0), 0);
  ASSERT_EQ(wctomb(NULL, 0), 0);
  ASSERT_EQ(mbtowc(&wc, "\xe2\x82\xac", 3), 3);
  ASSERT_EQ(wc, 0x20ac);
  ASSERT_EQ(mbtowc(&wc, "", 1), 0);
  ASSERT_EQ(wc, 0);
  errno = 0;
  ASSERT_EQ(mbtowc(&wc, "\xe2\x82\xac", 2), -1);  // incomplete
  ASSERT_EQ(errno, EILSEQ);
  ASSERT_EQ(mblen("\xc3\xa9", 2), 2);
  char buf[4];
  ASSERT_EQ(wctomb(buf, 0x1f600), 4);
  ASSERT_MEMEQ(buf, "\xf0\x9f\x98\x80", 4);
  wchar_t out[8];
  ASSERT_EQ(mbstowcs(out, "h\xc3\xa9", 8), 2);
  ASSERT_EQ(out[1], 0xe9);
  ASSERT_EQ(out[2], 0);
  ASSERT_EQ(mbstowcs(NULL, "h\xc3\xa9", 0), 2);
  ASSERT_EQ(mbstowcs(out, "\xc3", 8), (size_t)-1);
  char mb[8];
  const wchar_t w[] = {0x20ac, L'!', 0};
  ASSERT_EQ(wcstombs(mb, w, sizeof(mb)), 4);
  ASSERT_STREQ(mb, "\xe2\x82\xac!");
  ASSERT_EQ(wcstombs(NULL, w, 0), 4);
  ASSERT_EQ(MB_CUR_MAX_L(NULL), 4);
}
