// sigprocmask, pthread_sigmask and sigpending: a signal raised while
// blocked is pending and reaches its handler (or default action) when it
// is unblocked; SIGKILL and SIGSTOP cannot be blocked; ignoring a pending
// signal discards it; a handler runs with its signal blocked; sigsetjmp
// saves the mask and pselect installs one.
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <sys/select.h>

#include "harness.h"

// Order of handler calls: one decimal digit per call, the signal's slot.
static volatile sig_atomic_t trace;
static volatile sig_atomic_t calls;

static int slot(int sig) {
  return sig == SIGUSR1 ? 1 : sig == SIGUSR2 ? 2 : sig == SIGINT ? 3 : 9;
}

static void record(int sig) {
  trace = trace * 10 + slot(sig);
  calls++;
}

static void reset(void) {
  trace = 0;
  calls = 0;
}

static sigset_t set_of(int a, int b) {
  sigset_t s;
  sigemptyset(&s);
  if (a != 0)
    sigaddset(&s, a);
  if (b != 0)
    sigaddset(&s, b);
  return s;
}

static int is_pending(int sig) {
  sigset_t p;
  if (sigpending(&p) != 0)
    return -1;
  return sigismember(&p, sig);
}

// Blocks sig and raises it: pending from then on.
static void block_and_raise(int sig) {
  sigset_t s = set_of(sig, 0);
  sigprocmask(SIG_BLOCK, &s, NULL);
  raise(sig);
}

static void unblock_all(void) {
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
}

TEST(initial_mask_is_empty) {
  sigset_t old = set_of(SIGINT, 0);
  ASSERT_EQ(sigprocmask(SIG_BLOCK, NULL, &old), 0);
  for (int sig = 1; sig < NSIG; ++sig)
    ASSERT_EQ(sigismember(&old, sig), 0);
  ASSERT_EQ(sigpending(&old), 0);
  for (int sig = 1; sig < NSIG; ++sig)
    ASSERT_EQ(sigismember(&old, sig), 0);
}

TEST(blocked_signal_is_pending_until_unblocked) {
  reset();
  signal(SIGUSR1, record);
  sigset_t s = set_of(SIGUSR1, 0), old;
  ASSERT_EQ(sigprocmask(SIG_BLOCK, &s, &old), 0);
  ASSERT_EQ(sigismember(&old, SIGUSR1), 0);
  ASSERT_EQ(raise(SIGUSR1), 0);
  ASSERT_EQ(calls, 0);
  ASSERT_EQ(is_pending(SIGUSR1), 1);
  // Raised again while pending: still one instance (no queueing).
  ASSERT_EQ(raise(SIGUSR1), 0);
  ASSERT_EQ(calls, 0);
  ASSERT_EQ(sigprocmask(SIG_UNBLOCK, &s, &old), 0);
  ASSERT_EQ(sigismember(&old, SIGUSR1), 1);
  ASSERT_EQ(calls, 1);
  ASSERT_EQ(is_pending(SIGUSR1), 0);
  // Unblocked: delivered at once again.
  ASSERT_EQ(raise(SIGUSR1), 0);
  ASSERT_EQ(calls, 2);
  signal(SIGUSR1, SIG_DFL);
}

TEST(unblocking_delivers_all_lowest_first) {
  reset();
  signal(SIGUSR1, record);
  signal(SIGUSR2, record);
  signal(SIGINT, record);
  sigset_t all;
  sigfillset(&all);
  ASSERT_EQ(sigprocmask(SIG_SETMASK, &all, NULL), 0);
  raise(SIGUSR2);
  raise(SIGINT);
  raise(SIGUSR1);
  ASSERT_EQ(calls, 0);
  // Unblocking one delivers only that one.
  sigset_t s = set_of(SIGUSR2, 0);
  ASSERT_EQ(pthread_sigmask(SIG_UNBLOCK, &s, NULL), 0);
  ASSERT_EQ(trace, 2);
  ASSERT_EQ(is_pending(SIGINT), 1);
  ASSERT_EQ(is_pending(SIGUSR1), 1);
  ASSERT_EQ(is_pending(SIGUSR2), 0);
  unblock_all();
  // SIGINT (9) before SIGUSR1 (22) in CloudABI's numbering.
  ASSERT_TRUE(SIGINT < SIGUSR1);
  ASSERT_EQ(trace, 231);
  ASSERT_EQ(calls, 3);
  signal(SIGUSR1, SIG_DFL);
  signal(SIGUSR2, SIG_DFL);
  signal(SIGINT, SIG_DFL);
}

