// Locks and condition variables under contention, PRIVATE and SHARED scope
// (SHARED across proc_fork), and proc_fork while other threads hold locks.
#include <harness.h>

#include "proc_test.h"
#include "sys_test.h"

#define PINGPONG_ROUNDS 10000

// Two parties hand a turn back and forth: each waits on the condvar until
// `turn` is its own, then passes it on and signals.  A lost wakeup hangs
// the exchange; the watchdog timeouts turn that into a failure.
struct pingpong {
  _Atomic(cloudabi_lock_t) lock;
  _Atomic(cloudabi_condvar_t) cv;
  cloudabi_scope_t scope;
  int turn;
  int rounds[2];
  cloudabi_errno_t error[2];
};

static void play(struct pingpong *p, int me, cloudabi_tid_t tid) {
  cloudabi_errno_t e = 0;
  for (int r = 0; r < PINGPONG_ROUNDS && e == 0; r++) {
    if ((e = pt_lock(&p->lock, tid, p->scope)) != 0)
      break;
    while (p->turn != me && e == 0) {
      bool timed_out = false;
      e = pt_cond_wait(&p->cv, &p->lock, p->scope, 10 * PT_SECOND, &timed_out);
      if (e == 0 && timed_out)
        e = CLOUDABI_ETIMEDOUT;
      // Whatever happened, the lock is held again.
      if ((pt_load(&p->lock) & ~PT_MANAGED) != (tid | PT_WR) && e == 0)
        e = CLOUDABI_EPROTO;
    }
    if (e == 0) {
      p->turn = 1 - me;
      p->rounds[me]++;
      e = pt_cond_signal(&p->cv, p->scope, 1);
    }
    cloudabi_errno_t ue = pt_unlock(&p->lock, tid, p->scope);
    if (e == 0)
      e = ue;
  }
  p->error[me] = e;
}

static void player_thread(cloudabi_tid_t tid, void *arg) { play(arg, 1, tid); }

TEST(condvar_ping_pong_between_threads_private) {
  static struct pingpong p = {.scope = CLOUDABI_SCOPE_PRIVATE};
  struct pt_thread t;
  ASSERT_EQ(pt_spawn(&t, player_thread, &p), 0);
  play(&p, 0, pt_self_tid());
  ASSERT_EQ(pt_join(&t), 0);
  ASSERT_EQ(p.error[0], 0);
  ASSERT_EQ(p.error[1], 0);
  ASSERT_EQ(p.rounds[0], PINGPONG_ROUNDS);
  ASSERT_EQ(p.rounds[1], PINGPONG_ROUNDS);
  ASSERT_EQ(pt_load(&p.cv), 0);
  ASSERT_EQ(pt_load(&p.lock), 0);
}

TEST(condvar_ping_pong_between_threads_shared_scope) {
  static struct pingpong p = {.scope = CLOUDABI_SCOPE_SHARED};
  struct pt_thread t;
  ASSERT_EQ(pt_spawn(&t, player_thread, &p), 0);
  play(&p, 0, pt_self_tid());
  ASSERT_EQ(pt_join(&t), 0);
  ASSERT_EQ(p.error[0], 0);
  ASSERT_EQ(p.error[1], 0);
  ASSERT_EQ(p.rounds[0], PINGPONG_ROUNDS);
  ASSERT_EQ(p.rounds[1], PINGPONG_ROUNDS);
}

static int player_process(cloudabi_tid_t tid, void *arg) {
  struct pingpong *p = arg;
  play(p, 1, tid);
  return p->error[1] == 0 ? 0 : 10;
}

