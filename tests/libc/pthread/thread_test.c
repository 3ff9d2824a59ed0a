// Thread creation, joining, detaching, attributes, and the memory of
// finished threads.
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "util.h"

// Bytes the library currently has mapped for threads (pthread_impl.h).
extern atomic_size_t __pthread_mapped_bytes;

static void *return_arg_plus_one(void *arg) {
  return (char *)arg + 1;
}

TEST(create_join_result) {
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, return_arg_plus_one, (void *)41), 0);
  void *result = NULL;
  ASSERT_EQ(pthread_join(t, &result), 0);
  ASSERT_EQ((intptr_t)result, 42);
}

static void *exit_early(void *arg) {
  pthread_exit((void *)((intptr_t)arg * 2));
}

TEST(pthread_exit_value) {
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, exit_early, (void *)21), 0);
  void *result = NULL;
  ASSERT_EQ(pthread_join(t, &result), 0);
  ASSERT_EQ((intptr_t)result, 42);
}

static void *report_self(void *arg) {
  *(pthread_t *)arg = pthread_self();
  return NULL;
}

TEST(self_and_equal) {
  pthread_t t, seen;
  ASSERT_EQ(pthread_create(&t, NULL, report_self, &seen), 0);
  ASSERT_EQ(pthread_join(t, NULL), 0);
  ASSERT_TRUE(pthread_equal(t, seen));
  ASSERT_FALSE(pthread_equal(t, pthread_self()));
  ASSERT_TRUE(pthread_equal(pthread_self(), pthread_self()));
  ASSERT_FALSE(pthread_equal(pthread_self(), PTHREAD_NULL));
  ASSERT_FALSE(pthread_equal(t, PTHREAD_NULL));
  ASSERT_EQ(pthread_join(pthread_self(), NULL), EDEADLK);
}

// A thread that has exited is only reclaimed by join: nothing stays mapped
// after 1,000 create/join pairs.  Besides the library's own count of mapped
// bytes, the address space shows it: released mappings are reused, so the
// descriptors (which live in the mappings) take only a few addresses.
TEST(join_1000_threads_no_leak) {
  enum { N = 1000 };
  static uintptr_t seen[N];
  size_t nseen = 0;
  size_t before = atomic_load(&__pthread_mapped_bytes);
  for (intptr_t i = 0; i < N; i++) {
    pthread_t t;
    ASSERT_EQ(pthread_create(&t, NULL, return_arg_plus_one, (void *)i), 0);
    ASSERT_TRUE(atomic_load(&__pthread_mapped_bytes) > before);
    size_t j = 0;
    while (j < nseen && seen[j] != (uintptr_t)t)
      j++;
    if (j == nseen)
      seen[nseen++] = (uintptr_t)t;
    void *result;
    ASSERT_EQ(pthread_join(t, &result), 0);
    ASSERT_EQ((intptr_t)result, i + 1);
    ASSERT_EQ(atomic_load(&__pthread_mapped_bytes), before);
  }
  char msg[64];
  snprintf(msg, sizeof(msg), "%zu distinct thread addresses", nseen);
  test_log(msg);
  ASSERT_TRUE(nseen < N / 10);
}

// Many threads alive at once, joined in reverse order.
TEST(many_concurrent_threads) {
  enum { N = 64 };
  pthread_t t[N];
  for (intptr_t i = 0; i < N; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, return_arg_plus_one, (void *)i), 0);
  for (intptr_t i = N - 1; i >= 0; i--) {
    void *result;
    ASSERT_EQ(pthread_join(t[i], &result), 0);
    ASSERT_EQ((intptr_t)result, i + 1);
  }
}

static atomic_int detached_done;

static void *detached_worker(void *arg) {
  (void)arg;
  atomic_fetch_add(&detached_done, 1);
  return NULL;
}

