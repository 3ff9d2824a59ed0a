#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "testutil.h"

TEST(strcpy_stpcpy_strcat) {
  char buf[32];
  memset(buf, 'x', sizeof(buf));
  ASSERT_TRUE(strcpy(buf, "abc") == buf);
  ASSERT_MEMEQ(buf, "abc\0x", 5);
  ASSERT_TRUE(stpcpy(buf, "hello") == buf + 5);
  ASSERT_MEMEQ(buf, "hello\0", 6);
  ASSERT_TRUE(stpcpy(buf, "") == buf);
  ASSERT_EQ(buf[0], '\0');
  strcpy(buf, "ab");
  ASSERT_TRUE(strcat(buf, "cd") == buf);
  ASSERT_TRUE(strcat(buf, "") == buf);
  ASSERT_STREQ(buf, "abcd");
  for (size_t n = 0; n < 200; ++n) {
    static char src[256], dst[300];
    size_t da = rnd() % 16;
    fill(src, n, 26);
    src[n] = '\0';
    memset(dst, 'x', sizeof(dst));
    ASSERT_TRUE(stpcpy(dst + da, src) == dst + da + n);
    ASSERT_MEMEQ(dst + da, src, n + 1);
    ASSERT_EQ(dst[da + n + 1], 'x');
  }
}

TEST(strncat_limits) {
  char buf[16] = "ab";
  ASSERT_TRUE(strncat(buf, "cdef", 2) == buf);
  ASSERT_STREQ(buf, "abcd");
  strncat(buf, "xy", 10);
  ASSERT_STREQ(buf, "abcdxy");
  strncat(buf, "zzz", 0);
  ASSERT_STREQ(buf, "abcdxy");
}

TEST(strncpy_stpncpy_pad) {
  char buf[8];
  memset(buf, 'x', sizeof(buf));
  ASSERT_TRUE(strncpy(buf, "ab", 6) == buf);
  ASSERT_MEMEQ(buf, "ab\0\0\0\0xx", 8);
  memset(buf, 'x', sizeof(buf));
  ASSERT_TRUE(strncpy(buf, "abcdef", 3) == buf);  // Not terminated.
  ASSERT_MEMEQ(buf, "abcxxxxx", 8);
  memset(buf, 'x', sizeof(buf));
  ASSERT_TRUE(stpncpy(buf, "ab", 6) == buf + 2);
  ASSERT_MEMEQ(buf, "ab\0\0\0\0xx", 8);
  memset(buf, 'x', sizeof(buf));
  ASSERT_TRUE(stpncpy(buf, "abcdef", 3) == buf + 3);
  ASSERT_MEMEQ(buf, "abcxxxxx", 8);
  ASSERT_TRUE(stpncpy(buf, "abc", 0) == buf);
  ASSERT_EQ(buf[0], 'a');
}

TEST(strlcpy_truncation) {
  char buf[8];
  memset(buf, 'x', sizeof(buf));
  ASSERT_EQ(strlcpy(buf, "hello", sizeof(buf)), 5);
  ASSERT_STREQ(buf, "hello");
  ASSERT_EQ(strlcpy(buf, "truncated!", sizeof(buf)), 10);
  ASSERT_STREQ(buf, "truncat");
  ASSERT_EQ(strlcpy(buf, "1234567", sizeof(buf)), 7);  // Exactly fits.
  ASSERT_STREQ(buf, "1234567");
  memset(buf, 'x', sizeof(buf));
  ASSERT_EQ(strlcpy(buf, "abc", 0), 3);  // Nothing written.
  ASSERT_EQ(buf[0], 'x');
  ASSERT_EQ(strlcpy(buf, "abc", 1), 3);
  ASSERT_EQ(buf[0], '\0');
  ASSERT_EQ(buf[1], 'x');
}

TEST(strlcat_truncation) {
  char buf[8] = "ab";
  ASSERT_EQ(strlcat(buf, "cd", sizeof(buf)), 4);
  ASSERT_STREQ(buf, "abcd");
  ASSERT_EQ(strlcat(buf, "efghij", sizeof(buf)), 10);
  ASSERT_STREQ(buf, "abcdefg");
  ASSERT_EQ(strlcat(buf, "xyz", sizeof(buf)), 10);  // Already full.
  ASSERT_STREQ(buf, "abcdefg");
  // No terminator within the size: size + strlen(src), nothing written.
  char raw[4] = {'a', 'b', 'c', 'd'};
  ASSERT_EQ(strlcat(raw, "xy", 3), 5);
  ASSERT_MEMEQ(raw, "abcd", 4);
  ASSERT_EQ(strlcat(raw, "xy", 0), 2);
  char e[4] = "";
  ASSERT_EQ(strlcat(e, "", sizeof(e)), 0);
  ASSERT_EQ(strlcat(e, "abcdef", sizeof(e)), 6);
  ASSERT_STREQ(e, "abc");
}

TEST(strdup_strndup) {
  char *p = strdup("copy me");
  ASSERT_TRUE(p != NULL);
  ASSERT_STREQ(p, "copy me");
  free(p);
  p = strdup("");
  ASSERT_TRUE(p != NULL);
  ASSERT_STREQ(p, "");
  free(p);
  p = strndup("abcdef", 3);
  ASSERT_TRUE(p != NULL);
  ASSERT_STREQ(p, "abc");
  free(p);
  p = strndup("ab", 10);
  ASSERT_TRUE(p != NULL);
  ASSERT_STREQ(p, "ab");
  free(p);
  char raw[3] = {'x', 'y', 'z'};  // Not terminated: must not read past n.
  p = strndup(raw, 3);
  ASSERT_TRUE(p != NULL);
  ASSERT_STREQ(p, "xyz");
  free(p);
}

TEST(strxfrm_bytewise) {
  char buf[8];
  memset(buf, 'x', sizeof(buf));
  ASSERT_EQ(strxfrm(buf, "abc", sizeof(buf)), 3);
  ASSERT_STREQ(buf, "abc");
  ASSERT_EQ(strxfrm(NULL, "abcdef", 0), 6);
  ASSERT_EQ(strxfrm_l(buf, "zz", sizeof(buf), NULL), 2);
  ASSERT_STREQ(buf, "zz");
  // The transformed strings compare like strcoll.
  char x[16], y[16];
  strxfrm(x, "apple", sizeof(x));
  strxfrm(y, "apricot", sizeof(y));
  ASSERT_EQ(sign(strcmp(x, y)), sign(strcoll("apple", "apricot")));
}