TEST(how_values) {
  sigset_t a = set_of(SIGUSR1, SIGUSR2), b = set_of(SIGUSR2, SIGINT), cur;
  ASSERT_EQ(sigprocmask(SIG_SETMASK, &a, NULL), 0);
  ASSERT_EQ(sigprocmask(SIG_BLOCK, &b, &cur), 0);
  ASSERT_EQ(sigismember(&cur, SIGUSR1), 1);
  ASSERT_EQ(sigismember(&cur, SIGINT), 0);
  ASSERT_EQ(sigprocmask(SIG_UNBLOCK, &a, &cur), 0);
  ASSERT_EQ(sigismember(&cur, SIGINT), 1);
  ASSERT_EQ(sigismember(&cur, SIGUSR1), 1);
  ASSERT_EQ(sigprocmask(SIG_SETMASK, NULL, &cur), 0);
  ASSERT_EQ(sigismember(&cur, SIGINT), 1);
  ASSERT_EQ(sigismember(&cur, SIGUSR1), 0);
  ASSERT_EQ(sigismember(&cur, SIGUSR2), 0);
  // A bad how is refused and changes nothing; without a set it is not
  // looked at.
  errno = 0;
  ASSERT_EQ(sigprocmask(12345, &a, NULL), -1);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_EQ(pthread_sigmask(-1, &a, NULL), EINVAL);
  ASSERT_EQ(sigprocmask(12345, NULL, &cur), 0);
  ASSERT_EQ(sigismember(&cur, SIGINT), 1);
  ASSERT_EQ(sigismember(&cur, SIGUSR1), 0);
  unblock_all();
}

TEST(kill_and_stop_cannot_be_blocked) {
  sigset_t all, cur;
  sigfillset(&all);
  ASSERT_EQ(sigprocmask(SIG_SETMASK, &all, NULL), 0);
  ASSERT_EQ(sigprocmask(SIG_SETMASK, NULL, &cur), 0);
  ASSERT_EQ(sigismember(&cur, SIGKILL), 0);
  ASSERT_EQ(sigismember(&cur, SIGSTOP), 0);
  ASSERT_EQ(sigismember(&cur, SIGTERM), 1);
  ASSERT_EQ(sigismember(&cur, SIGABRT), 1);
  unblock_all();
}

TEST(ignoring_discards_pending) {
  reset();
  signal(SIGUSR1, record);
  block_and_raise(SIGUSR1);
  ASSERT_EQ(is_pending(SIGUSR1), 1);
  ASSERT_TRUE(signal(SIGUSR1, SIG_IGN) == record);
  ASSERT_EQ(is_pending(SIGUSR1), 0);
  signal(SIGUSR1, record);
  unblock_all();
  ASSERT_EQ(calls, 0);
  signal(SIGUSR1, SIG_DFL);
}

TEST(blocked_ignored_signal_stays_pending) {
  // As on Linux: a blocked signal is not discarded at generation even if
  // ignored; it is discarded when unblocked if still ignored, and caught
  // if a handler was installed meanwhile.
  reset();
  signal(SIGUSR2, SIG_IGN);
  block_and_raise(SIGUSR2);
  ASSERT_EQ(is_pending(SIGUSR2), 1);
  signal(SIGUSR2, record);
  ASSERT_EQ(is_pending(SIGUSR2), 1);
  unblock_all();
  ASSERT_EQ(calls, 1);
  ASSERT_EQ(trace, 2);
  signal(SIGUSR2, SIG_DFL);
}

TEST(default_ignored_signal_discarded_by_sig_dfl) {
  reset();
  signal(SIGCHLD, record);
  block_and_raise(SIGCHLD);
  ASSERT_EQ(is_pending(SIGCHLD), 1);
  signal(SIGCHLD, SIG_DFL);
  ASSERT_EQ(is_pending(SIGCHLD), 0);
  unblock_all();
  ASSERT_EQ(calls, 0);
}

static void raise_self_once(int sig) {
  record(sig);
  if (calls == 1) {
    // Blocked while the handler runs: pending, delivered after return.
    raise(sig);
    ASSERT_EQ(calls, 1);
    ASSERT_EQ(is_pending(sig), 1);
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    ASSERT_EQ(sigismember(&cur, sig), 1);
  }
}

TEST(handler_runs_with_its_signal_blocked) {
  reset();
  signal(SIGUSR1, raise_self_once);
  ASSERT_EQ(raise(SIGUSR1), 0);
  ASSERT_EQ(calls, 2);
  ASSERT_EQ(is_pending(SIGUSR1), 0);
  sigset_t cur;
  sigprocmask(SIG_BLOCK, NULL, &cur);
  ASSERT_EQ(sigismember(&cur, SIGUSR1), 0);
  signal(SIGUSR1, SIG_DFL);
}

static void block_int_and_return(int sig) {
  record(sig);
  sigset_t s = set_of(SIGINT, 0);
  sigprocmask(SIG_BLOCK, &s, NULL);
}

