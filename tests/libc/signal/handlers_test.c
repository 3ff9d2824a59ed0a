// signal() and raise(): a handler runs for the signals the program raises
// itself, SIG_IGN makes raise() a no-op, bad arguments are refused.
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>

#include "harness.h"

static volatile sig_atomic_t last_signal;
static volatile sig_atomic_t count;

static void record(int sig) {
  last_signal = sig;
  count++;
}

static void other(int sig) { count += 100; }

TEST(handler_runs_and_stays) {
  count = 0;
  ASSERT_TRUE(signal(SIGUSR1, record) == SIG_DFL);
  ASSERT_EQ(raise(SIGUSR1), 0);
  ASSERT_EQ(last_signal, SIGUSR1);
  ASSERT_EQ(count, 1);
  // Still installed (no System V reset).
  ASSERT_EQ(raise(SIGUSR1), 0);
  ASSERT_EQ(count, 2);
  // signal() returns the previous handler.
  ASSERT_TRUE(signal(SIGUSR1, other) == record);
  ASSERT_EQ(raise(SIGUSR1), 0);
  ASSERT_EQ(count, 102);
  ASSERT_TRUE(signal(SIGUSR1, SIG_DFL) == other);
}

TEST(handlers_are_per_signal) {
  count = 0;
  ASSERT_TRUE(signal(SIGUSR2, record) == SIG_DFL);
  ASSERT_TRUE(signal(SIGINT, other) == SIG_DFL);
  ASSERT_EQ(raise(SIGUSR2), 0);
  ASSERT_EQ(last_signal, SIGUSR2);
  ASSERT_EQ(raise(SIGINT), 0);
  ASSERT_EQ(count, 101);
  ASSERT_TRUE(signal(SIGUSR2, SIG_DFL) == record);
  ASSERT_TRUE(signal(SIGINT, SIG_DFL) == other);
}

TEST(ignored_signal) {
  // SIGTERM would end the process by default; ignored, raise returns.
  ASSERT_TRUE(signal(SIGTERM, SIG_IGN) == SIG_DFL);
  ASSERT_EQ(raise(SIGTERM), 0);
  ASSERT_EQ(raise(SIGTERM), 0);
  ASSERT_TRUE(signal(SIGTERM, SIG_DFL) == SIG_IGN);
}

TEST(bad_arguments) {
  errno = 0;
  ASSERT_TRUE(signal(0, record) == SIG_ERR);
  ASSERT_EQ(errno, EINVAL);
  errno = 0;
  ASSERT_TRUE(signal(NSIG, record) == SIG_ERR);
  ASSERT_EQ(errno, EINVAL);
  errno = 0;
  ASSERT_TRUE(signal(-1, SIG_IGN) == SIG_ERR);
  ASSERT_EQ(errno, EINVAL);
  errno = 0;
  ASSERT_TRUE(signal(SIGKILL, SIG_IGN) == SIG_ERR);
  ASSERT_EQ(errno, EINVAL);
  errno = 0;
  ASSERT_TRUE(signal(SIGSTOP, record) == SIG_ERR);
  ASSERT_EQ(errno, EINVAL);
  errno = 0;
  ASSERT_TRUE(signal(SIGUSR1, SIG_ERR) == SIG_ERR);
  ASSERT_EQ(errno, EINVAL);
  // A refused call changes nothing.
  ASSERT_TRUE(signal(SIGUSR1, SIG_DFL) == SIG_DFL);
}

static jmp_buf back;

static void escape(int sig) { longjmp(back, sig); }

TEST(abort_handler_may_leave_by_longjmp) {
  ASSERT_TRUE(signal(SIGABRT, escape) == SIG_DFL);
  int got = setjmp(back);
  if (got == 0)
    abort();
  ASSERT_EQ(got, SIGABRT);
  // abort() reset the handler before calling it.
  ASSERT_TRUE(signal(SIGABRT, SIG_DFL) == SIG_DFL);
}

static void raise_from_handler(int sig) {
  count++;
  if (sig == SIGUSR1)
    raise(SIGUSR2);
}

TEST(handler_may_raise_another_signal) {
  count = 0;
  signal(SIGUSR1, raise_from_handler);
  signal(SIGUSR2, raise_from_handler);
  ASSERT_EQ(raise(SIGUSR1), 0);
  ASSERT_EQ(count, 2);
  signal(SIGUSR1, SIG_DFL);
  signal(SIGUSR2, SIG_DFL);
}
