// pthread: uncontended mutex lock+unlock, two threads contending for one
// mutex, condition variable ping-pong between two threads, and thread
// create+join.
#include <pthread.h>

#include "bench.h"

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static volatile uint64_t counter;
static uint64_t per_thread;

static void uncontended(uint64_t n) {
  counter = 0;
  uint64_t ns;
  BENCH_BEST(ns, for (uint64_t i = 0; i < n; i++) {
    pthread_mutex_lock(&mutex);
    counter = counter + 1;
    pthread_mutex_unlock(&mutex);
  });
  BENCH_CHECK("mutex_uncontended", counter == n * BENCH_TRIALS, "counter is %llu",
              (unsigned long long)counter);
  bench_report("mutex_uncontended", ns, n);
}

static void *increment(void *arg) {
  (void)arg;
  for (uint64_t i = 0; i < per_thread; i++) {
    BENCH_CHECK("mutex_contended_2thr", pthread_mutex_lock(&mutex) == 0, "lock failed");
    counter = counter + 1;
    pthread_mutex_unlock(&mutex);
  }
  return NULL;
}

// Two threads each add per_thread to the counter under the mutex: no
// increment may be lost.
static void contended(uint64_t n) {
  const char *name = "mutex_contended_2thr";
  counter = 0;
  per_thread = n;
  uint64_t ns;
  BENCH_BEST(ns, {
    pthread_t t;
    BENCH_CHECK(name, pthread_create(&t, NULL, increment, NULL) == 0, "pthread_create failed");
    increment(NULL);
    BENCH_CHECK(name, pthread_join(t, NULL) == 0, "pthread_join failed");
  });
  BENCH_CHECK(name, counter == 2 * n * BENCH_TRIALS, "counter is %llu, want %llu",
              (unsigned long long)counter, (unsigned long long)(2 * n * BENCH_TRIALS));
  bench_report(name, ns, 2 * n);
}

// Ping-pong: `turn` alternates between 0 (main's move) and 1 (the
// partner's); each side waits on the condition variable for its turn.
static int turn;
static uint64_t exchanges;

static void *partner(void *arg) {
  (void)arg;
  pthread_mutex_lock(&mutex);
  for (uint64_t i = 0; i < exchanges; i++) {
    while (turn != 1)
      pthread_cond_wait(&cond, &mutex);
    turn = 0;
    counter = counter + 1;
    pthread_cond_signal(&cond);
  }
  pthread_mutex_unlock(&mutex);
  return NULL;
}

static void ping_pong(uint64_t n) {
  const char *name = "condvar_pingpong";
  counter = 0;
  exchanges = n;
  uint64_t ns;
  BENCH_BEST(ns, {
    pthread_t t;
    turn = 0;
    BENCH_CHECK(name, pthread_create(&t, NULL, partner, NULL) == 0, "pthread_create failed");
    pthread_mutex_lock(&mutex);
    for (uint64_t i = 0; i < n; i++) {
      turn = 1;
      pthread_cond_signal(&cond);
      while (turn != 0)
        pthread_cond_wait(&cond, &mutex);
    }
    pthread_mutex_unlock(&mutex);
    BENCH_CHECK(name, pthread_join(t, NULL) == 0, "pthread_join failed");
  });
  BENCH_CHECK(name, counter == n * BENCH_TRIALS, "%llu answers to %llu calls",
              (unsigned long long)counter, (unsigned long long)(n * BENCH_TRIALS));
  // Per round trip (two wake-ups).
  bench_report(name, ns, n);
}

static void *successor(void *arg) {
  return (void *)((uintptr_t)arg + 1);
}

static void create_join(uint64_t n) {
  const char *name = "thread_create_join";
  uint64_t ns;
  BENCH_BEST(ns, for (uint64_t i = 0; i < n; i++) {
    pthread_t t;
    void *result;
    BENCH_CHECK(name, pthread_create(&t, NULL, successor, (void *)(uintptr_t)i) == 0,
                "pthread_create failed");
    BENCH_CHECK(name, pthread_join(t, &result) == 0, "pthread_join failed");
    BENCH_CHECK(name, (uintptr_t)result == i + 1, "thread %llu returned the wrong value",
                (unsigned long long)i);
  });
  bench_report(name, ns, n);
}

int main(int argc, char **argv) {
  bench_init(argc, argv);
  uncontended(bench_n(1000000));
  contended(bench_n(150000));
  ping_pong(bench_n(4000));
  create_join(bench_n(250));
  return 0;
}