// Detached threads are reclaimed by a later pthread_create, once the
// runtime has let go of them.
TEST(detached_threads_are_reclaimed) {
  size_t before = atomic_load(&__pthread_mapped_bytes);
  pthread_attr_t attr;
  ASSERT_EQ(pthread_attr_init(&attr), 0);
  ASSERT_EQ(pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED), 0);
  int state;
  ASSERT_EQ(pthread_attr_getdetachstate(&attr, &state), 0);
  ASSERT_EQ(state, PTHREAD_CREATE_DETACHED);
  ASSERT_EQ(pthread_attr_setdetachstate(&attr, 7), EINVAL);
  atomic_store(&detached_done, 0);
  for (int i = 0; i < 100; i++) {
    pthread_t t;
    ASSERT_EQ(pthread_create(&t, &attr, detached_worker, NULL), 0);
  }
  while (atomic_load(&detached_done) < 100)
    sleep_ms(1);
  // Each joinable create/join reaps the zombies that have fully exited.
  int tries = 0;
  for (;;) {
    pthread_t t;
    ASSERT_EQ(pthread_create(&t, NULL, return_arg_plus_one, NULL), 0);
    ASSERT_EQ(pthread_join(t, NULL), 0);
    if (atomic_load(&__pthread_mapped_bytes) == before)
      break;
    ASSERT_TRUE(++tries < 1000);
    sleep_ms(1);
  }
  pthread_attr_destroy(&attr);
}

static void *wait_flag(void *arg) {
  while (atomic_load((atomic_int *)arg) == 0)
    sleep_ms(1);
  return NULL;
}

TEST(detach_running_and_finished) {
  size_t before = atomic_load(&__pthread_mapped_bytes);
  // Detached while running: it reclaims itself.
  atomic_int go = 0;
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, wait_flag, &go), 0);
  ASSERT_EQ(pthread_detach(t), 0);
  atomic_store(&go, 1);
  // Detached after it finished: pthread_detach reclaims it.
  pthread_t u;
  atomic_int one = 1;
  ASSERT_EQ(pthread_create(&u, NULL, wait_flag, &one), 0);
  sleep_ms(20);
  ASSERT_EQ(pthread_detach(u), 0);
  int tries = 0;
  while (atomic_load(&__pthread_mapped_bytes) != before) {
    ASSERT_TRUE(++tries < 1000);
    sleep_ms(1);
    pthread_t v;
    ASSERT_EQ(pthread_create(&v, NULL, return_arg_plus_one, NULL), 0);
    ASSERT_EQ(pthread_join(v, NULL), 0);
  }
}

TEST(join_detached_is_einval) {
  atomic_int go = 0;
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, wait_flag, &go), 0);
  ASSERT_EQ(pthread_detach(t), 0);
  ASSERT_EQ(pthread_join(t, NULL), EINVAL);
  ASSERT_EQ(pthread_detach(t), EINVAL);
  atomic_store(&go, 1);
}

static void *use_stack(void *arg) {
  // Arrays live on the SafeStack unsafe stack, scalars on the normal one.
  size_t n = (size_t)arg;
  volatile char buf[n];
  for (size_t i = 0; i < n; i += 4096)
    buf[i] = (char)i;
  uintptr_t sum = 0;
  for (size_t i = 0; i < n; i += 4096)
    sum += (unsigned char)buf[i];
  return (void *)sum;
}

TEST(stack_size_attribute) {
  pthread_attr_t attr;
  ASSERT_EQ(pthread_attr_init(&attr), 0);
  size_t size;
  ASSERT_EQ(pthread_attr_getstacksize(&attr, &size), 0);
  ASSERT_TRUE(size >= PTHREAD_STACK_MIN);
  ASSERT_EQ(pthread_attr_setstacksize(&attr, PTHREAD_STACK_MIN - 1), EINVAL);
  ASSERT_EQ(pthread_attr_setstacksize(&attr, 8 << 20), 0);
  ASSERT_EQ(pthread_attr_getstacksize(&attr, &size), 0);
  ASSERT_EQ(size, 8 << 20);
  // 6 MiB of arrays fit in an 8 MiB thread.
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, &attr, use_stack, (void *)(6 << 20)), 0);
  void *r;
  ASSERT_EQ(pthread_join(t, &r), 0);
  uintptr_t expect = 0;
  for (size_t i = 0; i < (6 << 20); i += 4096)
    expect += (unsigned char)(char)i;
  ASSERT_EQ((uintptr_t)r, expect);
  pthread_attr_destroy(&attr);
}