TEST(condvar_ping_pong_between_processes) {
  struct pingpong *p = pt_shared_memory(sizeof(*p));
  ASSERT_TRUE(p != NULL);
  p->scope = CLOUDABI_SCOPE_SHARED;
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(player_process, p, &proc), 0);
  play(p, 0, pt_self_tid());
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 30 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.signal, 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 0);
  ASSERT_EQ(p->error[0], 0);
  ASSERT_EQ(p->rounds[0], PINGPONG_ROUNDS);
  ASSERT_EQ(p->rounds[1], PINGPONG_ROUNDS);
  ASSERT_EQ(pt_load(&p->cv), 0);
  ASSERT_EQ(pt_load(&p->lock), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
}

// Identity of a SHARED lock is the memory, not the address: two threads
// use one shared memory object through two different mappings.
static void player_on_view(cloudabi_tid_t tid, void *arg) { play(arg, 1, tid); }

TEST(shared_scope_identity_is_the_memory_not_the_address) {
  cloudabi_fd_t shm;
  ASSERT_EQ(cloudabi_sys_fd_create1(CLOUDABI_FILETYPE_SHARED_MEMORY, &shm), 0);
  cloudabi_filestat_t size = {.st_size = 4096};
  ASSERT_EQ(cloudabi_sys_file_stat_fput(shm, &size, CLOUDABI_FILESTAT_SIZE), 0);
  void *a, *b;
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
                                 CLOUDABI_MAP_SHARED, shm, 0, &a),
            0);
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
                                 CLOUDABI_MAP_SHARED, shm, 0, &b),
            0);
  ASSERT_NE((uintptr_t)a, (uintptr_t)b);
  struct pingpong *pa = a, *pb = b;
  pa->scope = CLOUDABI_SCOPE_SHARED;
  ASSERT_EQ(pb->scope, CLOUDABI_SCOPE_SHARED);  // one object
  struct pt_thread t;
  ASSERT_EQ(pt_spawn(&t, player_on_view, pb), 0);
  play(pa, 0, pt_self_tid());
  ASSERT_EQ(pt_join(&t), 0);
  ASSERT_EQ(pa->error[0], 0);
  ASSERT_EQ(pa->error[1], 0);
  ASSERT_EQ(pa->rounds[0], PINGPONG_ROUNDS);
  ASSERT_EQ(pa->rounds[1], PINGPONG_ROUNDS);
  ASSERT_EQ(cloudabi_sys_mem_unmap(a, 4096), 0);
  ASSERT_EQ(cloudabi_sys_mem_unmap(b, 4096), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(shm), 0);
}

// Mutual exclusion across processes: two processes with two threads each
// increment one counter in shared memory.
#define COUNT_ROUNDS 20000

struct counter {
  _Atomic(cloudabi_lock_t) lock;
  unsigned long value;
  cloudabi_errno_t error;
};

static void count(struct counter *c, cloudabi_tid_t tid) {
  for (int i = 0; i < COUNT_ROUNDS; i++) {
    cloudabi_errno_t e = pt_lock(&c->lock, tid, CLOUDABI_SCOPE_SHARED);
    if (e == 0) {
      unsigned long v = c->value;
      if ((i & 255) == 0)
        cloudabi_sys_thread_yield();  // invite contention inside
      c->value = v + 1;
      e = pt_unlock(&c->lock, tid, CLOUDABI_SCOPE_SHARED);
    }
    if (e != 0) {
      c->error = e;
      return;
    }
  }
}

static void count_thread(cloudabi_tid_t tid, void *arg) { count(arg, tid); }

static int count_process(cloudabi_tid_t tid, void *arg) {
  struct pt_thread t;
  if (pt_spawn(&t, count_thread, arg) != 0)
    return 10;
  count(arg, tid);
  if (pt_join(&t) != 0)
    return 11;
  return 0;
}

TEST(shared_lock_excludes_across_processes) {
  struct counter *c = pt_shared_memory(sizeof(*c));
  ASSERT_TRUE(c != NULL);
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(count_process, c, &proc), 0);
  ASSERT_EQ(count_process(pt_self_tid(), c), 0);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 60 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 0);
  ASSERT_EQ(c->error, 0);
  ASSERT_EQ(c->value, 4ul * COUNT_ROUNDS);
  ASSERT_EQ(pt_load(&c->lock), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
}

