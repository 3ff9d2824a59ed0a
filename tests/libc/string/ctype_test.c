#include <ctype.h>
#include <strings.h>

#include "harness.h"

#include <stdbool.h>

// Expected classes, written out per character range (ASCII).
static bool in(int c, int lo, int hi) { return c >= lo && c <= hi; }

TEST(ctype_every_byte) {
  for (int c = -1; c < 256; ++c) {
    bool upper = in(c, 'A', 'Z'), lower = in(c, 'a', 'z');
    bool digit = in(c, '0', '9');
    bool alpha = upper || lower, alnum = alpha || digit;
    bool print = in(c, 0x20, 0x7e), graph = in(c, 0x21, 0x7e);
    bool space = c == ' ' || in(c, '\t', '\r');
    bool xdigit = digit || in(c, 'a', 'f') || in(c, 'A', 'F');
    ASSERT_EQ(!!isalpha(c), alpha);
    ASSERT_EQ(!!isalnum(c), alnum);
    ASSERT_EQ(!!isdigit(c), digit);
    ASSERT_EQ(!!isupper(c), upper);
    ASSERT_EQ(!!islower(c), lower);
    ASSERT_EQ(!!isxdigit(c), xdigit);
    ASSERT_EQ(!!isprint(c), print);
    ASSERT_EQ(!!isgraph(c), graph);
    ASSERT_EQ(!!ispunct(c), graph && !alnum);
    ASSERT_EQ(!!isspace(c), space);
    ASSERT_EQ(!!isblank(c), c == ' ' || c == '\t');
    ASSERT_EQ(!!iscntrl(c), in(c, 0, 0x1f) || c == 0x7f);
    ASSERT_EQ(!!isascii(c), in(c, 0, 0x7f));
    ASSERT_EQ(toupper(c), lower ? c - 32 : c);
    ASSERT_EQ(tolower(c), upper ? c + 32 : c);
    ASSERT_EQ(toascii(c), c & 0x7f);
    // The _l variants agree in the supported locales.
    ASSERT_EQ(!!isalpha_l(c, NULL), alpha);
    ASSERT_EQ(!!isalnum_l(c, NULL), alnum);
    ASSERT_EQ(!!isdigit_l(c, NULL), digit);
    ASSERT_EQ(!!isupper_l(c, NULL), upper);
    ASSERT_EQ(!!islower_l(c, NULL), lower);
    ASSERT_EQ(!!isxdigit_l(c, NULL), xdigit);
    ASSERT_EQ(!!isprint_l(c, NULL), print);
    ASSERT_EQ(!!isgraph_l(c, NULL), graph);
    ASSERT_EQ(!!ispunct_l(c, NULL), graph && !alnum);
    ASSERT_EQ(!!isspace_l(c, NULL), space);
    ASSERT_EQ(!!isblank_l(c, NULL), c == ' ' || c == '\t');
    ASSERT_EQ(!!iscntrl_l(c, NULL), in(c, 0, 0x1f) || c == 0x7f);
    ASSERT_EQ(toupper_l(c, NULL), toupper(c));
    ASSERT_EQ(tolower_l(c, NULL), tolower(c));
  }
}

TEST(ffs_family) {
  ASSERT_EQ(ffs(0), 0);
  ASSERT_EQ(ffs(1), 1);
  ASSERT_EQ(ffs(0x80), 8);
  ASSERT_EQ(ffs(-2147483647 - 1), 32);
  ASSERT_EQ(ffs(-1), 1);
  ASSERT_EQ(ffsl(0), 0);
  ASSERT_EQ(ffsl(1L << 40), 41);
  ASSERT_EQ(ffsll(0), 0);
  ASSERT_EQ(ffsll(1LL << 63), 64);
  ASSERT_EQ(ffsll(0x300), 9);
  for (int i = 0; i < 64; ++i) {
    ASSERT_EQ(ffsll(1LL << i | 1LL << 63), i + 1);
    ASSERT_EQ(ffsl(1L << i), i + 1);
    if (i < 32)
      ASSERT_EQ(ffs((int)(1U << i)), i + 1);
  }
}
