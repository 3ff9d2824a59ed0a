// The <pthread.h> extensions pthread_mutex_lock_pair_np and
// pthread_cond_timedwait_relative_np, and the mutex attributes protocol and
// robust.
#include <errno.h>
#include <pthread.h>
#include <stdint.h>

#include "harness.h"
#include "util.h"

// --- pthread_mutex_lock_pair_np ---

static pthread_mutex_t pair_a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t pair_b = PTHREAD_MUTEX_INITIALIZER;
static unsigned long pair_counter;  // protected by both
static int pair_both_held = 1;

enum { PAIR_ROUNDS = 100000 };

// Both mutexes belong to the caller: re-locking an error-checking mutex
// reports EDEADLK only to its owner.
static int holds(pthread_mutex_t *m) {
  return pthread_mutex_lock(m) == EDEADLK;
}

static void *pair_locker(void *arg) {
  int reversed = (int)(intptr_t)arg;
  for (int i = 0; i < PAIR_ROUNDS; i++) {
    int error = reversed ? pthread_mutex_lock_pair_np(&pair_b, &pair_a)
                         : pthread_mutex_lock_pair_np(&pair_a, &pair_b);
    if (error != 0)
      return (void *)1;
    if (!holds(&pair_a) || !holds(&pair_b))
      pair_both_held = 0;
    pair_counter++;
    pthread_mutex_unlock(&pair_a);
    pthread_mutex_unlock(&pair_b);
  }
  return NULL;
}

// A thread using plain locks in one fixed order cannot deadlock with the
// pair lockers either: they never sleep while holding one of the pair.
static void *ordered_locker(void *arg) {
  (void)arg;
  for (int i = 0; i < PAIR_ROUNDS / 10; i++) {
    pthread_mutex_lock(&pair_b);
    pthread_mutex_lock(&pair_a);
    pair_counter++;
    pthread_mutex_unlock(&pair_a);
    pthread_mutex_unlock(&pair_b);
  }
  return NULL;
}

TEST(lock_pair_opposite_orders_100000_rounds) {
  pthread_t t[3];
  pair_counter = 0;
  ASSERT_EQ(pthread_create(&t[0], NULL, pair_locker, (void *)0), 0);
  ASSERT_EQ(pthread_create(&t[1], NULL, pair_locker, (void *)1), 0);
  ASSERT_EQ(pthread_create(&t[2], NULL, ordered_locker, NULL), 0);
  for (int i = 0; i < 3; i++) {
    void *r;
    ASSERT_EQ(pthread_join(t[i], &r), 0);
    ASSERT_TRUE(r == NULL);
  }
  ASSERT_EQ(pair_counter, 2 * PAIR_ROUNDS + PAIR_ROUNDS / 10);
  ASSERT_TRUE(pair_both_held);
  // Both are free again.
  ASSERT_EQ(pthread_mutex_trylock(&pair_a), 0);
  ASSERT_EQ(pthread_mutex_trylock(&pair_b), 0);
  ASSERT_EQ(pthread_mutex_unlock(&pair_a), 0);
  ASSERT_EQ(pthread_mutex_unlock(&pair_b), 0);
}

static void *try_both(void *arg) {
  (void)arg;
  int a = pthread_mutex_trylock(&pair_a), b = pthread_mutex_trylock(&pair_b);
  if (a == 0)
    pthread_mutex_unlock(&pair_a);
  if (b == 0)
    pthread_mutex_unlock(&pair_b);
  return (void *)(intptr_t)(a * 1000 + b);
}

static intptr_t try_both_elsewhere(void) {
  pthread_t t;
  void *r;
  if (pthread_create(&t, NULL, try_both, NULL) != 0 || pthread_join(t, &r) != 0)
    return -1;
  return (intptr_t)r;
}

TEST(lock_pair_errors_leave_nothing_held) {
  ASSERT_EQ(pthread_mutex_lock_pair_np(&pair_a, &pair_a), EINVAL);
  ASSERT_EQ(try_both_elsewhere(), 0);
  // The caller already holds the second: EDEADLK, and the first is free.
  ASSERT_EQ(pthread_mutex_lock(&pair_b), 0);
  ASSERT_EQ(pthread_mutex_lock_pair_np(&pair_a, &pair_b), EDEADLK);
  ASSERT_EQ(pthread_mutex_unlock(&pair_b), 0);
  ASSERT_EQ(try_both_elsewhere(), 0);
  // ... or the first.
  ASSERT_EQ(pthread_mutex_lock(&pair_a), 0);
  ASSERT_EQ(pthread_mutex_lock_pair_np(&pair_a, &pair_b), EDEADLK);
  ASSERT_EQ(pthread_mutex_unlock(&pair_a), 0);
  ASSERT_EQ(try_both_elsewhere(), 0);
  // Success: another thread finds both busy.
  ASSERT_EQ(pthread_mutex_lock_pair_np(&pair_b, &pair_a), 0);
  ASSERT_EQ(try_both_elsewhere(), EBUSY * 1000 + EBUSY);
  ASSERT_EQ(pthread_mutex_unlock(&pair_a), 0);
  ASSERT_EQ(pthread_mutex_unlock(&pair_b), 0);
}

