// C11 <threads.h>.
#include <stdatomic.h>
#include <threads.h>
#include <time.h>

#include "harness.h"
#include "util.h"

static int add_one(void *arg) {
  return *(int *)arg + 1;
}

static int exits(void *arg) {
  (void)arg;
  thrd_exit(77);
}

TEST(create_join_exit) {
  int v = 41, result = 0;
  thrd_t t;
  ASSERT_EQ(thrd_create(&t, add_one, &v), thrd_success);
  ASSERT_EQ(thrd_join(t, &result), thrd_success);
  ASSERT_EQ(result, 42);
  ASSERT_EQ(thrd_create(&t, exits, NULL), thrd_success);
  ASSERT_EQ(thrd_join(t, &result), thrd_success);
  ASSERT_EQ(result, 77);
  ASSERT_TRUE(thrd_equal(thrd_current(), thrd_current()));
  ASSERT_EQ(thrd_join(thrd_current(), NULL), thrd_error);
}

static atomic_int detached_ran;

static int detached(void *arg) {
  (void)arg;
  atomic_store(&detached_ran, 1);
  return 0;
}

TEST(detach) {
  thrd_t t;
  ASSERT_EQ(thrd_create(&t, detached, NULL), thrd_success);
  ASSERT_EQ(thrd_detach(t), thrd_success);
  while (!atomic_load(&detached_ran))
    thrd_yield();
}

static mtx_t counter_mtx;
static long counter;

static int count(void *arg) {
  (void)arg;
  for (int i = 0; i < 50000; i++) {
    if (mtx_lock(&counter_mtx) != thrd_success)
      return 1;
    long v = counter;
    __asm__ volatile("" ::: "memory");
    counter = v + 1;
    mtx_unlock(&counter_mtx);
  }
  return 0;
}

TEST(mutex_plain) {
  ASSERT_EQ(mtx_init(&counter_mtx, mtx_plain), thrd_success);
  counter = 0;
  thrd_t t[4];
  for (int i = 0; i < 4; i++)
    ASSERT_EQ(thrd_create(&t[i], count, NULL), thrd_success);
  for (int i = 0; i < 4; i++) {
    int r;
    ASSERT_EQ(thrd_join(t[i], &r), thrd_success);
    ASSERT_EQ(r, 0);
  }
  ASSERT_EQ(counter, 200000);
  ASSERT_EQ(mtx_lock(&counter_mtx), thrd_success);
  ASSERT_EQ(mtx_trylock(&counter_mtx), thrd_busy);
  ASSERT_EQ(mtx_lock(&counter_mtx), thrd_error);  // would deadlock
  ASSERT_EQ(mtx_unlock(&counter_mtx), thrd_success);
  ASSERT_EQ(mtx_unlock(&counter_mtx), thrd_error);
  mtx_destroy(&counter_mtx);
}

TEST(mutex_types) {
  mtx_t m;
  ASSERT_EQ(mtx_init(&m, mtx_recursive), thrd_error);  // needs plain/timed
  ASSERT_EQ(mtx_init(&m, mtx_plain | mtx_timed), thrd_error);
  ASSERT_EQ(mtx_init(&m, mtx_timed | mtx_recursive), thrd_success);
  ASSERT_EQ(mtx_lock(&m), thrd_success);
  ASSERT_EQ(mtx_trylock(&m), thrd_success);
  struct timespec ts = deadline_in(CLOCK_REALTIME, 10);
  ASSERT_EQ(mtx_timedlock(&m, &ts), thrd_success);
  for (int i = 0; i < 3; i++)
    ASSERT_EQ(mtx_unlock(&m), thrd_success);
  ASSERT_EQ(mtx_unlock(&m), thrd_error);
  mtx_destroy(&m);
}

static mtx_t timed;

// Returns mtx_timedlock's result, or -1 if it came back too early or (ten
// times) too late.
static int try_timed(void *arg) {
  (void)arg;
  for (int attempt = 0; attempt < 10; attempt++) {
    struct timespec ts;
    if (timespec_get(&ts, TIME_UTC) != TIME_UTC)
      return -2;
    int64_t deadline = ts_ns(&ts) + 30 * NS_PER_MS;
    ts = ts_from_ns(deadline);
    int r = mtx_timedlock(&timed, &ts);
    int64_t late = now_ns(CLOCK_REALTIME) - deadline;
    if (late < 0)
      return -1;
    if (late < TIMEOUT_SLACK_NS)
      return r;
  }
  return -1;
}

