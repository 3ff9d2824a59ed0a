// Helpers of the process, exec and lock tests: raw threads (thread_create
// with a join lock, no libc), the lock protocol of cloudabi-abi.md §7 with a
// scope argument, and waiting for a forked child through its process
// descriptor.
//
// Code that runs on a raw thread has no TLS: it may call only the
// cloudabi_sys_* functions and these helpers (the test programs are built
// without SafeStack, whose unsafe stack pointer lives in TLS).  Failures on
// such threads are recorded in memory and asserted by the main thread.
#ifndef TESTS_RUNTIME_PROC_TEST_H
#define TESTS_RUNTIME_PROC_TEST_H

#include <cloudabi_syscalls.h>
#include <stdbool.h>
#include <stdint.h>

#define PT_WR CLOUDABI_LOCK_WRLOCKED
#define PT_MANAGED CLOUDABI_LOCK_KERNEL_MANAGED
#define PT_SECOND 1000000000ull

static inline bool pt_cas(_Atomic(uint32_t) *w, uint32_t expected, uint32_t desired) {
  return __atomic_compare_exchange_n((uint32_t *)w, &expected, desired, false, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE);
}

static inline uint32_t pt_load(const _Atomic(uint32_t) *w) {
  return __atomic_load_n((const uint32_t *)w, __ATOMIC_ACQUIRE);
}

// One lock or condvar subscription, optionally with a relative timeout
// (0: none).  Returns the call's error, or the event's.
static inline cloudabi_errno_t pt_wait(cloudabi_subscription_t *first,
                                       cloudabi_timestamp_t timeout, bool *timed_out) {
  cloudabi_subscription_t subs[2] = {*first};
  subs[0].userdata = 1;
  size_t n = 1;
  if (timeout != 0) {
    subs[1] = (cloudabi_subscription_t){
        .userdata = 2,
        .type = CLOUDABI_EVENTTYPE_CLOCK,
        .clock = {.clock_id = CLOUDABI_CLOCK_MONOTONIC, .timeout = timeout}};
    n = 2;
  }
  cloudabi_event_t ev[2];
  size_t nev = 0;
  cloudabi_errno_t e = cloudabi_sys_poll(subs, ev, n, &nev);
  if (e != 0)
    return e;
  if (nev != 1)
    return CLOUDABI_EPROTO;
  if (timed_out != NULL)
    *timed_out = ev[0].userdata == 2;
  return ev[0].error;
}

static inline cloudabi_errno_t pt_lock(_Atomic(cloudabi_lock_t) *l, cloudabi_tid_t tid,
                                       cloudabi_scope_t scope) {
  if (pt_cas(l, 0, tid | PT_WR))
    return 0;
  cloudabi_subscription_t s = {.type = CLOUDABI_EVENTTYPE_LOCK_WRLOCK,
                               .lock = {.lock = l, .lock_scope = scope}};
  return pt_wait(&s, 0, NULL);
}

static inline cloudabi_errno_t pt_unlock(_Atomic(cloudabi_lock_t) *l, cloudabi_tid_t tid,
                                         cloudabi_scope_t scope) {
  if (pt_cas(l, tid | PT_WR, 0))
    return 0;
  return cloudabi_sys_lock_unlock(l, scope);
}

// Waits on cv (lock held for writing); returns with the lock held.
static inline cloudabi_errno_t pt_cond_wait(_Atomic(cloudabi_condvar_t) *cv,
                                            _Atomic(cloudabi_lock_t) *l, cloudabi_scope_t scope,
                                            cloudabi_timestamp_t timeout, bool *timed_out) {
  cloudabi_subscription_t s = {
      .type = CLOUDABI_EVENTTYPE_CONDVAR,
      .condvar = {.condvar = cv, .lock = l, .condvar_scope = scope, .lock_scope = scope}};
  return pt_wait(&s, timeout, timed_out);
}

static inline cloudabi_errno_t pt_cond_signal(_Atomic(cloudabi_condvar_t) *cv,
                                              cloudabi_scope_t scope, cloudabi_nthreads_t n) {
  if (pt_load(cv) == CLOUDABI_CONDVAR_HAS_NO_WAITERS)
    return 0;
  return cloudabi_sys_condvar_signal(cv, scope, n);
}

// The calling thread's tid: an uncontended lock taken through the runtime
// carries its owner's tid.
static inline cloudabi_tid_t pt_self_tid(void) {
  _Atomic(cloudabi_lock_t) probe = 0;
  cloudabi_subscription_t s = {.type = CLOUDABI_EVENTTYPE_LOCK_WRLOCK,
                               .lock = {.lock = &probe, .lock_scope = CLOUDABI_SCOPE_PRIVATE}};
  if (pt_wait(&s, 0, NULL) != 0)
    return 0;
  return pt_load(&probe) & ~(PT_WR | PT_MANAGED);
}

// A raw thread.  `join` is write-locked by the thread while it runs.
struct pt_thread {
  _Atomic(cloudabi_lock_t) join;
  cloudabi_tid_t tid;
  void (*fn)(cloudabi_tid_t tid, void *arg);
  void *arg;
};