// Stacks that cannot be mapped: creation fails cleanly, nothing leaks.
TEST(create_fails_without_memory) {
  size_t before = atomic_load(&__pthread_mapped_bytes);
  pthread_attr_t attr;
  ASSERT_EQ(pthread_attr_init(&attr), 0);
  ASSERT_EQ(pthread_attr_setstacksize(&attr, (size_t)1 << 46), 0);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, &attr, return_arg_plus_one, NULL), EAGAIN);
  // (Less if pthread_create released an exited detached thread on the way.)
  ASSERT_TRUE(atomic_load(&__pthread_mapped_bytes) <= before);
  // Still fine afterwards.
  ASSERT_EQ(pthread_create(&t, NULL, return_arg_plus_one, NULL), 0);
  ASSERT_EQ(pthread_join(t, NULL), 0);
}

TEST(guard_size_attribute) {
  pthread_attr_t attr;
  ASSERT_EQ(pthread_attr_init(&attr), 0);
  size_t g;
  ASSERT_EQ(pthread_attr_getguardsize(&attr, &g), 0);
  ASSERT_TRUE(g > 0);
  ASSERT_EQ(pthread_attr_setguardsize(&attr, 0), 0);
  ASSERT_EQ(pthread_attr_getguardsize(&attr, &g), 0);
  ASSERT_EQ(g, 0);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, &attr, use_stack, (void *)65536), 0);
  ASSERT_EQ(pthread_join(t, NULL), 0);
  ASSERT_EQ(pthread_attr_setguardsize(&attr, 3 * 4096 + 1), 0);
  ASSERT_EQ(pthread_create(&t, &attr, use_stack, (void *)65536), 0);
  ASSERT_EQ(pthread_join(t, NULL), 0);
}

static char user_stack[256 * 1024] __attribute__((aligned(16)));

TEST(caller_supplied_stack) {
  pthread_attr_t attr;
  ASSERT_EQ(pthread_attr_init(&attr), 0);
  ASSERT_EQ(pthread_attr_setstack(&attr, user_stack, 100), EINVAL);
  ASSERT_EQ(pthread_attr_setstack(&attr, user_stack, sizeof(user_stack)), 0);
  void *addr;
  size_t size;
  ASSERT_EQ(pthread_attr_getstack(&attr, &addr, &size), 0);
  ASSERT_TRUE(addr == user_stack);
  ASSERT_EQ(size, sizeof(user_stack));
  size_t before = atomic_load(&__pthread_mapped_bytes);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, &attr, return_arg_plus_one, (void *)1), 0);
  void *r;
  ASSERT_EQ(pthread_join(t, &r), 0);
  ASSERT_EQ((intptr_t)r, 2);
  ASSERT_EQ(atomic_load(&__pthread_mapped_bytes), before);
}

static void *named(void *arg) {
  char buf[16];
  if (pthread_setname_np(pthread_self(), "worker-7") != 0)
    return NULL;
  if (pthread_getname_np(pthread_self(), buf, sizeof(buf)) != 0)
    return NULL;
  *(int *)arg = strcmp(buf, "worker-7") == 0;
  return NULL;
}

