// Barriers and spin locks.
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "harness.h"

enum { N = 6, ROUNDS = 2000 };

static pthread_barrier_t barrier;
static atomic_int arrived[ROUNDS];
static atomic_int serial[ROUNDS];
static atomic_int errors;

static void *barrier_worker(void *arg) {
  (void)arg;
  for (int round = 0; round < ROUNDS; round++) {
    atomic_fetch_add(&arrived[round], 1);
    int r = pthread_barrier_wait(&barrier);
    if (r == PTHREAD_BARRIER_SERIAL_THREAD)
      atomic_fetch_add(&serial[round], 1);
    else if (r != 0)
      atomic_fetch_add(&errors, 1);
    // Nobody passes before everyone arrived.
    if (atomic_load(&arrived[round]) != N)
      atomic_fetch_add(&errors, 1);
  }
  return NULL;
}

TEST(barrier_rounds) {
  ASSERT_EQ(pthread_barrier_init(&barrier, NULL, N), 0);
  pthread_t t[N];
  for (int i = 0; i < N; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, barrier_worker, NULL), 0);
  for (int i = 0; i < N; i++)
    ASSERT_EQ(pthread_join(t[i], NULL), 0);
  ASSERT_EQ(atomic_load(&errors), 0);
  for (int round = 0; round < ROUNDS; round++) {
    ASSERT_EQ(atomic_load(&arrived[round]), N);
    ASSERT_EQ(atomic_load(&serial[round]), 1);
  }
  ASSERT_EQ(pthread_barrier_destroy(&barrier), 0);
}

TEST(barrier_of_one_and_attrs) {
  pthread_barrier_t b;
  ASSERT_EQ(pthread_barrier_init(&b, NULL, 0), EINVAL);
  ASSERT_EQ(pthread_barrier_init(&b, NULL, 1), 0);
  ASSERT_EQ(pthread_barrier_wait(&b), PTHREAD_BARRIER_SERIAL_THREAD);
  ASSERT_EQ(pthread_barrier_wait(&b), PTHREAD_BARRIER_SERIAL_THREAD);
  ASSERT_EQ(pthread_barrier_destroy(&b), 0);
  pthread_barrierattr_t attr;
  ASSERT_EQ(pthread_barrierattr_init(&attr), 0);
  int shared;
  ASSERT_EQ(pthread_barrierattr_getpshared(&attr, &shared), 0);
  ASSERT_EQ(shared, PTHREAD_PROCESS_PRIVATE);
  ASSERT_EQ(pthread_barrierattr_setpshared(&attr, 3), EINVAL);
  ASSERT_EQ(pthread_barrierattr_destroy(&attr), 0);
}

static pthread_spinlock_t spin;
static unsigned long spin_counter;

static void *spin_worker(void *arg) {
  (void)arg;
  for (int i = 0; i < 50000; i++) {
    if (pthread_spin_lock(&spin) != 0)
      return (void *)1;
    unsigned long v = spin_counter;
    __asm__ volatile("" ::: "memory");
    spin_counter = v + 1;
    pthread_spin_unlock(&spin);
  }
  return NULL;
}

TEST(spinlock_exclusion) {
  ASSERT_EQ(pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE), 0);
  spin_counter = 0;
  pthread_t t[4];
  for (int i = 0; i < 4; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, spin_worker, NULL), 0);
  for (int i = 0; i < 4; i++) {
    void *r;
    ASSERT_EQ(pthread_join(t[i], &r), 0);
    ASSERT_TRUE(r == NULL);
  }
  ASSERT_EQ(spin_counter, 4 * 50000UL);
  ASSERT_EQ(pthread_spin_destroy(&spin), 0);
}

static void *spin_try_unlock(void *arg) {
  pthread_spinlock_t *s = arg;
  return (void *)(intptr_t)(pthread_spin_trylock(s) * 1000 + pthread_spin_unlock(s));
}

TEST(spinlock_errors) {
  pthread_spinlock_t s;
  ASSERT_EQ(pthread_spin_init(&s, PTHREAD_PROCESS_SHARED), 0);
  ASSERT_EQ(pthread_spin_unlock(&s), EPERM);
  ASSERT_EQ(pthread_spin_lock(&s), 0);
  ASSERT_EQ(pthread_spin_lock(&s), EDEADLK);
  ASSERT_EQ(pthread_spin_trylock(&s), EBUSY);
  ASSERT_EQ(pthread_spin_destroy(&s), EBUSY);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, spin_try_unlock, &s), 0);
  void *r;
  ASSERT_EQ(pthread_join(t, &r), 0);
  ASSERT_EQ((intptr_t)r, EBUSY * 1000 + EPERM);
  ASSERT_EQ(pthread_spin_unlock(&s), 0);
  ASSERT_EQ(pthread_spin_trylock(&s), 0);
  ASSERT_EQ(pthread_spin_unlock(&s), 0);
}
