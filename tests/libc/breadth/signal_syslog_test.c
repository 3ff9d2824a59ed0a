#include <dlfcn.h>
#include <errno.h>
#include <fmtmsg.h>
#include <locale.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "harness.h"

TEST(signal_sets) {
  sigset_t s;
  ASSERT_EQ(sigemptyset(&s), 0);
  for (int i = 1; i < NSIG; i++)
    ASSERT_EQ(sigismember(&s, i), 0);
  ASSERT_EQ(sigaddset(&s, SIGINT), 0);
  ASSERT_EQ(sigaddset(&s, SIGXFSZ), 0);
  ASSERT_EQ(sigismember(&s, SIGINT), 1);
  ASSERT_EQ(sigismember(&s, SIGXFSZ), 1);
  ASSERT_EQ(sigismember(&s, SIGTERM), 0);
  ASSERT_EQ(sigdelset(&s, SIGINT), 0);
  ASSERT_EQ(sigismember(&s, SIGINT), 0);
  ASSERT_EQ(sigfillset(&s), 0);
  for (int i = 1; i < NSIG; i++)
    ASSERT_EQ(sigismember(&s, i), 1);
  errno = 0;
  ASSERT_EQ(sigaddset(&s, 0), -1);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_EQ(sigismember(&s, NSIG), -1);
  ASSERT_EQ(sigdelset(&s, -3), -1);
  ASSERT_EQ(raise(NSIG), -1);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_EQ(SIGABRT, 1);
  ASSERT_EQ(SIGXFSZ, 26);
}

TEST(raise_ignored_signal) {
  // SIGCHLD, SIGURG: ignored by default, so raise returns.
  ASSERT_EQ(raise(SIGCHLD), 0);
  ASSERT_EQ(raise(SIGURG), 0);
}

// Runs fn with stderr redirected to a memory stream; returns the text.
static char *capture_stderr(void (*fn)(void)) {
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&text, &len);
  if (mem == NULL)
    return NULL;
  fswap(stderr, mem);
  fn();
  fswap(stderr, mem);
  fclose(mem);
  return text;
}

static void log_some(void) {
  openlog("tester", LOG_PID, LOG_USER);
  syslog(LOG_ERR, "value %d", 42);
  errno = ENOENT;
  syslog(LOG_WARNING, "open: %m (100%%)");
  setlogmask(LOG_UPTO(LOG_WARNING));
  syslog(LOG_INFO, "filtered out");
  syslog_l(LOG_CRIT, LC_C_LOCALE, "crit\n");
  closelog();
  syslog(LOG_EMERG, "no ident");
  setlogmask(LOG_UPTO(LOG_DEBUG));
}

TEST(syslog_to_stderr) {
  char *text = capture_stderr(log_some);
  ASSERT_TRUE(text != NULL);
  ASSERT_STREQ(text,
               "tester: value 42\n"
               "tester: open: No such file or directory (100%)\n"
               "tester: crit\n"
               "no ident\n");
  free(text);
  ASSERT_EQ(setlogmask(0), LOG_UPTO(LOG_DEBUG));
  ASSERT_EQ(setlogmask(LOG_MASK(LOG_ERR)), LOG_UPTO(LOG_DEBUG));
  ASSERT_EQ(setlogmask(LOG_UPTO(LOG_DEBUG)), LOG_MASK(LOG_ERR));
}

static void print_some(void) {
  psignal(SIGSEGV, "worker");
  psignal_l(SIGTERM, NULL, LC_C_LOCALE);
  fmtmsg(MM_PRINT | MM_APPL, "app:cmd", MM_ERROR, "bad input", "retry",
         "app:42");
  fmtmsg(MM_PRINT, NULL, MM_NOSEV, "just text", NULL, NULL);
}

TEST(psignal_and_fmtmsg_output) {
  char *text = capture_stderr(print_some);
  ASSERT_TRUE(text != NULL);
  ASSERT_STREQ(text,
               "worker: Segmentation fault\n"
               "Terminated\n"
               "app:cmd: ERROR: bad input\n"
               "TO FIX: retry  app:42\n"
               "just text\n");
  free(text);
}

TEST(atomic_functions) {
  atomic_flag f = ATOMIC_FLAG_INIT;
  ASSERT_FALSE((atomic_flag_test_and_set)(&f));
  ASSERT_TRUE((atomic_flag_test_and_set_explicit)(&f, memory_order_acquire));
  (atomic_flag_clear)(&f);
  ASSERT_FALSE((atomic_flag_test_and_set)(&f));
  (atomic_flag_clear_explicit)(&f, memory_order_release);
  ASSERT_FALSE(atomic_flag_test_and_set(&f));
  (atomic_thread_fence)(memory_order_seq_cst);
  (atomic_signal_fence)(memory_order_seq_cst);
  void (*fence)(memory_order) = atomic_thread_fence;
  fence(memory_order_acq_rel);
}

TEST(dladdr_in_program) {
  Dl_info info;
  ASSERT_EQ(dladdr((void *)&capture_stderr, &info), 1);
  ASSERT_STREQ(info.dli_fname, "");
  ASSERT_TRUE(info.dli_fbase != NULL);
  ASSERT_TRUE((char *)info.dli_fbase <= (char *)&capture_stderr);
  static int data;
  ASSERT_EQ(dladdr(&data, &info), 1);
  int local;
  ASSERT_EQ(dladdr(&local, &info), 0);  // the stack is not in the program
  ASSERT_EQ(dladdr(NULL, &info), 0);
}