TEST(handler_mask_changes_undone_on_return) {
  reset();
  signal(SIGUSR2, block_int_and_return);
  raise(SIGUSR2);
  ASSERT_EQ(calls, 1);
  sigset_t cur;
  sigprocmask(SIG_BLOCK, NULL, &cur);
  ASSERT_EQ(sigismember(&cur, SIGINT), 0);
  signal(SIGUSR2, SIG_DFL);
}

static sigjmp_buf jump;

static void leave(int sig) { siglongjmp(jump, sig); }

TEST(siglongjmp_restores_saved_mask) {
  signal(SIGUSR1, leave);
  sigset_t s = set_of(SIGUSR2, 0), cur;
  sigprocmask(SIG_SETMASK, &s, NULL);
  int got = sigsetjmp(jump, 1);
  if (got == 0) {
    raise(SIGUSR1);
    ASSERT_TRUE(0);  // the handler does not return
  }
  ASSERT_EQ(got, SIGUSR1);
  // The mask from sigsetjmp: SIGUSR1 no longer blocked as in the handler.
  sigprocmask(SIG_BLOCK, NULL, &cur);
  ASSERT_EQ(sigismember(&cur, SIGUSR1), 0);
  ASSERT_EQ(sigismember(&cur, SIGUSR2), 1);

  // Without savemask the handler's mask (SIGUSR1 blocked) remains.
  got = sigsetjmp(jump, 0);
  if (got == 0) {
    raise(SIGUSR1);
    ASSERT_TRUE(0);
  }
  sigprocmask(SIG_BLOCK, NULL, &cur);
  ASSERT_EQ(sigismember(&cur, SIGUSR1), 1);
  unblock_all();
  signal(SIGUSR1, SIG_DFL);
}

TEST(siglongjmp_delivers_what_it_unblocks) {
  reset();
  signal(SIGINT, record);
  int got = sigsetjmp(jump, 1);
  if (got == 0) {
    sigset_t s = set_of(SIGINT, 0);
    sigprocmask(SIG_BLOCK, &s, NULL);
    raise(SIGINT);
    ASSERT_EQ(calls, 0);
    siglongjmp(jump, 7);
  }
  ASSERT_EQ(got, 7);
  ASSERT_EQ(calls, 1);
  signal(SIGINT, SIG_DFL);
}

TEST(pselect_installs_its_mask) {
  reset();
  signal(SIGUSR2, record);
  sigset_t s = set_of(SIGUSR2, 0), none;
  sigemptyset(&none);
  sigprocmask(SIG_BLOCK, &s, NULL);
  struct timespec zero = {0, 0};
  // Nothing pending: a zero timeout returns 0.
  ASSERT_EQ(pselect(0, NULL, NULL, NULL, &zero, &none), 0);
  raise(SIGUSR2);
  // A mask that keeps it blocked: no interruption.
  ASSERT_EQ(pselect(0, NULL, NULL, NULL, &zero, &s), 0);
  ASSERT_EQ(calls, 0);
  // A mask that unblocks it: the handler runs, EINTR.
  errno = 0;
  ASSERT_EQ(pselect(0, NULL, NULL, NULL, &zero, &none), -1);
  ASSERT_EQ(errno, EINTR);
  ASSERT_EQ(calls, 1);
  // The old mask is back.
  sigset_t cur;
  sigprocmask(SIG_BLOCK, NULL, &cur);
  ASSERT_EQ(sigismember(&cur, SIGUSR2), 1);
  unblock_all();
  signal(SIGUSR2, SIG_DFL);
}

static void *thread_view(void *arg) {
  sigset_t cur;
  sigprocmask(SIG_BLOCK, NULL, &cur);
  int inherited = sigismember(&cur, SIGUSR1);
  // Raised here: pending for this thread only.
  raise(SIGUSR1);
  int pending_here = is_pending(SIGUSR1);
  sigset_t s = set_of(SIGUSR1, 0);
  pthread_sigmask(SIG_UNBLOCK, &s, NULL);
  return (void *)(long)(inherited * 100 + pending_here * 10 + calls);
}

TEST(threads_inherit_mask_and_have_own_pending) {
  reset();
  signal(SIGUSR1, record);
  sigset_t s = set_of(SIGUSR1, 0);
  ASSERT_EQ(pthread_sigmask(SIG_BLOCK, &s, NULL), 0);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, thread_view, NULL), 0);
  void *result;
  ASSERT_EQ(pthread_join(t, &result), 0);
  // Inherited the block, saw its own pending signal, ran the handler.
  ASSERT_EQ((long)result, 111);
  // Not pending in this thread, and its own mask is unchanged.
  ASSERT_EQ(is_pending(SIGUSR1), 0);
  sigset_t cur;
  pthread_sigmask(SIG_BLOCK, NULL, &cur);
  ASSERT_EQ(sigismember(&cur, SIGUSR1), 1);
  unblock_all();
  ASSERT_EQ(calls, 1);
  signal(SIGUSR1, SIG_DFL);
}
