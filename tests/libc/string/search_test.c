#include <string.h>

#include "harness.h"
#include "testutil.h"

TEST(strstr_basic) {
  const char *h = "the quick brown fox";
  ASSERT_TRUE(strstr(h, "") == h);
  ASSERT_TRUE(strstr("", "") != NULL);
  ASSERT_TRUE(strstr("", "a") == NULL);
  ASSERT_TRUE(strstr(h, "quick") == h + 4);
  ASSERT_TRUE(strstr(h, "fox") == h + 16);
  ASSERT_TRUE(strstr(h, "foxes") == NULL);
  ASSERT_TRUE(strstr(h, "t") == h);
  ASSERT_TRUE(strstr(h, "the quick brown fox!") == NULL);
  ASSERT_TRUE(strstr(h, "the quick brown fox") == h);
  ASSERT_TRUE(strstr("aab", "ab") != NULL);
  ASSERT_TRUE(memmem(h, 19, "", 0) == h);
  ASSERT_TRUE(memmem(h, 0, "a", 1) == NULL);
  ASSERT_TRUE(memmem("a\0b\0c", 5, "b\0c", 3) != NULL);
  ASSERT_TRUE(memmem(h, 10, "brown", 5) == NULL);  // Beyond the length.
}

// Random haystacks over small alphabets, needles taken from the haystack
// or random, lengths covering every code path (1, short, long).
TEST(strstr_memmem_random) {
  static char h[2100], n[300];
  for (int it = 0; it < 20000; ++it) {
    int alphabet = 1 + (int)(rnd() % 4);
    size_t hl = rnd() % 500, nl = rnd() % 24;
    if (rnd() % 8 == 0)
      nl = rnd() % 250;
    if (rnd() % 16 == 0)
      hl = rnd() % 2000;
    fill(h, hl, alphabet);
    h[hl] = '\0';
    if (nl <= hl && rnd() % 2) {
      size_t at = rnd() % (hl - nl + 1);
      for (size_t i = 0; i < nl; ++i)
        n[i] = h[at + i];
      if (nl > 0 && rnd() % 2)
        n[rnd() % nl] = (char)('a' + rnd() % (unsigned)alphabet);
    } else {
      fill(n, nl, alphabet);
    }
    n[nl] = '\0';
    const char *want = ref_memmem(h, hl, n, nl);
    ASSERT_TRUE(strstr(h, n) == want);
    ASSERT_TRUE(memmem(h, hl, n, nl) == want);
    size_t part = rnd() % (hl + 1);
    ASSERT_TRUE(memmem(h, part, n, nl) == ref_memmem(h, part, n, nl));
  }
}

// Periodic needles exercise the two-way algorithm's memory.
TEST(strstr_periodic) {
  static char h[5000], n[400];
  for (int it = 0; it < 3000; ++it) {
    size_t period = 1 + rnd() % 7;
    char base[8];
    fill(base, period, 2);
    size_t hl = rnd() % 4000, nl = 1 + rnd() % 300;
    for (size_t i = 0; i < hl; ++i)
      h[i] = base[i % period];
    h[hl] = '\0';
    for (size_t i = 0; i < nl; ++i)
      n[i] = base[(i + rnd() % 2 * (rnd() % period)) % period];
    if (rnd() % 2)
      for (size_t i = 0; i < nl; ++i)
        n[i] = base[i % period];
    n[nl] = '\0';
    if (hl > 0 && rnd() % 2)
      h[rnd() % hl] = 'c';
    const char *want = ref_memmem(h, hl, n, nl);
    ASSERT_TRUE(strstr(h, n) == want);
    ASSERT_TRUE(memmem(h, hl, n, nl) == want);
  }
}

// Inputs on which naive search takes quadratic time: a^N against a^M b a^M
// and b a^M.  Two-way handles these in linear time; a quadratic strstr
// would need about 10^9 steps here and the test would time out.
TEST(strstr_linear_worst_case) {
  static char h[1 << 20], n[1 << 12];
  memset(h, 'a', sizeof(h) - 1);
  h[sizeof(h) - 1] = '\0';
  memset(n, 'a', sizeof(n) - 1);
  n[sizeof(n) - 1] = '\0';
  n[sizeof(n) / 2] = 'b';
  ASSERT_TRUE(strstr(h, n) == NULL);
  ASSERT_TRUE(memmem(h, sizeof(h) - 1, n, sizeof(n) - 1) == NULL);
  n[sizeof(n) / 2] = 'a';
  n[0] = 'b';
  ASSERT_TRUE(strstr(h, n) == NULL);
  ASSERT_TRUE(memmem(h, sizeof(h) - 1, n, sizeof(n) - 1) == NULL);
  n[0] = 'a';
  n[sizeof(n) - 2] = 'b';
  ASSERT_TRUE(strstr(h, n) == NULL);
  // The needle at the very end.
  h[sizeof(h) - 2] = 'b';
  ASSERT_TRUE(strstr(h, n) == h + sizeof(h) - sizeof(n));
  ASSERT_TRUE(memmem(h, sizeof(h) - 1, n, sizeof(n) - 1) ==
              h + sizeof(h) - sizeof(n));
}
