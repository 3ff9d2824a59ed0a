#include <execinfo.h>
#include <fmtmsg.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static int __attribute__((noinline)) level3(void **buf, int n) {
  int r = backtrace(buf, n);
  __asm__ volatile("" ::: "memory");
  return r;
}
static int __attribute__((noinline)) level2(void **buf, int n) {
  int r = level3(buf, n);
  __asm__ volatile("" ::: "memory");
  return r;
}
static int __attribute__((noinline)) level1(void **buf, int n) {
  int r = level2(buf, n);
  __asm__ volatile("" ::: "memory");
  return r;
}

TEST(backtrace_frames) {
  // This file is built with frame pointers: the three levels show up, in
  // order, each return address inside its caller.
  void *buf[32];
  int n = level1(buf, 32);
  ASSERT_TRUE(n >= 4);
  ASSERT_TRUE((char *)buf[0] > (char *)level2 && (char *)buf[0] < (char *)level2 + 64);
  ASSERT_TRUE((char *)buf[1] > (char *)level1 && (char *)buf[1] < (char *)level1 + 64);
  ASSERT_EQ(level1(buf, 2), 2);
  ASSERT_EQ(level1(buf, 0), 0);
  char **names = backtrace_symbols(buf, 2);
  ASSERT_TRUE(names != NULL);
  ASSERT_TRUE(strncmp(names[0], "0x", 2) == 0);
  ASSERT_TRUE(strstr(names[0], "(+0x") != NULL);
  ASSERT_EQ(strtoull(names[1], NULL, 16), (unsigned long long)(uintptr_t)buf[1]);
  free(names);
  // To a descriptor: nothing to check but that it does not fail on a bad
  // one.
  backtrace_symbols_fd(buf, 2, -1);
}

TEST(fmtmsg_results) {
  // The harness defines program_main itself, so stderr is not bound here:
  // printing fails (MM_NOMSG), and with MM_CONSOLE too nothing was shown.
  ASSERT_EQ(fmtmsg(MM_PRINT | MM_SOFT, "test:fmtmsg", MM_INFO, "a message",
                   "nothing", "test:1"), MM_NOMSG);
  ASSERT_EQ(fmtmsg(MM_CONSOLE, "test:fmtmsg", MM_ERROR, "x", NULL, NULL),
            MM_NOCON);
  ASSERT_EQ(fmtmsg(MM_PRINT | MM_CONSOLE, MM_NULLLBL, MM_NOSEV, "y", NULL, NULL),
            MM_NOTOK);
  ASSERT_EQ(fmtmsg(MM_PRINT, NULL, -1, NULL, NULL, NULL), MM_NOTOK);
  ASSERT_EQ(fmtmsg(MM_NULLMC, NULL, MM_HALT, "silent", NULL, NULL), MM_OK);
}
