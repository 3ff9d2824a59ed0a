// Reader-writer locks: invariants under load, writer preference, timeouts.
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "harness.h"
#include "util.h"

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static atomic_int readers, writers;
static atomic_int max_readers;
static unsigned long data[16];  // writers keep all entries equal
static atomic_int violations;

enum { READERS = 6, WRITERS = 2, READS = 20000, WRITES = 5000 };

static void *reader(void *arg) {
  (void)arg;
  for (int i = 0; i < READS; i++) {
    if (pthread_rwlock_rdlock(&rw) != 0)
      return (void *)1;
    int r = atomic_fetch_add(&readers, 1) + 1;
    int m = atomic_load(&max_readers);
    while (r > m && !atomic_compare_exchange_weak(&max_readers, &m, r))
      ;
    if (atomic_load(&writers) != 0)
      atomic_fetch_add(&violations, 1);
    for (int j = 1; j < 16; j++)
      if (data[j] != data[0])
        atomic_fetch_add(&violations, 1);
    atomic_fetch_sub(&readers, 1);
    if (pthread_rwlock_unlock(&rw) != 0)
      return (void *)2;
  }
  return NULL;
}

static void *writer(void *arg) {
  (void)arg;
  for (int i = 0; i < WRITES; i++) {
    if (pthread_rwlock_wrlock(&rw) != 0)
      return (void *)1;
    if (atomic_fetch_add(&writers, 1) != 0 || atomic_load(&readers) != 0)
      atomic_fetch_add(&violations, 1);
    for (int j = 0; j < 16; j++)
      data[j]++;
    atomic_fetch_sub(&writers, 1);
    if (pthread_rwlock_unlock(&rw) != 0)
      return (void *)2;
  }
  return NULL;
}

TEST(readers_and_writers_invariants) {
  pthread_t t[READERS + WRITERS];
  for (int i = 0; i < READERS + WRITERS; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, i < WRITERS ? writer : reader, NULL), 0);
  for (int i = 0; i < READERS + WRITERS; i++) {
    void *r;
    ASSERT_EQ(pthread_join(t[i], &r), 0);
    ASSERT_TRUE(r == NULL);
  }
  ASSERT_EQ(atomic_load(&violations), 0);
  for (int j = 0; j < 16; j++)
    ASSERT_EQ(data[j], (unsigned long)WRITERS * WRITES);
  ASSERT_EQ(rw.__lock, 0);
}

TEST(shared_read_locks) {
  pthread_rwlock_t l;
  ASSERT_EQ(pthread_rwlock_init(&l, NULL), 0);
  ASSERT_EQ(pthread_rwlock_rdlock(&l), 0);
  ASSERT_EQ(pthread_rwlock_rdlock(&l), 0);
  ASSERT_EQ(pthread_rwlock_tryrdlock(&l), 0);
  ASSERT_EQ(l.__lock, 3);  // three read locks, no writer
  ASSERT_EQ(pthread_rwlock_trywrlock(&l), EBUSY);
  ASSERT_EQ(pthread_rwlock_destroy(&l), EBUSY);
  for (int i = 0; i < 3; i++)
    ASSERT_EQ(pthread_rwlock_unlock(&l), 0);
  ASSERT_EQ(pthread_rwlock_unlock(&l), EPERM);
  ASSERT_EQ(pthread_rwlock_wrlock(&l), 0);
  ASSERT_EQ(pthread_rwlock_wrlock(&l), EDEADLK);
  ASSERT_EQ(pthread_rwlock_rdlock(&l), EDEADLK);
  ASSERT_EQ(pthread_rwlock_tryrdlock(&l), EBUSY);
  ASSERT_EQ(pthread_rwlock_unlock(&l), 0);
  ASSERT_EQ(pthread_rwlock_destroy(&l), 0);
}

static pthread_rwlock_t pref = PTHREAD_RWLOCK_INITIALIZER;
static atomic_int writer_has_it;

static void *blocked_writer(void *arg) {
  (void)arg;
  if (pthread_rwlock_wrlock(&pref) != 0)
    return (void *)1;
  atomic_store(&writer_has_it, 1);
  pthread_rwlock_unlock(&pref);
  return NULL;
}

static void *late_reader(void *arg) {
  (void)arg;
  intptr_t r = pthread_rwlock_tryrdlock(&pref);
  struct timespec ts = deadline_in(CLOCK_REALTIME, 30);
  r = r * 1000 + pthread_rwlock_timedrdlock(&pref, &ts);
  return (void *)r;
}

