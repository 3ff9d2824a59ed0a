#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "rand_chacha.h"

// Expected values from glibc's erand48/nrand48/jrand48 with the same state.
TEST(rand48_known_sequence) {
  unsigned short x[3] = {0x330e, 0xabcd, 0x1234};
  static const uint64_t e[4] = {
      UINT64_C(0x3fd95fadc9544040), UINT64_C(0x3feae54192cc6f00),
      UINT64_C(0x3fd69d0f018a88c0), UINT64_C(0x3fdc94d2afd8bc80)};
  for (int i = 0; i < 4; ++i) {
    double d = erand48(x);
    uint64_t b;
    memcpy(&b, &d, 8);
    ASSERT_EQ(b, e[i]);
  }
  ASSERT_EQ(x[0], 0x62f2);
  ASSERT_EQ(x[1], 0x4abf);
  ASSERT_EQ(x[2], 0x7253);
  static const long n[4] = {684387517, 1903590565, 33463914, 1254324197};
  for (int i = 0; i < 4; ++i)
    ASSERT_EQ(nrand48(x), n[i]);
  static const long j[4] = {684483038, 1648047133, -1327126111, 252797108};
  for (int i = 0; i < 4; ++i)
    ASSERT_EQ(jrand48(x), j[i]);
  ASSERT_EQ(x[0], 0xf57a);
  ASSERT_EQ(x[1], 0x60b4);
  ASSERT_EQ(x[2], 0x0f11);
  unsigned short y[3] = {0xffff, 0xffff, 0xffff};
  ASSERT_EQ(jrand48(y), -384749);
  unsigned short z[3] = {0, 0, 0};
  ASSERT_EQ(nrand48(z), 0);
  ASSERT_TRUE(erand48(z) == 0x1.0250b79ae8p-10);
}

TEST(rand48_shared_ranges) {
  double sum = 0;
  int lneg = 0;
  for (int i = 0; i < 10000; ++i) {
    double d = drand48();
    ASSERT_TRUE(d >= 0.0 && d < 1.0);
    sum += d;
    long l = lrand48();
    ASSERT_TRUE(l >= 0 && l <= 0x7fffffff);
    long m = mrand48();
    ASSERT_TRUE(m >= -0x80000000L && m <= 0x7fffffff);
    lneg += m < 0;
  }
  ASSERT_TRUE(sum > 4500 && sum < 5500);
  ASSERT_TRUE(lneg > 4500 && lneg < 5500);
}

// RFC 8439, section 2.3.2.
TEST(chacha20_block_vector) {
  uint32_t key[8], out[16];
  for (int i = 0; i < 8; ++i)
    key[i] = (uint32_t)(4 * i) | (uint32_t)(4 * i + 1) << 8 |
             (uint32_t)(4 * i + 2) << 16 | (uint32_t)(4 * i + 3) << 24;
  static const uint32_t nonce[3] = {0x09000000, 0x4a000000, 0x00000000};
  chacha20_block(key, 1, nonce, out);
  static const uint32_t expect[16] = {
      0xe4e7f110, 0x15593bd1, 0x1fdd0f50, 0xc47120a3, 0xc7f4d1c7, 0x0368c033,
      0x9aaa2204, 0x4e6cd4c3, 0x466482d2, 0x09aa9f07, 0x05d7c214, 0xa2028bd9,
      0xd19c12b5, 0xb94e16de, 0xe883d0cb, 0x4e3c50a2};
  for (int i = 0; i < 16; ++i)
    ASSERT_EQ(out[i], expect[i]);
}

TEST(arc4random_uniform_bounds) {
  ASSERT_EQ(arc4random_uniform(0), 0);
  ASSERT_EQ(arc4random_uniform(1), 0);
  static const uint32_t uppers[] = {2, 3, 7, 10, 1000, 0x80000001u, 0xffffffffu};
  for (size_t u = 0; u < sizeof(uppers) / sizeof(uppers[0]); ++u)
    for (int i = 0; i < 2000; ++i)
      ASSERT_TRUE(arc4random_uniform(uppers[u]) < uppers[u]);
  // Every value of a small range shows up, roughly equally often.
  unsigned counts[10] = {0};
  for (int i = 0; i < 100000; ++i)
    ++counts[arc4random_uniform(10)];
  for (int i = 0; i < 10; ++i)
    ASSERT_TRUE(counts[i] > 9000 && counts[i] < 11000);
  // Values above 2^31 are reached for a large bound.
  int high = 0;
  for (int i = 0; i < 1000; ++i)
    high += arc4random_uniform(0xfffffff0u) >= 0x80000000u;
  ASSERT_TRUE(high > 400 && high < 600);
}

TEST(arc4random_output) {
  // Bits are balanced and consecutive outputs differ.
  unsigned ones = 0;
  uint32_t prev = arc4random(), same = 0;
  for (int i = 0; i < 10000; ++i) {
    uint32_t v = arc4random();
    ones += (unsigned)__builtin_popcount(v);
    same += v == prev;
    prev = v;
  }
  ASSERT_TRUE(ones > 160000 - 2000 && ones < 160000 + 2000);
  ASSERT_EQ(same, 0);
  // arc4random_buf fills every byte, across the internal batch boundary
  // and for large requests (which pass the reseed interval).
  static unsigned char buf[3 << 20];
  memset(buf, 0, sizeof(buf));
  arc4random_buf(buf, sizeof(buf));
  size_t zeros = 0;
  for (size_t i = 0; i < sizeof(buf); ++i)
    zeros += buf[i] == 0;
  ASSERT_TRUE(zeros > sizeof(buf) / 256 - 1500 && zeros < sizeof(buf) / 256 + 1500);
  unsigned char a[7] = {0}, b[7] = {0};
  arc4random_buf(a, sizeof(a));
  arc4random_buf(b, sizeof(b));
  ASSERT_TRUE(memcmp(a, b, sizeof(a)) != 0);
  arc4random_buf(a, 0);
}

TEST(rand_random_range) {
  int rhigh = 0;
  long qhigh = 0;
  for (int i = 0; i < 10000; ++i) {
    int r = rand();
    ASSERT_TRUE(r >= 0 && r <= RAND_MAX);
    rhigh += r > RAND_MAX / 2;
    long q = random();
    ASSERT_TRUE(q >= 0 && q <= 0x7fffffff);
    qhigh += q > 0x3fffffff;
  }
  ASSERT_TRUE(rhigh > 4500 && rhigh < 5500);
  ASSERT_TRUE(qhigh > 4500 && qhigh < 5500);
}