TEST(lock_pair_recursive_counts) {
  pthread_mutexattr_t attr;
  pthread_mutex_t r1, r2;
  ASSERT_EQ(pthread_mutexattr_init(&attr), 0);
  ASSERT_EQ(pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE), 0);
  ASSERT_EQ(pthread_mutex_init(&r1, &attr), 0);
  ASSERT_EQ(pthread_mutex_init(&r2, &attr), 0);
  ASSERT_EQ(pthread_mutex_lock(&r2), 0);
  ASSERT_EQ(pthread_mutex_lock_pair_np(&r1, &r2), 0);
  ASSERT_EQ(r2.__count, 1);
  ASSERT_EQ(pthread_mutex_unlock(&r1), 0);
  ASSERT_EQ(pthread_mutex_unlock(&r2), 0);
  ASSERT_EQ(pthread_mutex_unlock(&r2), 0);
  ASSERT_EQ(pthread_mutex_unlock(&r2), EPERM);
  ASSERT_EQ(pthread_mutex_unlock(&r1), EPERM);
}

// --- pthread_cond_timedwait_relative_np ---

static pthread_mutex_t cm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

// Waits `ms` on `c` with nobody signalling: ETIMEDOUT no earlier than `ms`
// on the monotonic clock and less than TIMEOUT_SLACK_NS later.  A late
// return is retried (a preempted test on a loaded host), an early one fails.
static void times_out_after(pthread_cond_t *c, int ms) {
  int64_t late = 0;
  for (int attempt = 0; attempt < 10; attempt++) {
    struct timespec rel = ts_from_ns(ms * NS_PER_MS);
    ASSERT_EQ(pthread_mutex_lock(&cm), 0);
    int64_t start = now_ns(CLOUDABI_CLOCK_MONOTONIC);
    int error = pthread_cond_timedwait_relative_np(c, &cm, &rel);
    int64_t elapsed = now_ns(CLOUDABI_CLOCK_MONOTONIC) - start;
    ASSERT_EQ(error, ETIMEDOUT);
    ASSERT_EQ(pthread_mutex_unlock(&cm), 0);  // held again on return
    ASSERT_TRUE(elapsed >= ms * NS_PER_MS);
    late = elapsed - ms * NS_PER_MS;
    if (late < TIMEOUT_SLACK_NS)
      break;
  }
  ASSERT_TRUE(late < TIMEOUT_SLACK_NS);
}

TEST(relative_wait_times_out_on_time) {
  times_out_after(&cv, 50);
  times_out_after(&cv, 120);
  times_out_after(&cv, 1);
}

TEST(relative_wait_uses_monotonic_whatever_the_cond_clock) {
  pthread_condattr_t attr;
  pthread_cond_t c;
  ASSERT_EQ(pthread_condattr_init(&attr), 0);
  ASSERT_EQ(pthread_condattr_setclock(&attr, CLOCK_REALTIME), 0);
  ASSERT_EQ(pthread_cond_init(&c, &attr), 0);
  times_out_after(&c, 40);
  ASSERT_EQ(pthread_condattr_setclock(&attr, CLOCK_MONOTONIC), 0);
  ASSERT_EQ(pthread_cond_init(&c, &attr), 0);
  times_out_after(&c, 40);
}

static int flag;

static void *signal_later(void *arg) {
  (void)arg;
  sleep_ms(20);
  pthread_mutex_lock(&cm);
  flag = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&cm);
  return NULL;
}

TEST(relative_wait_is_woken_by_a_signal) {
  flag = 0;
  pthread_t t;
  ASSERT_EQ(pthread_mutex_lock(&cm), 0);
  ASSERT_EQ(pthread_create(&t, NULL, signal_later, NULL), 0);
  struct timespec rel = {.tv_sec = 10};
  int64_t start = now_ns(CLOUDABI_CLOCK_MONOTONIC);
  while (!flag)
    ASSERT_EQ(pthread_cond_timedwait_relative_np(&cv, &cm, &rel), 0);
  ASSERT_TRUE(now_ns(CLOUDABI_CLOCK_MONOTONIC) - start < 5 * NS_PER_S);
  ASSERT_EQ(pthread_mutex_unlock(&cm), 0);
  ASSERT_EQ(pthread_join(t, NULL), 0);
}

