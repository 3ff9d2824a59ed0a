// Each thread gets its own TLS block initialised from the PT_TLS image
// (.tdata copied, .tbss zeroed, alignment honoured) and its own SafeStack
// unsafe stack.
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "harness.h"
#include "util.h"

static _Thread_local int tls_int = 42;
static _Thread_local char tls_str[16] = "image";
static _Thread_local long tls_zero[64];
static _Thread_local _Alignas(256) char tls_aligned[8] = {1, 2, 3};

struct tls_report {
  int index;
  int ok_init;       // values seen on entry equal the image
  int aligned;       // tls_aligned is 256-byte aligned
  uintptr_t addr_int;
  uintptr_t addr_unsafe;  // an array on the unsafe stack
  int value_after;   // tls_int after the others changed theirs
};

static pthread_barrier_t barrier;

static void *tls_worker(void *arg) {
  struct tls_report *r = arg;
  int zero = 1;
  for (int i = 0; i < 64; i++)
    zero &= tls_zero[i] == 0;
  r->ok_init = tls_int == 42 && strcmp(tls_str, "image") == 0 && zero &&
               tls_aligned[0] == 1 && tls_aligned[2] == 3;
  r->aligned = ((uintptr_t)tls_aligned & 255) == 0;
  r->addr_int = (uintptr_t)&tls_int;
  volatile char unsafe_array[64];
  unsafe_array[0] = 1;
  r->addr_unsafe = (uintptr_t)unsafe_array;
  // Everyone writes its own value, then checks after all others wrote.
  tls_int = r->index;
  int mine = tls_int;
  tls_str[0] = 'X';
  tls_zero[5] = mine;
  pthread_barrier_wait(&barrier);
  r->value_after = tls_int == mine && tls_zero[5] == mine ? mine : -1;
  pthread_barrier_wait(&barrier);
  return NULL;
}

TEST(tls_per_thread_from_image) {
  enum { N = 8 };
  struct tls_report r[N];
  memset(r, 0, sizeof(r));
  pthread_t t[N];
  tls_int = 7;  // the initial thread's copy: not the image
  ASSERT_EQ(pthread_barrier_init(&barrier, NULL, N), 0);
  for (int i = 0; i < N; i++) {
    r[i].index = i + 100;
    ASSERT_EQ(pthread_create(&t[i], NULL, tls_worker, &r[i]), 0);
  }
  for (int i = 0; i < N; i++)
    ASSERT_EQ(pthread_join(t[i], NULL), 0);
  for (int i = 0; i < N; i++) {
    ASSERT_TRUE(r[i].ok_init);
    ASSERT_TRUE(r[i].aligned);
    ASSERT_EQ(r[i].value_after, i + 100);
    ASSERT_NE(r[i].addr_int, (uintptr_t)&tls_int);
    for (int j = 0; j < i; j++) {
      ASSERT_NE(r[i].addr_int, r[j].addr_int);
      ASSERT_NE(r[i].addr_unsafe, r[j].addr_unsafe);
    }
  }
  ASSERT_EQ(tls_int, 7);
  ASSERT_STREQ(tls_str, "image");
  ASSERT_EQ(((uintptr_t)tls_aligned & 255), 0);
  pthread_barrier_destroy(&barrier);
}

// errno is thread-local as well.
#include <errno.h>

static void *set_errno(void *arg) {
  errno = (int)(intptr_t)arg;
  sleep_ms(5);
  return (void *)(intptr_t)errno;
}

TEST(errno_per_thread) {
  errno = 1234;
  pthread_t a, b;
  ASSERT_EQ(pthread_create(&a, NULL, set_errno, (void *)11), 0);
  ASSERT_EQ(pthread_create(&b, NULL, set_errno, (void *)22), 0);
  void *ra, *rb;
  ASSERT_EQ(pthread_join(a, &ra), 0);
  ASSERT_EQ(pthread_join(b, &rb), 0);
  ASSERT_EQ((intptr_t)ra, 11);
  ASSERT_EQ((intptr_t)rb, 22);
  ASSERT_EQ(errno, 1234);
}
