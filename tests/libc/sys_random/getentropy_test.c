// getentropy(): fills up to 256 bytes, refuses more with EIO, and two calls
// give different bytes.
#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include "harness.h"

TEST(fills_whole_buffer) {
  // A byte that stays 0xa5 in all of 16 fills of 256 bytes has probability
  // 2^-128: each position must be written.
  unsigned char seen_other[256] = {0};
  for (int round = 0; round < 16; ++round) {
    unsigned char buf[256];
    memset(buf, 0xa5, sizeof(buf));
    ASSERT_EQ(getentropy(buf, sizeof(buf)), 0);
    for (size_t i = 0; i < sizeof(buf); ++i)
      if (buf[i] != 0xa5)
        seen_other[i] = 1;
  }
  for (size_t i = 0; i < sizeof(seen_other); ++i)
    ASSERT_EQ(seen_other[i], 1);
}

TEST(calls_differ) {
  unsigned char a[32], b[32];
  ASSERT_EQ(getentropy(a, sizeof(a)), 0);
  ASSERT_EQ(getentropy(b, sizeof(b)), 0);
  ASSERT_NE(memcmp(a, b, sizeof(a)), 0);
}

TEST(zero_length) {
  ASSERT_EQ(getentropy(NULL, 0), 0);
}

TEST(too_long) {
  unsigned char buf[257];
  errno = 0;
  ASSERT_EQ(getentropy(buf, sizeof(buf)), -1);
  ASSERT_EQ(errno, EIO);
}
