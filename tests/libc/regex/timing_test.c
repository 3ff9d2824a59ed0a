// Nested repetition must not be exponential: "(a*)*b" against 30 a's
// (no match) in under 10 ms, and the same for a few relatives.
#include <regex.h>
#include <string.h>
#include <time.h>

#include "harness.h"

static long long elapsed_ns(const char *pattern, const char *subject,
                            int *result) {
  regex_t re;
  regmatch_t m[4];
  if (regcomp(&re, pattern, REG_EXTENDED) != 0)
    return -1;
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  *result = regexec(&re, subject, 4, m, 0);
  clock_gettime(CLOCK_MONOTONIC, &b);
  regfree(&re);
  return (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
}

TEST(nested_star) {
  char s[31];
  memset(s, 'a', 30);
  s[30] = '\0';
  int rc;
  long long ns = elapsed_ns("(a*)*b", s, &rc);
  ASSERT_EQ(rc, REG_NOMATCH);
  ASSERT_TRUE(ns >= 0 && ns < 10000000);
  ns = elapsed_ns("(a|aa)*b", s, &rc);
  ASSERT_EQ(rc, REG_NOMATCH);
  ASSERT_TRUE(ns >= 0 && ns < 10000000);
  ns = elapsed_ns("((a*)*)*c", s, &rc);
  ASSERT_EQ(rc, REG_NOMATCH);
  ASSERT_TRUE(ns >= 0 && ns < 10000000);
  ns = elapsed_ns("(a?){30}a{30}", s, &rc);
  ASSERT_EQ(rc, 0);
  ASSERT_TRUE(ns >= 0 && ns < 10000000);
}

TEST(long_subject) {
  // Linear in the subject: 200 000 characters well within a second.
  static char s[200001];
  memset(s, 'a', 200000);
  int rc;
  long long ns = elapsed_ns("(a|b)*c", s, &rc);
  ASSERT_EQ(rc, REG_NOMATCH);
  ASSERT_TRUE(ns >= 0 && ns < 1000000000LL);
}
