// Mutexes: exclusion under contention, the three types, timed locking.
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "harness.h"
#include "util.h"

static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long counter;  // deliberately not atomic
static atomic_int ready;
static atomic_long contended;

enum { THREADS = 8, INCREMENTS = 100000 };

static void *increment(void *arg) {
  (void)arg;
  // All compete from the beginning: wait until every thread runs.
  atomic_fetch_add(&ready, 1);
  while (atomic_load(&ready) < THREADS)
    sched_yield();
  for (int i = 0; i < INCREMENTS; i++) {
    int r = pthread_mutex_trylock(&counter_lock);
    if (r == EBUSY) {
      atomic_fetch_add_explicit(&contended, 1, memory_order_relaxed);
      r = pthread_mutex_lock(&counter_lock);
    }
    if (r != 0)
      return (void *)1;
    // A read-modify-write spread out so that lost updates would show.
    unsigned long v = counter;
    __asm__ volatile("" ::: "memory");
    counter = v + 1;
    // Now and then give up the CPU while holding the mutex, so that others
    // find it taken and sleep in the runtime whatever the machine's load.
    if (i % 1000 == 0)
      sched_yield();
    if (pthread_mutex_unlock(&counter_lock) != 0)
      return (void *)2;
  }
  return NULL;
}

TEST(eight_threads_exact_count) {
  pthread_t t[THREADS];
  counter = 0;
  atomic_store(&ready, 0);
  for (int i = 0; i < THREADS; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, increment, NULL), 0);
  for (int i = 0; i < THREADS; i++) {
    void *r;
    ASSERT_EQ(pthread_join(t[i], &r), 0);
    ASSERT_TRUE(r == NULL);
  }
  ASSERT_EQ(counter, (unsigned long)THREADS * INCREMENTS);
  // Nobody sleeps on it any more: the word is plain "unlocked".
  ASSERT_EQ(counter_lock.__lock, 0);
  ASSERT_TRUE(atomic_load(&contended) > 0);
  char msg[64];
  snprintf(msg, sizeof(msg), "%ld contended acquisitions",
           atomic_load(&contended));
  test_log(msg);
}

TEST(lock_word_holds_owner) {
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  ASSERT_EQ(pthread_mutex_lock(&m), 0);
  // Write-locked (bit 30) by a thread id of 30 bits, nobody waiting.
  ASSERT_EQ(m.__lock & 0xc0000000u, 0x40000000u);
  ASSERT_NE(m.__lock & 0x3fffffffu, 0);
  ASSERT_EQ(pthread_mutex_unlock(&m), 0);
  ASSERT_EQ(m.__lock, 0);
  ASSERT_EQ(pthread_mutex_destroy(&m), 0);
}

static void *try_and_unlock(void *arg) {
  pthread_mutex_t *m = arg;
  intptr_t r = pthread_mutex_trylock(m) * 1000;
  r += pthread_mutex_unlock(m);
  return (void *)r;
}

TEST(errorcheck_and_default) {
  pthread_mutexattr_t attr;
  ASSERT_EQ(pthread_mutexattr_init(&attr), 0);
  int type;
  ASSERT_EQ(pthread_mutexattr_gettype(&attr, &type), 0);
  ASSERT_EQ(type, PTHREAD_MUTEX_DEFAULT);
  ASSERT_EQ(pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_ERRORCHECK), 0);
  ASSERT_EQ(pthread_mutexattr_settype(&attr, 99), EINVAL);
  pthread_mutex_t m;
  ASSERT_EQ(pthread_mutex_init(&m, &attr), 0);
  ASSERT_EQ(pthread_mutex_unlock(&m), EPERM);
  ASSERT_EQ(pthread_mutex_lock(&m), 0);
  ASSERT_EQ(pthread_mutex_lock(&m), EDEADLK);
  ASSERT_EQ(pthread_mutex_trylock(&m), EBUSY);
  struct timespec ts = deadline_in(CLOCK_REALTIME, 10);
  ASSERT_EQ(pthread_mutex_timedlock(&m, &ts), EDEADLK);
  ASSERT_EQ(pthread_mutex_destroy(&m), EBUSY);
  // Another thread can neither take it nor unlock it.
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, try_and_unlock, &m), 0);
  void *r;
  ASSERT_EQ(pthread_join(t, &r), 0);
  ASSERT_EQ((intptr_t)r, EBUSY * 1000 + EPERM);
  ASSERT_EQ(pthread_mutex_unlock(&m), 0);
  ASSERT_EQ(pthread_mutex_unlock(&m), EPERM);
  ASSERT_EQ(pthread_mutex_destroy(&m), 0);

  pthread_mutex_t d = PTHREAD_MUTEX_INITIALIZER;
  ASSERT_EQ(pthread_mutex_lock(&d), 0);
  ASSERT_EQ(pthread_mutex_lock(&d), EDEADLK);
  ASSERT_EQ(pthread_mutex_unlock(&d), 0);
  pthread_mutexattr_destroy(&attr);
}

