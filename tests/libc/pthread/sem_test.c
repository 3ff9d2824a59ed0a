// Unnamed semaphores.
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdint.h>

#include "harness.h"
#include "util.h"

static sem_t items, slots;
static pthread_mutex_t ring_lock = PTHREAD_MUTEX_INITIALIZER;
enum { RING = 16, PRODUCERS = 4, CONSUMERS = 4, PER_PRODUCER = 20000 };
static long ring[RING];
static unsigned head, tail;
static atomic_long consumed_sum;

static void *producer(void *arg) {
  long base = (long)(intptr_t)arg * PER_PRODUCER;
  for (long i = 1; i <= PER_PRODUCER; i++) {
    if (sem_wait(&slots) != 0)
      return (void *)1;
    pthread_mutex_lock(&ring_lock);
    ring[head++ % RING] = base + i;
    pthread_mutex_unlock(&ring_lock);
    if (sem_post(&items) != 0)
      return (void *)2;
  }
  return NULL;
}

static void *consumer(void *arg) {
  (void)arg;
  long sum = 0;
  for (int i = 0; i < PRODUCERS * PER_PRODUCER / CONSUMERS; i++) {
    if (sem_wait(&items) != 0)
      return (void *)1;
    pthread_mutex_lock(&ring_lock);
    sum += ring[tail++ % RING];
    pthread_mutex_unlock(&ring_lock);
    sem_post(&slots);
  }
  atomic_fetch_add(&consumed_sum, sum);
  return NULL;
}

TEST(bounded_buffer) {
  ASSERT_EQ(sem_init(&items, 0, 0), 0);
  ASSERT_EQ(sem_init(&slots, 0, RING), 0);
  pthread_t t[PRODUCERS + CONSUMERS];
  for (int i = 0; i < PRODUCERS; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, producer, (void *)(intptr_t)i), 0);
  for (int i = 0; i < CONSUMERS; i++)
    ASSERT_EQ(pthread_create(&t[PRODUCERS + i], NULL, consumer, NULL), 0);
  for (int i = 0; i < PRODUCERS + CONSUMERS; i++) {
    void *r;
    ASSERT_EQ(pthread_join(t[i], &r), 0);
    ASSERT_TRUE(r == NULL);
  }
  long n = (long)PRODUCERS * PER_PRODUCER;
  ASSERT_EQ(atomic_load(&consumed_sum), n * (n + 1) / 2);
  int v;
  ASSERT_EQ(sem_getvalue(&items, &v), 0);
  ASSERT_EQ(v, 0);
  ASSERT_EQ(sem_getvalue(&slots, &v), 0);
  ASSERT_EQ(v, RING);
  ASSERT_EQ(sem_destroy(&items), 0);
  ASSERT_EQ(sem_destroy(&slots), 0);
}

TEST(trywait_and_value) {
  sem_t s;
  ASSERT_EQ(sem_init(&s, 0, 2), 0);
  ASSERT_EQ(sem_trywait(&s), 0);
  ASSERT_EQ(sem_trywait(&s), 0);
  errno = 0;
  ASSERT_EQ(sem_trywait(&s), -1);
  ASSERT_EQ(errno, EAGAIN);
  ASSERT_EQ(sem_post(&s), 0);
  int v;
  ASSERT_EQ(sem_getvalue(&s, &v), 0);
  ASSERT_EQ(v, 1);
  ASSERT_EQ(sem_wait(&s), 0);
  ASSERT_EQ(sem_destroy(&s), 0);
}

TEST(limits) {
  sem_t s;
  errno = 0;
  ASSERT_EQ(sem_init(&s, 0, (unsigned)SEM_VALUE_MAX + 1), -1);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_EQ(sem_init(&s, 0, SEM_VALUE_MAX), 0);
  errno = 0;
  ASSERT_EQ(sem_post(&s), -1);
  ASSERT_EQ(errno, EOVERFLOW);
  int v;
  ASSERT_EQ(sem_getvalue(&s, &v), 0);
  ASSERT_EQ(v, SEM_VALUE_MAX);
}

TEST(timedwait_times_out) {
  sem_t s;
  ASSERT_EQ(sem_init(&s, 0, 0), 0);
  struct timespec ts;
  errno = 0;
  ASSERT_TIMES_OUT(CLOCK_REALTIME, 40, ts, sem_timedwait(&s, &ts), -1);
  ASSERT_EQ(errno, ETIMEDOUT);
  errno = 0;
  ASSERT_TIMES_OUT(CLOCK_MONOTONIC, 40, ts,
                   sem_clockwait(&s, CLOCK_MONOTONIC, &ts), -1);
  ASSERT_EQ(errno, ETIMEDOUT);

  ts.tv_nsec = 2000000000;
  errno = 0;
  ASSERT_EQ(sem_timedwait(&s, &ts), -1);
  ASSERT_EQ(errno, EINVAL);
  // A token that is available is taken whatever the deadline.
  ASSERT_EQ(sem_post(&s), 0);
  ASSERT_EQ(sem_timedwait(&s, &ts), 0);
  ASSERT_EQ(sem_destroy(&s), 0);
}

static sem_t later;

static void *post_later(void *arg) {
  (void)arg;
  sleep_ms(20);
  sem_post(&later);
  return NULL;
}

TEST(timedwait_woken_by_post) {
  ASSERT_EQ(sem_init(&later, 0, 0), 0);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, post_later, NULL), 0);
  struct timespec ts = deadline_in(CLOCK_REALTIME, 5000);
  ASSERT_EQ(sem_timedwait(&later, &ts), 0);
  ASSERT_TRUE(now_ns(CLOCK_REALTIME) < ts_ns(&ts));
  ASSERT_EQ(pthread_join(t, NULL), 0);
  int v;
  ASSERT_EQ(sem_getvalue(&later, &v), 0);
  ASSERT_EQ(v, 0);
}