TEST(relative_wait_edge_cases) {
  ASSERT_EQ(pthread_mutex_lock(&cm), 0);
  struct timespec bad = {.tv_sec = 0, .tv_nsec = 1000000000};
  ASSERT_EQ(pthread_cond_timedwait_relative_np(&cv, &cm, &bad), EINVAL);
  bad.tv_nsec = -1;
  ASSERT_EQ(pthread_cond_timedwait_relative_np(&cv, &cm, &bad), EINVAL);
  // Zero and negative durations have elapsed already.
  struct timespec zero = {0, 0}, negative = {-5, 0};
  int64_t start = now_ns(CLOUDABI_CLOCK_MONOTONIC);
  ASSERT_EQ(pthread_cond_timedwait_relative_np(&cv, &cm, &zero), ETIMEDOUT);
  ASSERT_EQ(pthread_cond_timedwait_relative_np(&cv, &cm, &negative), ETIMEDOUT);
  ASSERT_TRUE(now_ns(CLOUDABI_CLOCK_MONOTONIC) - start < NS_PER_S);
  ASSERT_EQ(pthread_mutex_unlock(&cm), 0);
  // Not holding the mutex.
  struct timespec rel = {0, 1000};
  ASSERT_EQ(pthread_cond_timedwait_relative_np(&cv, &cm, &rel), EPERM);
}

// A huge duration does not overflow into the past: the wait is still
// pending when a signal ends it.
static void *signal_soon(void *arg) {
  (void)arg;
  sleep_ms(30);
  pthread_mutex_lock(&cm);
  flag = 1;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&cm);
  return NULL;
}

TEST(relative_wait_huge_duration_saturates) {
  flag = 0;
  pthread_t t;
  ASSERT_EQ(pthread_mutex_lock(&cm), 0);
  ASSERT_EQ(pthread_create(&t, NULL, signal_soon, NULL), 0);
  struct timespec rel = {.tv_sec = INT64_MAX, .tv_nsec = 999999999};
  while (!flag)
    ASSERT_EQ(pthread_cond_timedwait_relative_np(&cv, &cm, &rel), 0);
  ASSERT_EQ(pthread_mutex_unlock(&cm), 0);
  ASSERT_EQ(pthread_join(t, NULL), 0);
}

// --- protocol and robustness attributes ---

TEST(mutexattr_protocol) {
  pthread_mutexattr_t attr;
  int v = -1;
  ASSERT_EQ(pthread_mutexattr_init(&attr), 0);
  ASSERT_EQ(pthread_mutexattr_getprotocol(&attr, &v), 0);
  ASSERT_EQ(v, PTHREAD_PRIO_NONE);
  ASSERT_EQ(pthread_mutexattr_setprotocol(&attr, PTHREAD_PRIO_INHERIT), 0);
  ASSERT_EQ(pthread_mutexattr_getprotocol(&attr, &v), 0);
  ASSERT_EQ(v, PTHREAD_PRIO_INHERIT);
  // Unsupported and invalid values leave the attribute as it was.
  ASSERT_EQ(pthread_mutexattr_setprotocol(&attr, PTHREAD_PRIO_PROTECT), ENOTSUP);
  ASSERT_EQ(pthread_mutexattr_setprotocol(&attr, 3), EINVAL);
  ASSERT_EQ(pthread_mutexattr_setprotocol(&attr, -1), EINVAL);
  ASSERT_EQ(pthread_mutexattr_getprotocol(&attr, &v), 0);
  ASSERT_EQ(v, PTHREAD_PRIO_INHERIT);
  // A mutex made from it works as any other.
  pthread_mutex_t m;
  ASSERT_EQ(pthread_mutex_init(&m, &attr), 0);
  ASSERT_EQ(pthread_mutex_lock(&m), 0);
  ASSERT_EQ(pthread_mutex_lock(&m), EDEADLK);
  ASSERT_EQ(pthread_mutex_unlock(&m), 0);
  ASSERT_EQ(pthread_mutexattr_setprotocol(&attr, PTHREAD_PRIO_NONE), 0);
  ASSERT_EQ(pthread_mutexattr_getprotocol(&attr, &v), 0);
  ASSERT_EQ(v, PTHREAD_PRIO_NONE);
}

TEST(mutexattr_robust) {
  pthread_mutexattr_t attr;
  int v = -1;
  ASSERT_EQ(pthread_mutexattr_init(&attr), 0);
  ASSERT_EQ(pthread_mutexattr_getrobust(&attr, &v), 0);
  ASSERT_EQ(v, PTHREAD_MUTEX_STALLED);
  ASSERT_EQ(pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST), ENOTSUP);
  ASSERT_EQ(pthread_mutexattr_setrobust(&attr, 2), EINVAL);
  ASSERT_EQ(pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_STALLED), 0);
  ASSERT_EQ(pthread_mutexattr_getrobust(&attr, &v), 0);
  ASSERT_EQ(v, PTHREAD_MUTEX_STALLED);
}
