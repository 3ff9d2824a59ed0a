// Uncontended operations stay in user space: the libc's system call table
// is made writable and every slot that a lock operation could use is
// replaced by a counting wrapper.
#include <cloudabi_syscalls.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdint.h>
#include <threads.h>

#include "harness.h"
#include "syscalls.h"
#include "util.h"

static atomic_int calls;
static cloudabi_syscall_table_t saved;

static cloudabi_errno_t count_poll(const cloudabi_subscription_t *in,
                                   cloudabi_event_t *out, size_t n,
                                   size_t *nevents) {
  atomic_fetch_add(&calls, 1);
  return saved.poll(in, out, n, nevents);
}

static cloudabi_errno_t count_unlock(_Atomic(cloudabi_lock_t) *lock,
                                     cloudabi_scope_t scope) {
  atomic_fetch_add(&calls, 1);
  return saved.lock_unlock(lock, scope);
}

static cloudabi_errno_t count_signal(_Atomic(cloudabi_condvar_t) *cv,
                                     cloudabi_scope_t scope,
                                     cloudabi_nthreads_t n) {
  atomic_fetch_add(&calls, 1);
  return saved.condvar_signal(cv, scope, n);
}

static cloudabi_errno_t count_yield(void) {
  atomic_fetch_add(&calls, 1);
  return saved.thread_yield();
}

static int set_table_writable(int writable) {
  uintptr_t page = (uintptr_t)&__cloudabi_syscalls & ~(uintptr_t)4095;
  uintptr_t end = ((uintptr_t)(&__cloudabi_syscalls + 1) + 4095) & ~(uintptr_t)4095;
  return cloudabi_sys_mem_protect(
      (void *)page, end - page,
      CLOUDABI_PROT_READ | (writable ? CLOUDABI_PROT_WRITE : 0));
}

static int interpose(void) {
  if (set_table_writable(1) != 0)
    return -1;
  saved = __cloudabi_syscalls;
  __cloudabi_syscalls.poll = count_poll;
  __cloudabi_syscalls.lock_unlock = count_unlock;
  __cloudabi_syscalls.condvar_signal = count_signal;
  __cloudabi_syscalls.thread_yield = count_yield;
  return 0;
}

static void restore(void) {
  __cloudabi_syscalls = saved;
  set_table_writable(0);
}

static pthread_mutex_t contended = PTHREAD_MUTEX_INITIALIZER;

static void *lock_contended(void *arg) {
  (void)arg;
  pthread_mutex_lock(&contended);
  pthread_mutex_unlock(&contended);
  return NULL;
}

TEST(uncontended_operations_make_no_calls) {
  ASSERT_EQ(interpose(), 0);
  atomic_store(&calls, 0);

  pthread_mutexattr_t attr;
  pthread_mutexattr_init(&attr);
  pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, r;
  pthread_mutex_init(&r, &attr);
  pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  pthread_spinlock_t s;
  pthread_spin_init(&s, 0);
  sem_t sem;
  sem_init(&sem, 0, 0);
  pthread_once_t once = PTHREAD_ONCE_INIT;
  mtx_t mtx;
  mtx_init(&mtx, mtx_plain);
  struct timespec far = deadline_in(CLOCK_REALTIME, 60000);
  for (int i = 0; i < 1000; i++) {
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    pthread_mutex_trylock(&m);
    pthread_mutex_unlock(&m);
    pthread_mutex_timedlock(&m, &far);
    pthread_mutex_unlock(&m);
    pthread_mutex_lock(&r);
    pthread_mutex_lock(&r);
    pthread_mutex_unlock(&r);
    pthread_mutex_unlock(&r);
    pthread_rwlock_rdlock(&rw);
    pthread_rwlock_rdlock(&rw);
    pthread_rwlock_unlock(&rw);
    pthread_rwlock_unlock(&rw);
    pthread_rwlock_wrlock(&rw);
    pthread_rwlock_unlock(&rw);
    pthread_cond_signal(&c);
    pthread_cond_broadcast(&c);
    pthread_spin_lock(&s);
    pthread_spin_unlock(&s);
    sem_post(&sem);
    sem_wait(&sem);
    sem_post(&sem);
    sem_trywait(&sem);
    pthread_once(&once, thrd_yield);
    mtx_lock(&mtx);
    mtx_unlock(&mtx);
  }
  int fast = atomic_load(&calls);

  // The counting works: a contended mutex does reach the runtime.
  pthread_mutex_lock(&contended);
  pthread_t t;
  int created = pthread_create(&t, NULL, lock_contended, NULL);
  while (created == 0 &&
         (__atomic_load_n(&contended.__lock, __ATOMIC_RELAXED) & 0x80000000u) == 0)
    sleep_ms(1);
  pthread_mutex_unlock(&contended);
  if (created == 0)
    pthread_join(t, NULL);
  int slow = atomic_load(&calls);
  restore();

  ASSERT_EQ(created, 0);
  ASSERT_EQ(fast, 1);  // pthread_once ran thrd_yield once, nothing else
  ASSERT_TRUE(slow >= fast + 2);  // poll by the waiter, lock_unlock by us
}
