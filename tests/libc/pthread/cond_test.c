// Condition variables: ping-pong, broadcast, timed waits on both clocks.
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include "harness.h"
#include "util.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int turn;  // whose turn: 0 or 1, protected by m

enum { ROUNDS = 100000 };

static void *player(void *arg) {
  int me = (int)(intptr_t)arg;
  pthread_mutex_lock(&m);
  for (int i = 0; i < ROUNDS; i++) {
    while (turn != me)
      if (pthread_cond_wait(&cv, &m) != 0)
        return (void *)1;
    turn = 1 - me;
    pthread_cond_signal(&cv);
  }
  pthread_mutex_unlock(&m);
  return NULL;
}

TEST(ping_pong_100000_rounds) {
  pthread_t a, b;
  turn = 0;
  ASSERT_EQ(pthread_create(&a, NULL, player, (void *)0), 0);
  ASSERT_EQ(pthread_create(&b, NULL, player, (void *)1), 0);
  void *ra, *rb;
  ASSERT_EQ(pthread_join(a, &ra), 0);
  ASSERT_EQ(pthread_join(b, &rb), 0);
  ASSERT_TRUE(ra == NULL && rb == NULL);
  ASSERT_EQ(turn, 0);
  ASSERT_EQ(cv.__waiters, 0);  // nobody left waiting
}

static pthread_cond_t go_cv = PTHREAD_COND_INITIALIZER;
static int go, waiting;

static void *wait_for_go(void *arg) {
  (void)arg;
  pthread_mutex_lock(&m);
  waiting++;
  while (!go)
    pthread_cond_wait(&go_cv, &m);
  waiting--;
  pthread_mutex_unlock(&m);
  return NULL;
}

TEST(broadcast_wakes_all) {
  enum { N = 8 };
  pthread_t t[N];
  go = 0;
  waiting = 0;
  for (int i = 0; i < N; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, wait_for_go, NULL), 0);
  for (;;) {
    pthread_mutex_lock(&m);
    int n = waiting;
    pthread_mutex_unlock(&m);
    if (n == N)
      break;
    sleep_ms(1);
  }
  pthread_mutex_lock(&m);
  go = 1;
  ASSERT_EQ(pthread_cond_broadcast(&go_cv), 0);
  pthread_mutex_unlock(&m);
  for (int i = 0; i < N; i++)
    ASSERT_EQ(pthread_join(t[i], NULL), 0);
  ASSERT_EQ(waiting, 0);
}

TEST(signal_without_waiters_is_noop) {
  pthread_cond_t c;
  ASSERT_EQ(pthread_cond_init(&c, NULL), 0);
  ASSERT_EQ(pthread_cond_signal(&c), 0);
  ASSERT_EQ(pthread_cond_broadcast(&c), 0);
  ASSERT_EQ(c.__waiters, 0);
  ASSERT_EQ(pthread_cond_destroy(&c), 0);
}

static void check_timeout(pthread_cond_t *c, clockid_t clock, int use_clockwait) {
  ASSERT_EQ(pthread_mutex_lock(&m), 0);
  struct timespec ts;
  ASSERT_TIMES_OUT(clock, 50, ts,
                   use_clockwait ? pthread_cond_clockwait(c, &m, clock, &ts)
                                 : pthread_cond_timedwait(c, &m, &ts),
                   ETIMEDOUT);
  // The mutex is held again after the timeout.
  ASSERT_EQ(pthread_mutex_lock(&m), EDEADLK);
  ASSERT_EQ(pthread_mutex_unlock(&m), 0);
}

TEST(timedwait_realtime_default) {
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  check_timeout(&c, CLOCK_REALTIME, 0);
}

TEST(zero_filled_condvar_is_realtime) {
  pthread_cond_t c;
  memset(&c, 0, sizeof(c));
  check_timeout(&c, CLOCK_REALTIME, 0);
}