// Once a writer waits, new readers queue behind it; a thread that already
// holds a read lock may still take another (it could be what the writer
// waits for).
TEST(writer_preference) {
  atomic_store(&writer_has_it, 0);
  ASSERT_EQ(pthread_rwlock_rdlock(&pref), 0);
  pthread_t w;
  ASSERT_EQ(pthread_create(&w, NULL, blocked_writer, NULL), 0);
  while ((__atomic_load_n(&pref.__lock, __ATOMIC_RELAXED) & 0x80000000u) == 0)
    sleep_ms(1);
  pthread_t r;
  ASSERT_EQ(pthread_create(&r, NULL, late_reader, NULL), 0);
  void *rr;
  ASSERT_EQ(pthread_join(r, &rr), 0);
  ASSERT_EQ((intptr_t)rr, EBUSY * 1000 + ETIMEDOUT);
  ASSERT_EQ(atomic_load(&writer_has_it), 0);
  ASSERT_EQ(pthread_rwlock_rdlock(&pref), 0);  // recursive read: allowed
  ASSERT_EQ(pthread_rwlock_unlock(&pref), 0);
  ASSERT_EQ(atomic_load(&writer_has_it), 0);
  // The last read unlock hands the lock to the writer.
  ASSERT_EQ(pthread_rwlock_unlock(&pref), 0);
  void *wr;
  ASSERT_EQ(pthread_join(w, &wr), 0);
  ASSERT_TRUE(wr == NULL);
  ASSERT_EQ(atomic_load(&writer_has_it), 1);
  ASSERT_EQ(pref.__lock, 0);
}

static atomic_int hold_state;

static void *hold_write(void *arg) {
  pthread_rwlock_t *l = arg;
  pthread_rwlock_wrlock(l);
  atomic_store(&hold_state, 1);
  while (atomic_load(&hold_state) != 2)
    sleep_ms(1);
  pthread_rwlock_unlock(l);
  return NULL;
}

TEST(timed_variants) {
  pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;
  atomic_store(&hold_state, 0);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, hold_write, &l), 0);
  while (atomic_load(&hold_state) != 1)
    sleep_ms(1);
  ASSERT_EQ(pthread_rwlock_unlock(&l), EPERM);  // not the writer

  struct timespec ts;
  ASSERT_TIMES_OUT(CLOCK_REALTIME, 40, ts, pthread_rwlock_timedrdlock(&l, &ts),
                   ETIMEDOUT);
  ASSERT_TIMES_OUT(CLOCK_REALTIME, 40, ts, pthread_rwlock_timedwrlock(&l, &ts),
                   ETIMEDOUT);
  ASSERT_TIMES_OUT(CLOCK_MONOTONIC, 40, ts,
                   pthread_rwlock_clockrdlock(&l, CLOCK_MONOTONIC, &ts),
                   ETIMEDOUT);
  ASSERT_TIMES_OUT(CLOCK_MONOTONIC, 40, ts,
                   pthread_rwlock_clockwrlock(&l, CLOCK_MONOTONIC, &ts),
                   ETIMEDOUT);

  ts.tv_nsec = -1;
  ASSERT_EQ(pthread_rwlock_timedwrlock(&l, &ts), EINVAL);
  // The timed-out waiters are gone from the runtime's queue.
  ASSERT_EQ(l.__lock & 0x80000000u, 0);

  atomic_store(&hold_state, 2);
  ts = deadline_in(CLOCK_MONOTONIC, 5000);
  ASSERT_EQ(pthread_rwlock_clockwrlock(&l, CLOCK_MONOTONIC, &ts), 0);
  ASSERT_EQ(pthread_rwlock_unlock(&l), 0);
  ASSERT_EQ(pthread_join(t, NULL), 0);
}

TEST(rwlockattr) {
  pthread_rwlockattr_t attr;
  ASSERT_EQ(pthread_rwlockattr_init(&attr), 0);
  int shared;
  ASSERT_EQ(pthread_rwlockattr_getpshared(&attr, &shared), 0);
  ASSERT_EQ(shared, PTHREAD_PROCESS_PRIVATE);
  ASSERT_EQ(pthread_rwlockattr_setpshared(&attr, PTHREAD_PROCESS_SHARED), 0);
  ASSERT_EQ(pthread_rwlockattr_getpshared(&attr, &shared), 0);
  ASSERT_EQ(shared, PTHREAD_PROCESS_SHARED);
  ASSERT_EQ(pthread_rwlockattr_setpshared(&attr, -1), EINVAL);
  ASSERT_EQ(pthread_rwlockattr_destroy(&attr), 0);
}
