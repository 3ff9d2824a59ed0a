// Process-shared objects (CLOUDABI_SCOPE_SHARED) in shared memory: mutex,
// condvar, rwlock, barrier and semaphores, used by a parent and a child of
// proc_fork; and the child's thread bookkeeping after __pthread_fork_child
// (its one thread has a new tid).
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>

#include "harness.h"
#include "lock.h"
#include "malloc_impl.h"
#include "pthread_impl.h"
#include "util.h"

struct shared {
  pthread_mutex_t mutex;
  pthread_cond_t cond;
  pthread_rwlock_t rwlock;
  pthread_barrier_t barrier;
  int phase[2];
  sem_t ping, pong;
  unsigned long counter;
  int turn;
};

enum { INCREMENTS = 20000, ROUNDS = 2000 };

static struct shared *map_shared(void) {
  void *p;
  if (cloudabi_sys_mem_map(NULL, 4096, CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
                           CLOUDABI_MAP_ANON | CLOUDABI_MAP_SHARED,
                           CLOUDABI_MAP_ANON_FD, 0, &p) != 0)
    return NULL;
  return p;
}

static void *nothing(void *arg) {
  return arg;
}

// The child's share of the work; returns its exit status.
static int child(struct shared *s, cloudabi_tid_t tid) {
  if (lock_self() != tid)
    return 10;
  // Threads still work in the child.
  pthread_t t;
  void *r;
  if (pthread_create(&t, NULL, nothing, (void *)5) != 0 ||
      pthread_join(t, &r) != 0 || r != (void *)5)
    return 11;
  for (int i = 0; i < INCREMENTS; i++) {
    if (pthread_mutex_lock(&s->mutex) != 0)
      return 12;
    s->counter++;
    if (pthread_mutex_unlock(&s->mutex) != 0)
      return 13;
  }
  // Condition variable ping-pong: the child plays turn 1.
  pthread_mutex_lock(&s->mutex);
  for (int i = 0; i < ROUNDS; i++) {
    while (s->turn != 1)
      if (pthread_cond_wait(&s->cond, &s->mutex) != 0)
        return 14;
    s->turn = 0;
    pthread_cond_signal(&s->cond);
  }
  pthread_mutex_unlock(&s->mutex);
  // Semaphore ping-pong.
  for (int i = 0; i < ROUNDS; i++) {
    if (sem_wait(&s->ping) != 0)
      return 15;
    sem_post(&s->pong);
  }
  // Barrier rounds: each side sees the other's phase after every wait.
  for (int i = 1; i <= ROUNDS / 10; i++) {
    s->phase[1] = i;
    int r = pthread_barrier_wait(&s->barrier);
    if ((r != 0 && r != PTHREAD_BARRIER_SERIAL_THREAD) || s->phase[0] != i)
      return 18;
    if (pthread_barrier_wait(&s->barrier) < -1)
      return 19;
  }
  // A write lock the parent waits for.
  if (pthread_rwlock_wrlock(&s->rwlock) != 0)
    return 16;
  sleep_ms(20);
  s->counter += 1000000;
  if (pthread_rwlock_unlock(&s->rwlock) != 0)
    return 17;
  return 0;
}

TEST(process_shared_objects) {
  struct shared *s = map_shared();
  ASSERT_TRUE(s != NULL);
  pthread_mutexattr_t ma;
  pthread_mutexattr_init(&ma);
  pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
  ASSERT_EQ(pthread_mutex_init(&s->mutex, &ma), 0);
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED);
  ASSERT_EQ(pthread_cond_init(&s->cond, &ca), 0);
  pthread_rwlockattr_t ra;
  pthread_rwlockattr_init(&ra);
  pthread_rwlockattr_setpshared(&ra, PTHREAD_PROCESS_SHARED);
  ASSERT_EQ(pthread_rwlock_init(&s->rwlock, &ra), 0);
  pthread_barrierattr_t ba;
  pthread_barrierattr_init(&ba);
  pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED);
  ASSERT_EQ(pthread_barrier_init(&s->barrier, &ba, 2), 0);
  ASSERT_EQ(sem_init(&s->ping, 1, 0), 0);
  ASSERT_EQ(sem_init(&s->pong, 1, 0), 0);
  s->counter = 0;
  s->turn = 0;

  cloudabi_fd_t fd;
  cloudabi_tid_t tid;
  __malloc_fork_prepare();
  cloudabi_errno_t e = cloudabi_sys_proc_fork(&fd, &tid);
  if (e == 0 && fd == CLOUDABI_PROCESS_CHILD) {
    __malloc_fork_child();
    __pthread_fork_child(tid);
    cloudabi_sys_proc_exit((cloudabi_exitcode_t)child(s, tid));
  }
  __malloc_fork_parent();
  ASSERT_EQ(e, 0);

  for (int i = 0; i < INCREMENTS; i++) {
    ASSERT_EQ(pthread_mutex_lock(&s->mutex), 0);
    s->counter++;
    ASSERT_EQ(pthread_mutex_unlock(&s->mutex), 0);
  }
  ASSERT_EQ(pthread_mutex_lock(&s->mutex), 0);
  for (int i = 0; i < ROUNDS; i++) {
    while (s->turn != 0)
      ASSERT_EQ(pthread_cond_wait(&s->cond, &s->mutex), 0);
    s->turn = 1;
    ASSERT_EQ(pthread_cond_signal(&s->cond), 0);
  }
  ASSERT_EQ(pthread_mutex_unlock(&s->mutex), 0);
  for (int i = 0; i < ROUNDS; i++) {
    ASSERT_EQ(sem_post(&s->ping), 0);
    ASSERT_EQ(sem_wait(&s->pong), 0);
  }
  for (int i = 1; i <= ROUNDS / 10; i++) {
    s->phase[0] = i;
    int r = pthread_barrier_wait(&s->barrier);
    ASSERT_TRUE(r == 0 || r == PTHREAD_BARRIER_SERIAL_THREAD);
    ASSERT_EQ(s->phase[1], i);
    r = pthread_barrier_wait(&s->barrier);
    ASSERT_TRUE(r == 0 || r == PTHREAD_BARRIER_SERIAL_THREAD);
  }
  // Wait for the child's write lock, then read.
  while (__atomic_load_n(&s->rwlock.__lock, __ATOMIC_ACQUIRE) == 0) {
    cloudabi_subscription_t sub = {
        .type = CLOUDABI_EVENTTYPE_CLOCK,
        .clock.clock_id = CLOUDABI_CLOCK_MONOTONIC,
        .clock.timeout = 1000000,
    };
    cloudabi_event_t ev;
    size_t n;
    cloudabi_sys_poll(&sub, &ev, 1, &n);
  }
  ASSERT_EQ(pthread_rwlock_rdlock(&s->rwlock), 0);
  unsigned long seen = s->counter;
  ASSERT_EQ(pthread_rwlock_unlock(&s->rwlock), 0);

  cloudabi_subscription_t sub = {
      .type = CLOUDABI_EVENTTYPE_PROC_TERMINATE,
      .proc_terminate.fd = fd,
  };
  cloudabi_event_t ev;
  size_t n;
  ASSERT_EQ(cloudabi_sys_poll(&sub, &ev, 1, &n), 0);
  ASSERT_EQ(n, 1);
  ASSERT_EQ(ev.error, 0);
  ASSERT_EQ(ev.proc_terminate.signal, 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 0);
  cloudabi_sys_fd_close(fd);
  ASSERT_EQ(seen, 2UL * INCREMENTS + 1000000);
}
