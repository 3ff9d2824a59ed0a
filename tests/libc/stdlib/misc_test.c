#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

TEST(abs_div) {
  ASSERT_EQ(abs(-5), 5);
  ASSERT_EQ(abs(INT_MAX), INT_MAX);
  ASSERT_EQ(labs(-LONG_MAX), LONG_MAX);
  ASSERT_EQ(llabs(-3LL), 3);
  ASSERT_EQ(imaxabs(-INTMAX_MAX), INTMAX_MAX);
  div_t d = div(-7, 2);
  ASSERT_EQ(d.quot, -3);
  ASSERT_EQ(d.rem, -1);
  ldiv_t ld = ldiv(7, -2);
  ASSERT_EQ(ld.quot, -3);
  ASSERT_EQ(ld.rem, 1);
  lldiv_t lld = lldiv(LLONG_MIN, 10);
  ASSERT_EQ(lld.quot, LLONG_MIN / 10);
  ASSERT_EQ(lld.rem, -8);
  imaxdiv_t id = imaxdiv(100, 7);
  ASSERT_EQ(id.quot, 14);
  ASSERT_EQ(id.rem, 2);
}

TEST(a64l_l64a_r) {
  char buf[7];
  ASSERT_EQ(a64l(""), 0);
  ASSERT_EQ(a64l("."), 0);
  ASSERT_EQ(a64l("/"), 1);
  ASSERT_EQ(a64l("z"), 63);
  ASSERT_EQ(a64l("./"), 64);
  ASSERT_EQ(a64l("yzzzz1"), -2);
  ASSERT_EQ(a64l("zzzzzz"), -1);  // 36 bits: the low 32 sign-extended
  ASSERT_EQ(a64l("12!"), 3 + 4 * 64);
  ASSERT_STREQ(l64a_r(0, buf, sizeof(buf)), "");
  ASSERT_STREQ(l64a_r(64, buf, sizeof(buf)), "./");
  ASSERT_STREQ(l64a_r(-1, buf, sizeof(buf)), "zzzzz1");
  for (long v = 1; v < 0x100000000L; v = v * 3 + 7) {
    ASSERT_TRUE(l64a_r(v, buf, sizeof(buf)) == buf);
    ASSERT_EQ((uint32_t)a64l(buf), (uint32_t)v);
  }
  errno = 0;
  ASSERT_TRUE(l64a_r(64, buf, 2) == NULL);
  ASSERT_EQ(errno, ERANGE);
}

TEST(getsubopt_parse) {
  char *const tokens[] = {"ro", "rw", "size", NULL};
  char opts[] = "ro,size=10,bogus=1,rw,,sizex";
  char *p = opts, *value;
  ASSERT_EQ(getsubopt(&p, tokens, &value), 0);
  ASSERT_TRUE(value == NULL);
  ASSERT_EQ(getsubopt(&p, tokens, &value), 2);
  ASSERT_STREQ(value, "10");
  ASSERT_EQ(getsubopt(&p, tokens, &value), -1);
  ASSERT_STREQ(value, "bogus=1");
  ASSERT_EQ(getsubopt(&p, tokens, &value), 1);
  ASSERT_TRUE(value == NULL);
  ASSERT_EQ(getsubopt(&p, tokens, &value), -1);
  ASSERT_STREQ(value, "");
  ASSERT_EQ(getsubopt(&p, tokens, &value), -1);
  ASSERT_STREQ(value, "sizex");
  ASSERT_EQ(*p, '\0');
  ASSERT_EQ(getsubopt(&p, tokens, &value), -1);
}

TEST(inttypes_macros) {
  ASSERT_STREQ(PRId64, "ld");
  ASSERT_STREQ(PRIu32, "u");
  ASSERT_STREQ(SCNd8, "hhd");
  ASSERT_STREQ(SCNu16, "hu");
  ASSERT_STREQ(PRIxPTR, "lx");
  ASSERT_STREQ(PRIdMAX, "ld");
  // The FAST types are the compiler's; the modifiers must match their size.
  ASSERT_STREQ(SCNxFAST16, sizeof(int_fast16_t) == 2   ? "hx"
                           : sizeof(int_fast16_t) == 4 ? "x"
                                                       : "lx");
  ASSERT_STREQ(SCNdFAST8, sizeof(int_fast8_t) == 1 ? "hhd" : "d");
}