TEST(timedwait_monotonic_attribute) {
  pthread_condattr_t attr;
  ASSERT_EQ(pthread_condattr_init(&attr), 0);
  clockid_t clock;
  ASSERT_EQ(pthread_condattr_getclock(&attr, &clock), 0);
  ASSERT_EQ(clock, CLOCK_REALTIME);
  ASSERT_EQ(pthread_condattr_setclock(&attr, CLOCK_MONOTONIC), 0);
  ASSERT_EQ(pthread_condattr_getclock(&attr, &clock), 0);
  ASSERT_EQ(clock, CLOCK_MONOTONIC);
  ASSERT_EQ(pthread_condattr_setclock(&attr, CLOCK_THREAD_CPUTIME_ID), EINVAL);
  pthread_cond_t c;
  ASSERT_EQ(pthread_cond_init(&c, &attr), 0);
  check_timeout(&c, CLOCK_MONOTONIC, 0);
  pthread_condattr_destroy(&attr);
}

TEST(clockwait_either_clock) {
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  check_timeout(&c, CLOCK_MONOTONIC, 1);
  check_timeout(&c, CLOCK_REALTIME, 1);
}

TEST(timedwait_errors) {
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  struct timespec ts = deadline_in(CLOCK_REALTIME, 10);
  // Not holding the mutex.
  ASSERT_EQ(pthread_cond_timedwait(&c, &m, &ts), EPERM);
  ASSERT_EQ(pthread_cond_wait(&c, &m), EPERM);
  pthread_mutex_lock(&m);
  ts.tv_nsec = 1000000000;
  ASSERT_EQ(pthread_cond_timedwait(&c, &m, &ts), EINVAL);
  ts = ts_from_ns(1);  // long past
  ASSERT_EQ(pthread_cond_timedwait(&c, &m, &ts), ETIMEDOUT);
  pthread_mutex_unlock(&m);
}

static pthread_cond_t late_cv = PTHREAD_COND_INITIALIZER;
static int late_flag;

static void *signal_later(void *arg) {
  (void)arg;
  sleep_ms(20);
  pthread_mutex_lock(&m);
  late_flag = 1;
  pthread_cond_signal(&late_cv);
  pthread_mutex_unlock(&m);
  return NULL;
}

TEST(timedwait_signalled_before_deadline) {
  late_flag = 0;
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, signal_later, NULL), 0);
  pthread_mutex_lock(&m);
  struct timespec ts = deadline_in(CLOCK_REALTIME, 5000);
  int r = 0;
  while (!late_flag && r == 0)
    r = pthread_cond_timedwait(&late_cv, &m, &ts);
  pthread_mutex_unlock(&m);
  ASSERT_EQ(r, 0);
  ASSERT_EQ(late_flag, 1);
  ASSERT_EQ(pthread_join(t, NULL), 0);
}

// A recursive mutex locked twice is fully released during the wait and
// comes back with both levels.
static pthread_mutex_t rec;
static pthread_cond_t rec_cv = PTHREAD_COND_INITIALIZER;
static int rec_flag;

static void *set_rec_flag(void *arg) {
  (void)arg;
  pthread_mutex_lock(&rec);
  rec_flag = 1;
  pthread_cond_signal(&rec_cv);
  pthread_mutex_unlock(&rec);
  return NULL;
}

TEST(wait_with_recursive_mutex) {
  pthread_mutexattr_t attr;
  pthread_mutexattr_init(&attr);
  pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
  ASSERT_EQ(pthread_mutex_init(&rec, &attr), 0);
  ASSERT_EQ(pthread_mutex_lock(&rec), 0);
  ASSERT_EQ(pthread_mutex_lock(&rec), 0);
  rec_flag = 0;
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, set_rec_flag, NULL), 0);
  while (!rec_flag)
    ASSERT_EQ(pthread_cond_wait(&rec_cv, &rec), 0);
  ASSERT_EQ(pthread_mutex_unlock(&rec), 0);
  ASSERT_EQ(pthread_mutex_unlock(&rec), 0);
  ASSERT_EQ(pthread_mutex_unlock(&rec), EPERM);
  ASSERT_EQ(pthread_join(t, NULL), 0);
}
