#include <errno.h>
#include <string.h>

#include "harness.h"

TEST(strerror_known) {
  ASSERT_STREQ(strerror(ENOTCAPABLE), "Capabilities insufficient");
  ASSERT_STREQ(strerror(ENOENT), "No such file or directory");
  ASSERT_STREQ(strerror(EINVAL), "Invalid argument");
  ASSERT_STREQ(strerror(0), "Success");
  ASSERT_STREQ(strerror_l(EBADF, NULL), strerror(EBADF));
  // Every number from 0 to ELAST has its own message.
  for (int i = 0; i <= ELAST; ++i) {
    const char *m = strerror(i);
    ASSERT_TRUE(m != NULL && m[0] != '\0');
    ASSERT_TRUE(strncmp(m, "Unknown", 7) != 0);
    for (int j = 0; j < i; ++j)
      ASSERT_TRUE(strcmp(m, strerror(j)) != 0);
  }
}

TEST(strerror_unknown) {
  ASSERT_STREQ(strerror(ELAST + 1), "Unknown error: 77");
  ASSERT_STREQ(strerror(-1), "Unknown error: -1");
  ASSERT_STREQ(strerror(12345), "Unknown error: 12345");
  ASSERT_STREQ(strerror(-2147483647 - 1), "Unknown error: -2147483648");
  ASSERT_STREQ(strerror(2147483647), "Unknown error: 2147483647");
}

TEST(strerror_r_xsi) {
  char buf[64];
  ASSERT_EQ(strerror_r(EPERM, buf, sizeof(buf)), 0);
  ASSERT_STREQ(buf, strerror(EPERM));
  ASSERT_EQ(strerror_r(1000, buf, sizeof(buf)), EINVAL);
  ASSERT_STREQ(buf, "Unknown error: 1000");
  // Too small: ERANGE, truncated and terminated.
  ASSERT_EQ(strerror_r(ENOENT, buf, 6), ERANGE);
  ASSERT_STREQ(buf, "No su");
  size_t len = strlen(strerror(EIO));
  ASSERT_EQ(strerror_r(EIO, buf, len), ERANGE);
  ASSERT_EQ(strerror_r(EIO, buf, len + 1), 0);
  ASSERT_STREQ(buf, strerror(EIO));
  buf[0] = 'x';
  ASSERT_EQ(strerror_r(EIO, buf, 0), ERANGE);
  ASSERT_EQ(buf[0], 'x');
}

TEST(strsignal_names) {
  ASSERT_STREQ(strsignal(1), "Aborted");                    // SIGABRT
  ASSERT_STREQ(strsignal(10), "Killed");                    // SIGKILL
  ASSERT_STREQ(strsignal(13), "Segmentation fault");        // SIGSEGV
  ASSERT_STREQ(strsignal(26), "File size limit exceeded");  // SIGXFSZ
  ASSERT_STREQ(strsignal_l(16, NULL), "Terminated");        // SIGTERM
  for (int i = 1; i <= 26; ++i) {
    ASSERT_TRUE(strncmp(strsignal(i), "Unknown", 7) != 0);
    for (int j = 1; j < i; ++j)
      ASSERT_TRUE(strcmp(strsignal(i), strsignal(j)) != 0);
  }
  ASSERT_STREQ(strsignal(0), "Unknown signal 0");
  ASSERT_STREQ(strsignal(27), "Unknown signal 27");
  ASSERT_STREQ(strsignal(-5), "Unknown signal -5");
}
