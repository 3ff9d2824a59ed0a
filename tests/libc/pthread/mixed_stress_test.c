// Eight threads doing random mixes of blocking and timed operations on one
// rwlock, mutex, condition variable and semaphore, with deadlines of 0 to 2
// ms so that waiters keep timing out while others are queued behind them in
// the runtime.  Checks the exclusion invariants, that no operation fails
// unexpectedly, and that everything ends unlocked and balanced.
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#include "harness.h"
#include "util.h"

enum { THREADS = 8, OPERATIONS = 30000 };

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static sem_t sem;
static atomic_int readers, writers, failures;
static atomic_long sem_posted, sem_taken;
static long writes, mutex_count;  // protected by rw and m

static unsigned next_random(unsigned *state) {
  *state = *state * 1103515245 + 12345;
  return *state >> 16;
}

static void fail(void) {
  atomic_fetch_add(&failures, 1);
}

static void read_section(int timed, const struct timespec *ts, unsigned *seed) {
  int e = timed ? pthread_rwlock_clockrdlock(&rw, CLOCK_MONOTONIC, ts)
                : pthread_rwlock_rdlock(&rw);
  if (e == ETIMEDOUT && timed)
    return;
  if (e != 0) {
    fail();
    return;
  }
  atomic_fetch_add(&readers, 1);
  if (atomic_load(&writers) != 0)
    fail();
  // A nested read lock never waits for queued writers.
  if (next_random(seed) % 4 == 0) {
    if (pthread_rwlock_rdlock(&rw) != 0 || pthread_rwlock_unlock(&rw) != 0)
      fail();
  }
  atomic_fetch_sub(&readers, 1);
  if (pthread_rwlock_unlock(&rw) != 0)
    fail();
}

static void write_section(int timed, const struct timespec *ts) {
  int e = timed ? pthread_rwlock_clockwrlock(&rw, CLOCK_MONOTONIC, ts)
                : pthread_rwlock_wrlock(&rw);
  if (e == ETIMEDOUT && timed)
    return;
  if (e != 0) {
    fail();
    return;
  }
  if (atomic_fetch_add(&writers, 1) != 0 || atomic_load(&readers) != 0)
    fail();
  writes++;
  atomic_fetch_sub(&writers, 1);
  if (pthread_rwlock_unlock(&rw) != 0)
    fail();
}

static long mutex_section(int timed, const struct timespec *ts, unsigned *seed) {
  int e = timed ? pthread_mutex_clocklock(&m, CLOCK_MONOTONIC, ts)
                : pthread_mutex_lock(&m);
  if (e == ETIMEDOUT && timed)
    return 0;
  if (e != 0) {
    fail();
    return 0;
  }
  mutex_count++;
  unsigned r = next_random(seed) % 8;
  if (r == 0) {
    pthread_cond_broadcast(&c);
  } else if (r == 1) {
    e = pthread_cond_clockwait(&c, &m, CLOCK_MONOTONIC, ts);
    if (e != 0 && e != ETIMEDOUT)
      fail();
  }
  if (pthread_mutex_unlock(&m) != 0)
    fail();
  return 1;
}

static void *worker(void *arg) {
  unsigned seed = (unsigned)(uintptr_t)arg;
  long mine = 0;
  for (int i = 0; i < OPERATIONS; i++) {
    unsigned op = next_random(&seed) % 10;
    struct timespec ts =
        deadline_in(CLOCK_MONOTONIC, (int)(next_random(&seed) % 3));
    switch (op) {
      case 0:
      case 1:
        read_section(op == 1, &ts, &seed);
        break;
      case 2:
      case 3:
        write_section(op == 3, &ts);
        break;
      case 4:
      case 5:
        mine += mutex_section(op == 5, &ts, &seed);
        break;
      case 6:
        if (sem_post(&sem) != 0)
          fail();
        else
          atomic_fetch_add(&sem_posted, 1);
        break;
      case 7:
        if (sem_clockwait(&sem, CLOCK_MONOTONIC, &ts) == 0)
          atomic_fetch_add(&sem_taken, 1);
        else if (errno != ETIMEDOUT)
          fail();
        break;
      default:
        sched_yield();
        break;
    }
  }
  return (void *)mine;
}

TEST(mixed_operations) {
  ASSERT_EQ(sem_init(&sem, 0, 0), 0);
  pthread_t t[THREADS];
  for (int i = 0; i < THREADS; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, worker, (void *)(uintptr_t)(i * 7919 + 1)), 0);
  long total = 0;
  for (int i = 0; i < THREADS; i++) {
    void *r;
    ASSERT_EQ(pthread_join(t[i], &r), 0);
    total += (long)r;
  }
  ASSERT_EQ(atomic_load(&failures), 0);
  ASSERT_EQ(total, mutex_count);
  ASSERT_TRUE(writes > 0);
  // Nothing held, nobody left queued in the runtime.
  ASSERT_EQ(rw.__lock, 0);
  ASSERT_EQ(m.__lock, 0);
  ASSERT_EQ(c.__waiters, 0);
  int value;
  ASSERT_EQ(sem_getvalue(&sem, &value), 0);
  ASSERT_EQ(atomic_load(&sem_posted), atomic_load(&sem_taken) + value);
  char msg[96];
  snprintf(msg, sizeof(msg), "%ld writes, %ld mutex sections, %ld tokens taken",
           writes, mutex_count, atomic_load(&sem_taken));
  test_log(msg);
}