static void pt_thread_entry(cloudabi_tid_t tid, void *arg) {
  struct pt_thread *t = arg;
  pt_cas(&t->join, CLOUDABI_LOCK_BOGUS, tid | PT_WR);
  t->fn(tid, t->arg);
  cloudabi_sys_thread_exit(&t->join, CLOUDABI_SCOPE_PRIVATE);
}

static inline cloudabi_errno_t pt_spawn(struct pt_thread *t, void (*fn)(cloudabi_tid_t, void *),
                                        void *arg) {
  t->join = CLOUDABI_LOCK_BOGUS;
  t->fn = fn;
  t->arg = arg;
  void *stack;
  const size_t len = 65536;
  cloudabi_errno_t e =
      cloudabi_sys_mem_map(NULL, len, CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
                           CLOUDABI_MAP_ANON | CLOUDABI_MAP_PRIVATE, CLOUDABI_MAP_ANON_FD, 0,
                           &stack);
  if (e != 0)
    return e;
  cloudabi_threadattr_t attr = {
      .entry_point = pt_thread_entry, .stack = stack, .stack_len = len, .argument = t};
  e = cloudabi_sys_thread_create(&attr, &t->tid);
  if (e == 0)
    pt_cas(&t->join, CLOUDABI_LOCK_BOGUS, t->tid | PT_WR);
  return e;
}

// Blocks until the thread has exited (a read lock on its join word).
static inline cloudabi_errno_t pt_join(struct pt_thread *t) {
  if ((pt_load(&t->join) & PT_WR) == 0)
    return 0;
  cloudabi_subscription_t s = {.type = CLOUDABI_EVENTTYPE_LOCK_RDLOCK,
                               .lock = {.lock = &t->join, .lock_scope = CLOUDABI_SCOPE_PRIVATE}};
  return pt_wait(&s, 0, NULL);
}

// Waits (up to `timeout` ns) for the process behind `fd` to end.  Returns
// the call's error, ETIMEDOUT, or the event's error; *ev holds the event.
static inline cloudabi_errno_t pt_wait_process(cloudabi_fd_t fd, cloudabi_timestamp_t timeout,
                                               cloudabi_event_t *ev) {
  cloudabi_subscription_t subs[2] = {
      {.userdata = 1, .type = CLOUDABI_EVENTTYPE_PROC_TERMINATE, .proc_terminate = {.fd = fd}},
      {.userdata = 2,
       .type = CLOUDABI_EVENTTYPE_CLOCK,
       .clock = {.clock_id = CLOUDABI_CLOCK_MONOTONIC, .timeout = timeout}},
  };
  cloudabi_event_t evs[2];
  size_t nev = 0;
  cloudabi_errno_t e = cloudabi_sys_poll(subs, evs, 2, &nev);
  if (e != 0)
    return e;
  for (size_t i = 0; i < nev; i++)
    if (evs[i].userdata == 1) {
      *ev = evs[i];
      return evs[i].error;
    }
  return CLOUDABI_ETIMEDOUT;
}

// Forks; in the child runs fn and exits with its result.  Returns the
// parent's error; *proc receives the process descriptor.
static inline cloudabi_errno_t pt_fork_run(int (*fn)(cloudabi_tid_t tid, void *arg), void *arg,
                                           cloudabi_fd_t *proc) {
  cloudabi_tid_t tid;
  cloudabi_errno_t e = cloudabi_sys_proc_fork(proc, &tid);
  if (e != 0)
    return e;
  if (*proc == CLOUDABI_PROCESS_CHILD)
    cloudabi_sys_proc_exit((cloudabi_exitcode_t)fn(tid, arg));
  return 0;
}

// Blocks until fd is readable or 60 seconds have passed.  Children that
// should be killed wait with this rather than forever, so that a runtime
// failing to kill them cannot leave them holding the test's output open.
static inline void pt_block_on(cloudabi_fd_t fd) {
  cloudabi_subscription_t subs[2] = {
      {.userdata = 1, .type = CLOUDABI_EVENTTYPE_FD_READ, .fd_readwrite = {.fd = fd}},
      {.userdata = 2,
       .type = CLOUDABI_EVENTTYPE_CLOCK,
       .clock = {.clock_id = CLOUDABI_CLOCK_MONOTONIC, .timeout = 60 * PT_SECOND}},
  };
  cloudabi_event_t ev[2];
  size_t n;
  cloudabi_sys_poll(subs, ev, 2, &n);
}

// Shared, anonymous memory: stays shared with children after proc_fork.
static inline void *pt_shared_memory(size_t len) {
  void *p = NULL;
  if (cloudabi_sys_mem_map(NULL, len, CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
                           CLOUDABI_MAP_ANON | CLOUDABI_MAP_SHARED, CLOUDABI_MAP_ANON_FD, 0,
                           &p) != 0)
    return NULL;
  return p;
}

#endif