TEST(thread_names) {
  int ok = 0;
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, named, &ok), 0);
  ASSERT_EQ(pthread_join(t, NULL), 0);
  ASSERT_EQ(ok, 1);
  char buf[16];
  ASSERT_EQ(pthread_setname_np(pthread_self(), "main"), 0);
  ASSERT_EQ(pthread_getname_np(pthread_self(), buf, sizeof(buf)), 0);
  ASSERT_STREQ(buf, "main");
  ASSERT_EQ(pthread_getname_np(pthread_self(), buf, 4), ERANGE);
  ASSERT_EQ(pthread_setname_np(pthread_self(), "0123456789abcdef"), ERANGE);
  ASSERT_EQ(pthread_setname_np(pthread_self(), "0123456789abcde"), 0);
  ASSERT_EQ(pthread_getname_np(pthread_self(), buf, sizeof(buf)), 0);
  ASSERT_STREQ(buf, "0123456789abcde");
}

// Released mappings are cached for reuse: a reused one starts with fresh
// TLS (initialised image, zero .tbss), no key values, no name, and the
// cache stays bounded however many threads come and go.
extern atomic_size_t __pthread_cached_bytes;

static _Thread_local int tl_init = 7;
static _Thread_local int tl_zero;
static _Thread_local char tl_big[3000];
static pthread_key_t reuse_key;

static void *check_fresh_state(void *arg) {
  (void)arg;
  uintptr_t bad = 0;
  if (tl_init != 7)
    bad |= 1;
  if (tl_zero != 0)
    bad |= 2;
  for (size_t i = 0; i < sizeof(tl_big); i++)
    if (tl_big[i] != 0)
      bad |= 4;
  if (pthread_getspecific(reuse_key) != NULL)
    bad |= 8;
  char name[16] = "x";
  if (pthread_getname_np(pthread_self(), name, sizeof(name)) != 0 || name[0] != '\0')
    bad |= 16;
  // Leave state behind for the next thread to (not) see.
  tl_init = 99;
  tl_zero = 99;
  memset(tl_big, 0x5a, sizeof(tl_big));
  pthread_setspecific(reuse_key, &tl_init);
  pthread_setname_np(pthread_self(), "dirty");
  return (void *)bad;
}

TEST(reused_mappings_start_fresh_and_cache_is_bounded) {
  ASSERT_EQ(pthread_key_create(&reuse_key, NULL), 0);
  size_t before = atomic_load(&__pthread_mapped_bytes);
  for (int i = 0; i < 200; i++) {
    pthread_t t;
    ASSERT_EQ(pthread_create(&t, NULL, check_fresh_state, NULL), 0);
    void *r;
    ASSERT_EQ(pthread_join(t, &r), 0);
    ASSERT_EQ((uintptr_t)r, 0);
  }
  ASSERT_EQ(atomic_load(&__pthread_mapped_bytes), before);
  // Many at once: more mappings than the cache holds are released.
  enum { M = 16 };
  pthread_t ts[M];
  for (int i = 0; i < M; i++)
    ASSERT_EQ(pthread_create(&ts[i], NULL, check_fresh_state, NULL), 0);
  for (int i = 0; i < M; i++) {
    void *r;
    ASSERT_EQ(pthread_join(ts[i], &r), 0);
    ASSERT_EQ((uintptr_t)r, 0);
  }
  ASSERT_EQ(atomic_load(&__pthread_mapped_bytes), before);
  size_t cached = atomic_load(&__pthread_cached_bytes);
  ASSERT_TRUE(cached > 0);
  ASSERT_TRUE(cached <= ((size_t)24 << 20));
  // Another 1,000 pairs do not make it grow.
  for (int i = 0; i < 1000; i++) {
    pthread_t t;
    ASSERT_EQ(pthread_create(&t, NULL, check_fresh_state, NULL), 0);
    void *r;
    ASSERT_EQ(pthread_join(t, &r), 0);
    ASSERT_EQ((uintptr_t)r, 0);
  }
  ASSERT_EQ(atomic_load(&__pthread_mapped_bytes), before);
  ASSERT_TRUE(atomic_load(&__pthread_cached_bytes) <= cached);
  pthread_key_delete(reuse_key);
}