TEST(shared_scope_errors_and_timeouts) {
  cloudabi_tid_t me = pt_self_tid();
  static _Atomic(cloudabi_lock_t) l;
  static _Atomic(cloudabi_condvar_t) cv;
  // Somebody else's lock: no unlocking it, and waiting for it times out.
  l = 12345 | PT_WR;
  ASSERT_EQ(cloudabi_sys_lock_unlock(&l, CLOUDABI_SCOPE_SHARED), CLOUDABI_EPERM);
  cloudabi_subscription_t s = {.type = CLOUDABI_EVENTTYPE_LOCK_WRLOCK,
                               .lock = {.lock = &l, .lock_scope = CLOUDABI_SCOPE_SHARED}};
  bool timed_out = false;
  ASSERT_EQ(pt_wait(&s, 20000000, &timed_out), 0);
  ASSERT_TRUE(timed_out);
  s.type = CLOUDABI_EVENTTYPE_LOCK_RDLOCK;
  ASSERT_EQ(pt_wait(&s, 20000000, &timed_out), 0);
  ASSERT_TRUE(timed_out);
  // The caller's own lock: relocking is EDEADLK.
  l = me | PT_WR;
  s.type = CLOUDABI_EVENTTYPE_LOCK_WRLOCK;
  ASSERT_EQ(pt_wait(&s, 0, NULL), CLOUDABI_EDEADLK);
  // A timed wait on a condvar returns with the lock held and no waiter
  // left behind.
  ASSERT_EQ(pt_cond_wait(&cv, &l, CLOUDABI_SCOPE_SHARED, 20000000, &timed_out), 0);
  ASSERT_TRUE(timed_out);
  ASSERT_EQ(pt_load(&l) & ~PT_MANAGED, me | PT_WR);
  ASSERT_EQ(pt_load(&cv), 0);
  ASSERT_EQ(cloudabi_sys_lock_unlock(&l, CLOUDABI_SCOPE_SHARED), 0);
  ASSERT_EQ(pt_load(&l), 0);
  // Waiting on a condvar without holding the lock is EPERM.
  ASSERT_EQ(pt_cond_wait(&cv, &l, CLOUDABI_SCOPE_SHARED, 20000000, &timed_out), CLOUDABI_EPERM);
  // Read locks: granted while nobody writes.
  s.type = CLOUDABI_EVENTTYPE_LOCK_RDLOCK;
  ASSERT_EQ(pt_wait(&s, 0, NULL), 0);
  ASSERT_EQ(pt_wait(&s, 0, NULL), 0);
  ASSERT_EQ(pt_load(&l) & ~PT_MANAGED, 2);
  // Bad scopes and addresses.
  ASSERT_EQ(cloudabi_sys_lock_unlock(&l, 9), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_condvar_signal(&cv, 9, 1), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_lock_unlock((_Atomic(cloudabi_lock_t) *)8, CLOUDABI_SCOPE_SHARED),
            CLOUDABI_EFAULT);
  ASSERT_EQ(cloudabi_sys_condvar_signal((_Atomic(cloudabi_condvar_t) *)8,
                                        CLOUDABI_SCOPE_SHARED, 1),
            CLOUDABI_EFAULT);
  s.lock.lock = (_Atomic(cloudabi_lock_t) *)8;
  ASSERT_EQ(pt_wait(&s, 0, NULL), CLOUDABI_EFAULT);
}

// A PRIVATE condvar may be used with a SHARED lock (POSIX allows the
// process-shared attributes to differ).
struct mixed {
  _Atomic(cloudabi_lock_t) lock;
  _Atomic(cloudabi_condvar_t) cv;
  int flag;
  cloudabi_errno_t error;
};

