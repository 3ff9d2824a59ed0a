// The libc-internal mutex of lock.h, for stdio and malloc.
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "harness.h"
#include "lock.h"
#include "util.h"

static libc_lock_t lock = LIBC_LOCK_INITIALIZER;
static unsigned long counter;

static void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < 100000; i++) {
    libc_lock_acquire(&lock);
    unsigned long v = counter;
    __asm__ volatile("" ::: "memory");
    counter = v + 1;
    libc_lock_release(&lock);
  }
  return NULL;
}

TEST(exclusion) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, worker, NULL), 0);
  for (int i = 0; i < 4; i++)
    ASSERT_EQ(pthread_join(t[i], NULL), 0);
  ASSERT_EQ(counter, 400000);
  ASSERT_EQ(atomic_load(&lock.word), 0);
}

static void *try_it(void *arg) {
  return (void *)(intptr_t)libc_lock_tryacquire(arg);
}

TEST(try_and_owner) {
  libc_lock_t l = LIBC_LOCK_INITIALIZER;
  ASSERT_TRUE(libc_lock_tryacquire(&l));
  ASSERT_EQ(atomic_load(&l.word), lock_self() | CLOUDABI_LOCK_WRLOCKED);
  ASSERT_FALSE(libc_lock_tryacquire(&l));
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, try_it, &l), 0);
  void *r;
  ASSERT_EQ(pthread_join(t, &r), 0);
  ASSERT_EQ((intptr_t)r, 0);
  libc_lock_release(&l);
  ASSERT_EQ(atomic_load(&l.word), 0);
  ASSERT_EQ(pthread_create(&t, NULL, try_it, &l), 0);
  ASSERT_EQ(pthread_join(t, &r), 0);
  ASSERT_EQ((intptr_t)r, 1);
}

// Thread ids are distinct, non-zero and fit in 30 bits.
static void *report_tid(void *arg) {
  (void)arg;
  return (void *)(uintptr_t)lock_self();
}

TEST(thread_ids) {
  cloudabi_tid_t main_tid = lock_self();
  ASSERT_NE(main_tid, 0);
  ASSERT_EQ(main_tid & 0xc0000000u, 0);
  pthread_t a, b;
  ASSERT_EQ(pthread_create(&a, NULL, report_tid, NULL), 0);
  ASSERT_EQ(pthread_create(&b, NULL, report_tid, NULL), 0);
  void *ta, *tb;
  ASSERT_EQ(pthread_join(a, &ta), 0);
  ASSERT_EQ(pthread_join(b, &tb), 0);
  ASSERT_NE((uintptr_t)ta, 0);
  ASSERT_NE((uintptr_t)ta, main_tid);
  ASSERT_NE((uintptr_t)tb, main_tid);
  ASSERT_NE((uintptr_t)ta, (uintptr_t)tb);
  ASSERT_EQ((uintptr_t)ta & 0xc0000000u, 0);
}

// The recursive variant, as stdio's FILE locks need.
static libc_rlock_t rlock = LIBC_RLOCK_INITIALIZER;
static unsigned long rcounter;

static void *rworker(void *arg) {
  (void)arg;
  for (int i = 0; i < 50000; i++) {
    libc_rlock_acquire(&rlock);
    libc_rlock_acquire(&rlock);  // nested, like flockfile around putc
    unsigned long v = rcounter;
    __asm__ volatile("" ::: "memory");
    rcounter = v + 1;
    libc_rlock_release(&rlock);
    libc_rlock_release(&rlock);
  }
  return NULL;
}

static void *rtry(void *arg) {
  return (void *)(intptr_t)libc_rlock_tryacquire(arg);
}

TEST(recursive_lock) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, rworker, NULL), 0);
  for (int i = 0; i < 4; i++)
    ASSERT_EQ(pthread_join(t[i], NULL), 0);
  ASSERT_EQ(rcounter, 200000);
  ASSERT_EQ(atomic_load(&rlock.word), 0);

  libc_rlock_t l = LIBC_RLOCK_INITIALIZER;
  ASSERT_TRUE(libc_rlock_tryacquire(&l));
  ASSERT_TRUE(libc_rlock_tryacquire(&l));
  libc_rlock_acquire(&l);
  ASSERT_EQ(l.depth, 3);
  pthread_t o;
  void *r;
  ASSERT_EQ(pthread_create(&o, NULL, rtry, &l), 0);
  ASSERT_EQ(pthread_join(o, &r), 0);
  ASSERT_EQ((intptr_t)r, 0);
  libc_rlock_release(&l);
  libc_rlock_release(&l);
  ASSERT_NE(atomic_load(&l.word), 0);
  libc_rlock_release(&l);
  ASSERT_EQ(atomic_load(&l.word), 0);
  libc_rlock_acquire(&l);
  libc_rlock_reset(&l);
  ASSERT_EQ(atomic_load(&l.word), 0);
  ASSERT_EQ(l.depth, 0);
}
