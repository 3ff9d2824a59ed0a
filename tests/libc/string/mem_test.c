#include <string.h>

#include "harness.h"
#include "testutil.h"

static unsigned char A[1024], B[1024], C[1024], D[1024];

// Every source and destination alignment 0..15 and every length 0..300;
// bytes around the destination must be left alone.
TEST(memcpy_all_alignments) {
  for (size_t sa = 0; sa < 16; ++sa)
    for (size_t da = 0; da < 16; ++da)
      for (size_t n = 0; n <= 300; ++n) {
        fill(A, sizeof(A), 0);
        fill(B, sizeof(B), 0);
        for (size_t i = 0; i < sizeof(B); ++i)
          C[i] = B[i];
        for (size_t i = 0; i < n; ++i)
          C[32 + da + i] = A[sa + i];
        ASSERT_TRUE(memcpy(B + 32 + da, A + sa, n) == B + 32 + da);
        ASSERT_MEMEQ(B, C, sizeof(B));
      }
}

TEST(mempcpy_returns_end) {
  for (size_t n = 0; n <= 100; ++n) {
    fill(A, 200, 0);
    ASSERT_TRUE(mempcpy(B + 3, A + 5, n) == B + 3 + n);
    ASSERT_MEMEQ(B + 3, A + 5, n);
  }
}

TEST(memcpy_large) {
  static unsigned char x[70000], y[70000];
  for (size_t n = 1000; n < 65000; n = n * 5 / 4 + 7) {
    size_t sa = rnd() % 32, da = rnd() % 32;
    fill(x, sizeof(x), 0);
    fill(y, sizeof(y), 0);
    unsigned char before = y[da + n], under = da > 0 ? y[da - 1] : 0;
    memcpy(y + da, x + sa, n);
    ASSERT_MEMEQ(y + da, x + sa, n);
    ASSERT_EQ(y[da + n], before);
    if (da > 0)
      ASSERT_EQ(y[da - 1], under);
  }
}

// Overlapping moves in both directions, by every offset from -80 to 80.
TEST(memmove_overlap) {
  for (int off = -80; off <= 80; ++off)
    for (size_t da = 0; da < 16; ++da)
      for (size_t n = 0; n <= 300; n += 1 + n / 16) {
        fill(C, sizeof(C), 0);
        for (size_t i = 0; i < sizeof(C); ++i)
          D[i] = C[i];
        unsigned char *dst = C + 200 + da;
        const unsigned char *src = dst + off;
        unsigned char tmp[400];
        for (size_t i = 0; i < n; ++i)
          tmp[i] = src[i];
        for (size_t i = 0; i < n; ++i)
          D[200 + da + i] = tmp[i];
        ASSERT_TRUE(memmove(dst, src, n) == dst);
        ASSERT_MEMEQ(C, D, sizeof(C));
      }
}

TEST(memmove_large_overlap) {
  static unsigned char x[40000], y[40000];
  for (size_t n = 100; n < 30000; n = n * 3 / 2 + 5) {
    for (int dir = 0; dir < 2; ++dir) {
      size_t shift = 1 + rnd() % 200;
      fill(x, sizeof(x), 0);
      for (size_t i = 0; i < sizeof(x); ++i)
        y[i] = x[i];
      size_t from = dir ? 1000 : 1000 + shift, to = dir ? 1000 + shift : 1000;
      memmove(x + to, x + from, n);
      ASSERT_MEMEQ(x + to, y + from, n);
      ASSERT_MEMEQ(x, y, to);
      ASSERT_MEMEQ(x + to + n, y + to + n, sizeof(x) - to - n);
    }
  }
}

TEST(memset_all_alignments) {
  for (size_t da = 0; da < 16; ++da)
    for (size_t n = 0; n <= 300; ++n) {
      int c = (int)(rnd() % 512) - 256;  // Only the low byte counts.
      fill(C, sizeof(C), 0);
      for (size_t i = 0; i < sizeof(C); ++i)
        D[i] = C[i];
      for (size_t i = 0; i < n; ++i)
        D[16 + da + i] = (unsigned char)c;
      ASSERT_TRUE(memset(C + 16 + da, c, n) == C + 16 + da);
      ASSERT_MEMEQ(C, D, sizeof(C));
    }
  static unsigned char big[20000];
  memset(big, 0x5a, sizeof(big));
  memset(big + 3, 0xa5, sizeof(big) - 6);
  ASSERT_EQ(big[2], 0x5a);
  ASSERT_EQ(big[3], 0xa5);
  ASSERT_EQ(big[sizeof(big) - 4], 0xa5);
  ASSERT_EQ(big[sizeof(big) - 3], 0x5a);
}

TEST(explicit_bzero_clears) {
  fill(A, 100, 0);
  explicit_bzero(A + 1, 98);
  for (size_t i = 1; i < 99; ++i)
    ASSERT_EQ(A[i], 0);
}

TEST(memcmp_sign_and_position) {
  ASSERT_EQ(memcmp("", "", 0), 0);
  ASSERT_EQ(memcmp("a", "b", 0), 0);
  ASSERT_TRUE(memcmp("\x80", "\x7f", 1) > 0);  // Unsigned bytes.
  for (size_t sa = 0; sa < 16; ++sa)
    for (size_t n = 0; n <= 300; ++n) {
      size_t sb = rnd() % 16;
      fill(A, 400, 0);
      for (size_t i = 0; i < n; ++i)
        B[sb + i] = A[sa + i];
      ASSERT_EQ(memcmp(A + sa, B + sb, n), 0);
      if (n > 0) {
        size_t k = rnd() % n;
        B[sb + k] = (unsigned char)rnd();
        ASSERT_EQ(sign(memcmp(A + sa, B + sb, n)),
                  sign(ref_memcmp(A + sa, B + sb, n)));
        ASSERT_EQ(sign(memcmp(B + sb, A + sa, n)),
                  sign(ref_memcmp(B + sb, A + sa, n)));
        ASSERT_EQ(memcmp(A + sa, B + sb, k), 0);
      }
    }
}

TEST(memchr_memrchr) {
  ASSERT_TRUE(memchr("abc", 'a', 0) == NULL);
  ASSERT_TRUE(memrchr("abc", 'a', 0) == NULL);
  const char *s = "a\0b\xff";
  ASSERT_TRUE(memchr(s, 0, 4) == s + 1);
  ASSERT_TRUE(memchr(s, 0xff, 4) == s + 3);
  ASSERT_TRUE(memchr(s, -1, 4) == s + 3);  // Converted to unsigned char.
  ASSERT_TRUE(memchr(s, 'b' + 256, 4) == s + 2);
  for (size_t sa = 0; sa < 16; ++sa)
    for (size_t n = 0; n <= 300; ++n) {
      fill(A, 400, 12);
      int c = 'a' + (int)(rnd() % 14);
      ASSERT_TRUE(memchr(A + sa, c, n) == ref_memchr(A + sa, c, n));
      ASSERT_TRUE(memrchr(A + sa, c, n) == ref_memrchr(A + sa, c, n));
    }
}

TEST(memccpy_stops_after_char) {
  char buf[16];
  memset(buf, 'x', sizeof(buf));
  ASSERT_TRUE(memccpy(buf, "hello", 'l', 5) == buf + 3);
  ASSERT_MEMEQ(buf, "helx", 4);
  ASSERT_TRUE(memccpy(buf, "hello", 'z', 5) == NULL);
  ASSERT_MEMEQ(buf, "hellox", 6);
  ASSERT_TRUE(memccpy(buf, "hello", 'h', 0) == NULL);
}