static void set_flag(cloudabi_tid_t tid, void *arg) {
  struct mixed *m = arg;
  cloudabi_errno_t e = pt_lock(&m->lock, tid, CLOUDABI_SCOPE_SHARED);
  if (e == 0) {
    m->flag = 1;
    e = pt_cond_signal(&m->cv, CLOUDABI_SCOPE_PRIVATE, 1);
    cloudabi_errno_t ue = pt_unlock(&m->lock, tid, CLOUDABI_SCOPE_SHARED);
    if (e == 0)
      e = ue;
  }
  m->error = e;
}

TEST(private_condvar_with_shared_lock) {
  static struct mixed m;
  cloudabi_tid_t me = pt_self_tid();
  ASSERT_EQ(pt_lock(&m.lock, me, CLOUDABI_SCOPE_SHARED), 0);
  struct pt_thread t;
  ASSERT_EQ(pt_spawn(&t, set_flag, &m), 0);
  while (!m.flag) {
    cloudabi_subscription_t s = {
        .type = CLOUDABI_EVENTTYPE_CONDVAR,
        .condvar = {.condvar = &m.cv, .lock = &m.lock, .condvar_scope = CLOUDABI_SCOPE_PRIVATE,
                    .lock_scope = CLOUDABI_SCOPE_SHARED}};
    bool timed_out = false;
    ASSERT_EQ(pt_wait(&s, 10 * PT_SECOND, &timed_out), 0);
    ASSERT_FALSE(timed_out);
    ASSERT_EQ(pt_load(&m.lock) & ~PT_MANAGED, me | PT_WR);
  }
  ASSERT_EQ(pt_unlock(&m.lock, me, CLOUDABI_SCOPE_SHARED), 0);
  ASSERT_EQ(pt_join(&t), 0);
  ASSERT_EQ(m.error, 0);
  ASSERT_EQ(pt_load(&m.cv), 0);
}

// proc_fork while other threads are inside the runtime: one holds a guest
// lock for good, others keep the descriptor table and the lock wait queues
// busy.  Every child must be able to use both and exit; a runtime lock
// left taken by a vanished thread would hang it (caught by the timeout).
struct busy {
  _Atomic(cloudabi_lock_t) held;      // owned by the holder thread
  _Atomic(cloudabi_lock_t) contended; // churned by the workers
  _Atomic(cloudabi_condvar_t) cv;
  _Atomic(cloudabi_lock_t) release;   // holder waits on this to finish
  cloudabi_tid_t holder_tid;
  volatile int stop;
  cloudabi_errno_t error;
};

static void holder(cloudabi_tid_t tid, void *arg) {
  struct busy *b = arg;
  b->holder_tid = tid;
  if (pt_lock(&b->held, tid, CLOUDABI_SCOPE_PRIVATE) != 0)
    b->error = CLOUDABI_EPROTO;
  // Sleep in the runtime until the test ends.
  while (!b->stop) {
    cloudabi_subscription_t s = {.type = CLOUDABI_EVENTTYPE_CLOCK,
                                 .clock = {.clock_id = CLOUDABI_CLOCK_MONOTONIC,
                                           .timeout = 1000000}};
    cloudabi_event_t ev;
    size_t n;
    cloudabi_sys_poll(&s, &ev, 1, &n);
  }
  pt_unlock(&b->held, tid, CLOUDABI_SCOPE_PRIVATE);
}

// Keeps the descriptor table's lock busy.
static void churn_fds(cloudabi_tid_t tid, void *arg) {
  struct busy *b = arg;
  while (!b->stop) {
    cloudabi_fd_t d;
    cloudabi_errno_t e = cloudabi_sys_fd_dup((cloudabi_fd_t)test_tmpdir(), &d);
    if (e == 0)
      e = cloudabi_sys_fd_close(d);
    if (e != 0) {
      b->error = e;
      return;
    }
  }
}