TEST(recursive) {
  pthread_mutexattr_t attr;
  ASSERT_EQ(pthread_mutexattr_init(&attr), 0);
  ASSERT_EQ(pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE), 0);
  int type;
  ASSERT_EQ(pthread_mutexattr_gettype(&attr, &type), 0);
  ASSERT_EQ(type, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_t m;
  ASSERT_EQ(pthread_mutex_init(&m, &attr), 0);
  ASSERT_EQ(pthread_mutex_unlock(&m), EPERM);
  ASSERT_EQ(pthread_mutex_lock(&m), 0);
  ASSERT_EQ(pthread_mutex_lock(&m), 0);
  ASSERT_EQ(pthread_mutex_trylock(&m), 0);
  struct timespec ts = deadline_in(CLOCK_REALTIME, 10);
  ASSERT_EQ(pthread_mutex_timedlock(&m, &ts), 0);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, try_and_unlock, &m), 0);
  void *r;
  ASSERT_EQ(pthread_join(t, &r), 0);
  ASSERT_EQ((intptr_t)r, EBUSY * 1000 + EPERM);
  for (int i = 0; i < 4; i++)
    ASSERT_EQ(pthread_mutex_unlock(&m), 0);
  ASSERT_EQ(pthread_mutex_unlock(&m), EPERM);
  // Free again: another thread takes it.
  ASSERT_EQ(pthread_create(&t, NULL, try_and_unlock, &m), 0);
  ASSERT_EQ(pthread_join(t, &r), 0);
  ASSERT_EQ((intptr_t)r, 0);
  ASSERT_EQ(pthread_mutex_destroy(&m), 0);
}

// A NORMAL mutex re-locked by its owner deadlocks; with a deadline that
// means a timeout.
TEST(normal_self_deadlock_times_out) {
  pthread_mutexattr_t attr;
  pthread_mutexattr_init(&attr);
  ASSERT_EQ(pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_NORMAL), 0);
  pthread_mutex_t m;
  ASSERT_EQ(pthread_mutex_init(&m, &attr), 0);
  ASSERT_EQ(pthread_mutex_lock(&m), 0);
  ASSERT_EQ(pthread_mutex_trylock(&m), EBUSY);
  struct timespec ts;
  ASSERT_TIMES_OUT(CLOCK_MONOTONIC, 30, ts,
                   pthread_mutex_clocklock(&m, CLOCK_MONOTONIC, &ts), ETIMEDOUT);
  ASSERT_EQ(pthread_mutex_unlock(&m), 0);
}

static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;
static atomic_int holder_state;  // 1: holding, 2: told to release

static void *hold_until_told(void *arg) {
  (void)arg;
  pthread_mutex_lock(&held);
  atomic_store(&holder_state, 1);
  while (atomic_load(&holder_state) != 2)
    sleep_ms(1);
  pthread_mutex_unlock(&held);
  return NULL;
}