TEST(mutex_timed_timeout) {
  ASSERT_EQ(mtx_init(&timed, mtx_timed), thrd_success);
  ASSERT_EQ(mtx_lock(&timed), thrd_success);
  thrd_t t;
  ASSERT_EQ(thrd_create(&t, try_timed, NULL), thrd_success);
  int r;
  ASSERT_EQ(thrd_join(t, &r), thrd_success);
  ASSERT_EQ(r, thrd_timedout);
  ASSERT_EQ(mtx_unlock(&timed), thrd_success);
}

static mtx_t cm;
static cnd_t cc;
static int ready;

static int wait_ready(void *arg) {
  (void)arg;
  mtx_lock(&cm);
  while (!ready)
    if (cnd_wait(&cc, &cm) != thrd_success)
      return 1;
  mtx_unlock(&cm);
  return 0;
}

TEST(condition_variables) {
  ASSERT_EQ(mtx_init(&cm, mtx_plain), thrd_success);
  ASSERT_EQ(cnd_init(&cc), thrd_success);
  ready = 0;
  thrd_t t[3];
  for (int i = 0; i < 3; i++)
    ASSERT_EQ(thrd_create(&t[i], wait_ready, NULL), thrd_success);
  sleep_ms(10);
  mtx_lock(&cm);
  ready = 1;
  ASSERT_EQ(cnd_broadcast(&cc), thrd_success);
  mtx_unlock(&cm);
  for (int i = 0; i < 3; i++) {
    int r;
    ASSERT_EQ(thrd_join(t[i], &r), thrd_success);
    ASSERT_EQ(r, 0);
  }
  ASSERT_EQ(cnd_signal(&cc), thrd_success);

  mtx_lock(&cm);
  struct timespec ts;
  ASSERT_TIMES_OUT(CLOCK_REALTIME, 30, ts, cnd_timedwait(&cc, &cm, &ts),
                   thrd_timedout);
  ASSERT_EQ(mtx_lock(&cm), thrd_error);  // held again after the timeout
  ASSERT_EQ(mtx_unlock(&cm), thrd_success);
  cnd_destroy(&cc);
  mtx_destroy(&cm);
}

static tss_t tss;
static atomic_int tss_dtor_calls;

static void tss_dtor(void *p) {
  if (p == (void *)&tss)
    atomic_fetch_add(&tss_dtor_calls, 1);
}

static int use_tss(void *arg) {
  (void)arg;
  if (tss_get(tss) != NULL)
    return 1;
  if (tss_set(tss, &tss) != thrd_success || tss_get(tss) != &tss)
    return 2;
  return 0;
}

TEST(thread_specific_storage) {
  ASSERT_EQ(tss_create(&tss, tss_dtor), thrd_success);
  atomic_store(&tss_dtor_calls, 0);
  thrd_t t;
  ASSERT_EQ(thrd_create(&t, use_tss, NULL), thrd_success);
  int r;
  ASSERT_EQ(thrd_join(t, &r), thrd_success);
  ASSERT_EQ(r, 0);
  ASSERT_EQ(atomic_load(&tss_dtor_calls), 1);
  ASSERT_TRUE(tss_get(tss) == NULL);
  tss_delete(tss);
  ASSERT_EQ(TSS_DTOR_ITERATIONS, 4);
}

static once_flag flag = ONCE_FLAG_INIT;
static int once_count;

static void once_fn(void) {
  once_count++;
}

static int do_once(void *arg) {
  (void)arg;
  call_once(&flag, once_fn);
  return once_count;
}

TEST(call_once_runs_once) {
  thrd_t t[4];
  for (int i = 0; i < 4; i++)
    ASSERT_EQ(thrd_create(&t[i], do_once, NULL), thrd_success);
  for (int i = 0; i < 4; i++) {
    int r;
    ASSERT_EQ(thrd_join(t[i], &r), thrd_success);
    ASSERT_EQ(r, 1);
  }
  call_once(&flag, once_fn);
  ASSERT_EQ(once_count, 1);
}

static thread_local int tl = 5;

static int read_tl(void *arg) {
  (void)arg;
  return tl++;
}

TEST(sleep_yield_thread_local) {
  int64_t start = now_ns(CLOCK_MONOTONIC);
  struct timespec d = {.tv_sec = 0, .tv_nsec = 20 * NS_PER_MS};
  ASSERT_EQ(thrd_sleep(&d, NULL), 0);
  ASSERT_TRUE(now_ns(CLOCK_MONOTONIC) - start >= 20 * NS_PER_MS);
  d.tv_nsec = -1;
  ASSERT_TRUE(thrd_sleep(&d, NULL) < -1);
  thrd_yield();
  tl = 9;
  thrd_t t;
  ASSERT_EQ(thrd_create(&t, read_tl, NULL), thrd_success);
  int r;
  ASSERT_EQ(thrd_join(t, &r), thrd_success);
  ASSERT_EQ(r, 5);
  ASSERT_EQ(tl, 9);
}