// Keeps the lock wait queues busy: short condvar waits go through the
// runtime every time.
static void churn_locks(cloudabi_tid_t tid, void *arg) {
  struct busy *b = arg;
  while (!b->stop) {
    cloudabi_errno_t e = pt_lock(&b->contended, tid, CLOUDABI_SCOPE_PRIVATE);
    if (e == 0) {
      bool timed_out;
      e = pt_cond_wait(&b->cv, &b->contended, CLOUDABI_SCOPE_PRIVATE, 1000, &timed_out);
      cloudabi_errno_t ue = pt_unlock(&b->contended, tid, CLOUDABI_SCOPE_PRIVATE);
      if (e == 0)
        e = ue;
    }
    if (e != 0) {
      b->error = e;
      return;
    }
  }
}

static int child_after_busy_fork(cloudabi_tid_t tid, void *arg) {
  struct busy *b = arg;
  // The lock its holder took stays taken: the holder did not come along.
  if ((pt_load(&b->held) & ~PT_MANAGED) != (b->holder_tid | PT_WR))
    return 10;
  cloudabi_subscription_t s = {.type = CLOUDABI_EVENTTYPE_LOCK_WRLOCK,
                               .lock = {.lock = &b->held, .lock_scope = CLOUDABI_SCOPE_PRIVATE}};
  bool timed_out = false;
  if (pt_wait(&s, 1000000, &timed_out) != 0 || !timed_out)
    return 11;
  // Descriptor table and wait queues work.  (Not with `contended`: a
  // worker may have held it at the fork, and that worker is gone too.)
  static _Atomic(cloudabi_lock_t) fresh;
  static _Atomic(cloudabi_condvar_t) fresh_cv;
  for (int i = 0; i < 20; i++) {
    cloudabi_fd_t d;
    if (cloudabi_sys_fd_dup((cloudabi_fd_t)test_tmpdir(), &d) != 0 ||
        cloudabi_sys_fd_close(d) != 0)
      return 12;
    if (pt_lock(&fresh, tid, CLOUDABI_SCOPE_PRIVATE) != 0)
      return 13;
    if (pt_cond_wait(&fresh_cv, &fresh, CLOUDABI_SCOPE_PRIVATE, 1000, &timed_out) != 0)
      return 14;
    if (pt_unlock(&fresh, tid, CLOUDABI_SCOPE_PRIVATE) != 0)
      return 15;
  }
  // And so does making a thread.
  struct pt_thread t;
  struct busy *local = b;
  local->stop = 1;  // this copy's workers are gone; the new one exits
  if (pt_spawn(&t, churn_fds, local) != 0 || pt_join(&t) != 0)
    return 16;
  return 0;
}

TEST(fork_while_other_threads_hold_locks) {
  static struct busy b;
  struct pt_thread h, w[4];
  ASSERT_EQ(pt_spawn(&h, holder, &b), 0);
  for (size_t i = 0; i < 4; i++)
    ASSERT_EQ(pt_spawn(&w[i], i < 2 ? churn_fds : churn_locks, &b), 0);
  while (b.holder_tid == 0 || pt_load(&b.held) == 0)
    cloudabi_sys_thread_yield();
  for (int round = 0; round < 200; round++) {
    cloudabi_fd_t proc;
    ASSERT_EQ(pt_fork_run(child_after_busy_fork, &b, &proc), 0);
    cloudabi_event_t ev;
    ASSERT_EQ(pt_wait_process(proc, 10 * PT_SECOND, &ev), 0);
    ASSERT_EQ(ev.proc_terminate.signal, 0);
    ASSERT_EQ(ev.proc_terminate.exitcode, 0);
    ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
  }
  b.stop = 1;
  for (size_t i = 0; i < 4; i++)
    ASSERT_EQ(pt_join(&w[i]), 0);
  ASSERT_EQ(pt_join(&h), 0);
  ASSERT_EQ(b.error, 0);
}