TEST(timed_lock_times_out_on_time) {
  pthread_t t;
  atomic_store(&holder_state, 0);
  ASSERT_EQ(pthread_create(&t, NULL, hold_until_told, NULL), 0);
  while (atomic_load(&holder_state) != 1)
    sleep_ms(1);

  struct timespec ts;
  ASSERT_TIMES_OUT(CLOCK_REALTIME, 50, ts, pthread_mutex_timedlock(&held, &ts),
                   ETIMEDOUT);
  ASSERT_TIMES_OUT(CLOCK_MONOTONIC, 50, ts,
                   pthread_mutex_clocklock(&held, CLOCK_MONOTONIC, &ts),
                   ETIMEDOUT);

  // Deadlines in the past fail at once; invalid ones are refused.
  ts = ts_from_ns(0);
  ASSERT_EQ(pthread_mutex_timedlock(&held, &ts), ETIMEDOUT);
  ts.tv_sec = -5;
  ASSERT_EQ(pthread_mutex_timedlock(&held, &ts), ETIMEDOUT);
  ts = deadline_in(CLOCK_REALTIME, 10);
  ts.tv_nsec = 1000000000;
  ASSERT_EQ(pthread_mutex_timedlock(&held, &ts), EINVAL);
  ts.tv_nsec = -1;
  ASSERT_EQ(pthread_mutex_timedlock(&held, &ts), EINVAL);
  ts = deadline_in(CLOCK_REALTIME, 10);
  ASSERT_EQ(pthread_mutex_clocklock(&held, CLOCK_PROCESS_CPUTIME_ID, &ts),
            EINVAL);

  // The waiters that gave up left the word without KERNEL_MANAGED.
  ASSERT_EQ(held.__lock & 0x80000000u, 0);

  // A timed lock that succeeds once the holder lets go.
  ts = deadline_in(CLOCK_REALTIME, 5000);
  atomic_store(&holder_state, 2);
  ASSERT_EQ(pthread_mutex_timedlock(&held, &ts), 0);
  ASSERT_TRUE(now_ns(CLOCK_REALTIME) < ts_ns(&ts));
  ASSERT_EQ(pthread_mutex_unlock(&held), 0);
  ASSERT_EQ(pthread_join(t, NULL), 0);
}

// Ownership is handed over through the runtime when someone sleeps: the
// sleeper must own the mutex when it returns.
static pthread_mutex_t handover = PTHREAD_MUTEX_INITIALIZER;
static atomic_int sleeper_got_it;

static void *sleeper(void *arg) {
  (void)arg;
  if (pthread_mutex_lock(&handover) != 0)
    return (void *)1;
  atomic_store(&sleeper_got_it, 1);
  sleep_ms(10);
  atomic_store(&sleeper_got_it, 2);
  return (void *)(intptr_t)pthread_mutex_unlock(&handover);
}

TEST(handover_to_sleeping_waiter) {
  ASSERT_EQ(pthread_mutex_lock(&handover), 0);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, sleeper, NULL), 0);
  // Wait until the sleeper is queued in the runtime.
  while ((__atomic_load_n(&handover.__lock, __ATOMIC_RELAXED) & 0x80000000u) == 0)
    sleep_ms(1);
  ASSERT_EQ(atomic_load(&sleeper_got_it), 0);
  ASSERT_EQ(pthread_mutex_unlock(&handover), 0);
  ASSERT_EQ(pthread_mutex_lock(&handover), 0);
  ASSERT_EQ(atomic_load(&sleeper_got_it), 2);
  ASSERT_EQ(pthread_mutex_unlock(&handover), 0);
  void *r;
  ASSERT_EQ(pthread_join(t, &r), 0);
  ASSERT_TRUE(r == NULL);
}

TEST(mutexattr_pshared) {
  pthread_mutexattr_t attr;
  pthread_mutexattr_init(&attr);
  int shared;
  ASSERT_EQ(pthread_mutexattr_getpshared(&attr, &shared), 0);
  ASSERT_EQ(shared, PTHREAD_PROCESS_PRIVATE);
  ASSERT_EQ(pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED), 0);
  ASSERT_EQ(pthread_mutexattr_getpshared(&attr, &shared), 0);
  ASSERT_EQ(shared, PTHREAD_PROCESS_SHARED);
  ASSERT_EQ(pthread_mutexattr_setpshared(&attr, 5), EINVAL);
  // Uncontended use of a process-shared mutex stays in user space.
  pthread_mutex_t m;
  ASSERT_EQ(pthread_mutex_init(&m, &attr), 0);
  ASSERT_EQ(pthread_mutex_lock(&m), 0);
  ASSERT_EQ(pthread_mutex_unlock(&m), 0);
}
