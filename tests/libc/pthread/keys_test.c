// pthread_key_* and their destructors, thread_local destructors
// (__cxa_thread_atexit_impl) and pthread_once.
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "harness.h"
#include "util.h"

int __cxa_thread_atexit_impl(void (*)(void *), void *, void *);

static pthread_key_t key;
static atomic_int dtor_calls;
static void *dtor_value;

static void record_dtor(void *value) {
  atomic_fetch_add(&dtor_calls, 1);
  dtor_value = value;
  // During the destructor the value already reads as NULL.
  if (pthread_getspecific(key) != NULL)
    dtor_value = NULL;
}

static void *set_value(void *arg) {
  if (pthread_getspecific(key) != NULL)
    return (void *)1;
  if (pthread_setspecific(key, arg) != 0)
    return (void *)2;
  if (pthread_getspecific(key) != arg)
    return (void *)3;
  return NULL;
}

TEST(key_destructor_runs_once_with_value) {
  ASSERT_EQ(pthread_key_create(&key, record_dtor), 0);
  atomic_store(&dtor_calls, 0);
  static int object;
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, set_value, &object), 0);
  void *r;
  ASSERT_EQ(pthread_join(t, &r), 0);
  ASSERT_TRUE(r == NULL);
  ASSERT_EQ(atomic_load(&dtor_calls), 1);
  ASSERT_TRUE(dtor_value == &object);
  // The main thread's value is separate.
  ASSERT_TRUE(pthread_getspecific(key) == NULL);
  ASSERT_EQ(pthread_key_delete(key), 0);
}

static pthread_key_t sticky_key;
static atomic_int sticky_calls;

static void sticky_dtor(void *value) {
  atomic_fetch_add(&sticky_calls, 1);
  pthread_setspecific(sticky_key, value);  // keeps coming back
}

static void *set_sticky(void *arg) {
  pthread_setspecific(sticky_key, arg);
  return NULL;
}

TEST(destructor_iterations_are_bounded) {
  ASSERT_EQ(pthread_key_create(&sticky_key, sticky_dtor), 0);
  atomic_store(&sticky_calls, 0);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, set_sticky, (void *)1), 0);
  ASSERT_EQ(pthread_join(t, NULL), 0);
  ASSERT_EQ(atomic_load(&sticky_calls), PTHREAD_DESTRUCTOR_ITERATIONS);
  ASSERT_EQ(pthread_key_delete(sticky_key), 0);
}

static void *set_null(void *arg) {
  pthread_setspecific(key, arg);
  pthread_setspecific(key, NULL);
  return NULL;
}

TEST(null_values_have_no_destructor_call) {
  ASSERT_EQ(pthread_key_create(&key, record_dtor), 0);
  atomic_store(&dtor_calls, 0);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, set_null, (void *)5), 0);
  ASSERT_EQ(pthread_join(t, NULL), 0);
  ASSERT_EQ(atomic_load(&dtor_calls), 0);
  ASSERT_EQ(pthread_key_delete(key), 0);
}

TEST(deleted_key_values_are_gone) {
  pthread_key_t k1, k2;
  ASSERT_EQ(pthread_key_create(&k1, NULL), 0);
  ASSERT_EQ(pthread_setspecific(k1, (void *)9), 0);
  ASSERT_TRUE(pthread_getspecific(k1) == (void *)9);
  ASSERT_EQ(pthread_key_delete(k1), 0);
  ASSERT_EQ(pthread_key_delete(k1), EINVAL);
  ASSERT_EQ(pthread_setspecific(k1, (void *)1), EINVAL);
  // The slot is reused, but the old value does not reappear.
  ASSERT_EQ(pthread_key_create(&k2, NULL), 0);
  ASSERT_EQ(k2, k1);
  ASSERT_TRUE(pthread_getspecific(k2) == NULL);
  ASSERT_EQ(pthread_key_delete(k2), 0);
  ASSERT_TRUE(pthread_getspecific(PTHREAD_KEYS_MAX) == NULL);
  ASSERT_EQ(pthread_setspecific(PTHREAD_KEYS_MAX, NULL), EINVAL);
}

TEST(keys_run_out) {
  pthread_key_t keys[PTHREAD_KEYS_MAX + 1];
  int n = 0;
  while (n <= PTHREAD_KEYS_MAX && pthread_key_create(&keys[n], NULL) == 0)
    n++;
  ASSERT_TRUE(n <= PTHREAD_KEYS_MAX);
  ASSERT_TRUE(n >= PTHREAD_KEYS_MAX - 8);  // a few may be used by the libc
  pthread_key_t extra;
  ASSERT_EQ(pthread_key_create(&extra, NULL), EAGAIN);
  for (int i = 0; i < n; i++)
    ASSERT_EQ(pthread_key_delete(keys[i]), 0);
}

// thread_local destructors run newest first, and before key destructors.
static char order[8];
static atomic_int order_len;

static void note(void *c) {
  order[atomic_fetch_add(&order_len, 1)] = *(char *)c;
}

static void key_note(void *c) {
  note(c);
}

static void *register_dtors(void *arg) {
  (void)arg;
  static char a = 'a', b = 'b', k = 'k';
  pthread_setspecific(key, &k);
  __cxa_thread_atexit_impl(note, &a, NULL);
  __cxa_thread_atexit_impl(note, &b, NULL);
  return NULL;
}

TEST(thread_local_destructors) {
  ASSERT_EQ(pthread_key_create(&key, key_note), 0);
  atomic_store(&order_len, 0);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, register_dtors, NULL), 0);
  ASSERT_EQ(pthread_join(t, NULL), 0);
  ASSERT_EQ(atomic_load(&order_len), 3);
  ASSERT_EQ(order[0], 'b');
  ASSERT_EQ(order[1], 'a');
  ASSERT_EQ(order[2], 'k');
  ASSERT_EQ(pthread_key_delete(key), 0);
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static atomic_int once_calls;
static atomic_int once_done;

static void once_routine(void) {
  sleep_ms(20);  // others arrive meanwhile and must wait
  atomic_fetch_add(&once_calls, 1);
  atomic_store(&once_done, 1);
}

static void *call_once_routine(void *arg) {
  (void)arg;
  pthread_once(&once, once_routine);
  return (void *)(intptr_t)atomic_load(&once_done);
}

TEST(once_runs_exactly_once) {
  enum { N = 8 };
  pthread_t t[N];
  for (int i = 0; i < N; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, call_once_routine, NULL), 0);
  for (int i = 0; i < N; i++) {
    void *done;
    ASSERT_EQ(pthread_join(t[i], &done), 0);
    ASSERT_EQ((intptr_t)done, 1);  // nobody returned before it finished
  }
  ASSERT_EQ(pthread_once(&once, once_routine), 0);
  ASSERT_EQ(atomic_load(&once_calls), 1);
}
