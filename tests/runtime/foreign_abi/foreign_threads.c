// Threads, locks and condition variables through the vDSO, from a
// freestanding program (no TLS, no libc): the lock protocol of
// cloudabi-abi.md §7 is implemented here in a few lines, so the runtime's
// kernel side (poll on locks, lock_unlock, condvar_signal, thread_exit) is
// what gets tested.  Prints "threads ok" on fd 0 and exits 0 on success.
#include <stddef.h>
#include <stdint.h>

#include <cloudabi_types.h>

#include "foreign_vdso.h"

#define WR CLOUDABI_LOCK_WRLOCKED
#define MANAGED CLOUDABI_LOCK_KERNEL_MANAGED
#define NTHREADS 4
#define ROUNDS 2000

static cloudabi_errno_t (*sys_fd_write)(cloudabi_fd_t, const cloudabi_ciovec_t *, size_t, size_t *);
static void (*sys_proc_exit)(cloudabi_exitcode_t);
static cloudabi_errno_t (*sys_poll)(const cloudabi_subscription_t *, cloudabi_event_t *, size_t,
                                    size_t *);
static cloudabi_errno_t (*sys_lock_unlock)(_Atomic(cloudabi_lock_t) *, cloudabi_scope_t);
static cloudabi_errno_t (*sys_condvar_signal)(_Atomic(cloudabi_condvar_t) *, cloudabi_scope_t,
                                              cloudabi_nthreads_t);
static cloudabi_errno_t (*sys_thread_create)(cloudabi_threadattr_t *, cloudabi_tid_t *);
static void (*sys_thread_exit)(_Atomic(cloudabi_lock_t) *, cloudabi_scope_t);
static cloudabi_errno_t (*sys_thread_yield)(void);
static cloudabi_errno_t (*sys_clock_time_get)(cloudabi_clockid_t, cloudabi_timestamp_t,
                                              cloudabi_timestamp_t *);

static void bind(const char *name, uintptr_t a, void *ctx) {
  (void)ctx;
  if (foreign_streq(name, "fd_write")) sys_fd_write = (void *)a;
  else if (foreign_streq(name, "proc_exit")) sys_proc_exit = (void *)a;
  else if (foreign_streq(name, "poll")) sys_poll = (void *)a;
  else if (foreign_streq(name, "lock_unlock")) sys_lock_unlock = (void *)a;
  else if (foreign_streq(name, "condvar_signal")) sys_condvar_signal = (void *)a;
  else if (foreign_streq(name, "thread_create")) sys_thread_create = (void *)a;
  else if (foreign_streq(name, "thread_exit")) sys_thread_exit = (void *)a;
  else if (foreign_streq(name, "thread_yield")) sys_thread_yield = (void *)a;
  else if (foreign_streq(name, "clock_time_get")) sys_clock_time_get = (void *)a;
}

static void say(const char *s) {
  size_t n = 0, w;
  while (s[n] != '\0')
    n++;
  cloudabi_ciovec_t iov = {.buf = s, .buf_len = n};
  sys_fd_write(0, &iov, 1, &w);
}

static _Noreturn void fail(const char *why, int code) {
  say("foreign_threads: FAIL: ");
  say(why);
  say("\n");
  sys_proc_exit((cloudabi_exitcode_t)code);
  for (;;)
    __builtin_trap();
}

static int cas(_Atomic(cloudabi_lock_t) *w, uint32_t expected, uint32_t desired) {
  return __atomic_compare_exchange_n((uint32_t *)w, &expected, desired, 0, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE);
}

static cloudabi_event_t wait_one(cloudabi_subscription_t *subs, size_t n) {
  cloudabi_event_t ev[2];
  size_t nev = 0;
  if (sys_poll(subs, ev, n, &nev) != 0 || nev != 1)
    fail("poll on a lock did not return one event", 10);
  return ev[0];
}

static void write_lock(_Atomic(cloudabi_lock_t) *l, cloudabi_tid_t tid) {
  if (cas(l, 0, tid | WR))
    return;
  cloudabi_subscription_t s = {.type = CLOUDABI_EVENTTYPE_LOCK_WRLOCK,
                               .lock = {.lock = l, .lock_scope = CLOUDABI_SCOPE_PRIVATE}};
  cloudabi_event_t ev = wait_one(&s, 1);
  if (ev.error != 0 || ev.type != CLOUDABI_EVENTTYPE_LOCK_WRLOCK)
    fail("write lock wait failed", 11);
  if ((__atomic_load_n((uint32_t *)l, __ATOMIC_ACQUIRE) & ~MANAGED) != (tid | WR))
    fail("lock not owned after the wait", 12);
}

static void write_unlock(_Atomic(cloudabi_lock_t) *l, cloudabi_tid_t tid) {
  if (cas(l, tid | WR, 0))
    return;
  if (sys_lock_unlock(l, CLOUDABI_SCOPE_PRIVATE) != 0)
    fail("lock_unlock refused the owner", 13);
}

static _Atomic(cloudabi_lock_t) counter_lock;
static unsigned long counter;
static _Atomic(cloudabi_lock_t) join[NTHREADS];
static _Atomic(cloudabi_lock_t) flag_lock;
static _Atomic(cloudabi_condvar_t) flag_cv;
static int flag;
static char stacks[NTHREADS][4096];

static void set_join(_Atomic(cloudabi_lock_t) *j, cloudabi_tid_t tid) {
  cas(j, CLOUDABI_LOCK_BOGUS, tid | WR);
}

static void worker(cloudabi_tid_t tid, void *arg) {
  size_t i = (size_t)(uintptr_t)arg;
  set_join(&join[i], tid);
  for (int r = 0; r < ROUNDS; r++) {
    write_lock(&counter_lock, tid);
    unsigned long c = counter;
    if ((r & 63) == 0)
      sys_thread_yield();  // invite contention while holding the lock
    counter = c + 1;
    write_unlock(&counter_lock, tid);
  }
  if (i == 0) {
    // Wake the main thread waiting on the condition variable.
    write_lock(&flag_lock, tid);
    flag = 1;
    if (__atomic_load_n((uint32_t *)&flag_cv, __ATOMIC_ACQUIRE) != 0)
      sys_condvar_signal(&flag_cv, CLOUDABI_SCOPE_PRIVATE, 1);
    write_unlock(&flag_lock, tid);
  }
  sys_thread_exit(&join[i], CLOUDABI_SCOPE_PRIVATE);
}

static cloudabi_timestamp_t now(void) {
  cloudabi_timestamp_t t = 0;
  sys_clock_time_get(CLOUDABI_CLOCK_MONOTONIC, 0, &t);
  return t;
}

_Noreturn void _start(const cloudabi_auxv_t *auxv) {
  if (foreign_self_relocate(auxv) != 0)
    for (;;)
      __builtin_trap();
  const void *vdso = NULL;
  cloudabi_tid_t me = 0;
  for (const cloudabi_auxv_t *a = auxv; a->a_type != CLOUDABI_AT_NULL; a++) {
    if (a->a_type == CLOUDABI_AT_SYSINFO_EHDR)
      vdso = a->a_ptr;
    else if (a->a_type == CLOUDABI_AT_TID)
      me = (cloudabi_tid_t)a->a_val;
  }
  if (vdso == NULL)
    for (;;)
      __builtin_trap();
  foreign_vdso_scan(vdso, bind, NULL);
  if (sys_fd_write == NULL || sys_proc_exit == NULL)
    for (;;)
      __builtin_trap();

  // Own lock: waiting for it again is a deadlock the runtime reports.
  write_lock(&flag_lock, me);
  cloudabi_subscription_t dl = {.userdata = 7, .type = CLOUDABI_EVENTTYPE_LOCK_WRLOCK,
                                .lock = {.lock = &flag_lock, .lock_scope = CLOUDABI_SCOPE_PRIVATE}};
  if (wait_one(&dl, 1).error != CLOUDABI_EDEADLK)
    fail("relocking an owned lock is not EDEADLK", 2);
  // Someone else's lock: EPERM on unlock.
  _Atomic(cloudabi_lock_t) foreign_lock = 12345 | WR;
  if (sys_lock_unlock(&foreign_lock, CLOUDABI_SCOPE_PRIVATE) != CLOUDABI_EPERM)
    fail("unlocking another thread's lock is not EPERM", 3);
  if (sys_lock_unlock(&foreign_lock, CLOUDABI_SCOPE_SHARED) != CLOUDABI_EPERM)
    fail("unlocking another thread's shared lock is not EPERM", 4);
  if (sys_lock_unlock(&foreign_lock, 7) != CLOUDABI_EINVAL)
    fail("an unknown scope is not EINVAL", 4);

  // A condvar wait that times out comes back with the lock held.
  cloudabi_subscription_t cw[2] = {
      {.userdata = 1, .type = CLOUDABI_EVENTTYPE_CONDVAR,
       .condvar = {.condvar = &flag_cv, .lock = &flag_lock,
                   .condvar_scope = CLOUDABI_SCOPE_PRIVATE, .lock_scope = CLOUDABI_SCOPE_PRIVATE}},
      {.userdata = 2, .type = CLOUDABI_EVENTTYPE_CLOCK,
       .clock = {.clock_id = CLOUDABI_CLOCK_MONOTONIC, .timeout = 20000000}},
  };
  cloudabi_timestamp_t t0 = now();
  cloudabi_event_t ev = wait_one(cw, 2);
  if (ev.error != 0 || ev.type != CLOUDABI_EVENTTYPE_CLOCK || ev.userdata != 2)
    fail("timed condvar wait did not time out", 5);
  if (now() - t0 < 20000000)
    fail("timed condvar wait returned early", 6);
  if ((__atomic_load_n((uint32_t *)&flag_lock, __ATOMIC_ACQUIRE) & ~MANAGED) != (me | WR))
    fail("lock not re-acquired after the condvar timeout", 7);
  if (__atomic_load_n((uint32_t *)&flag_cv, __ATOMIC_ACQUIRE) != 0)
    fail("condvar still marked as having waiters", 8);

  // Workers contend on counter_lock; worker 0 then signals the condvar.
  cloudabi_tid_t tids[NTHREADS];
  for (size_t i = 0; i < NTHREADS; i++) {
    join[i] = CLOUDABI_LOCK_BOGUS;
    cloudabi_threadattr_t attr = {.entry_point = worker, .stack = stacks[i],
                                  .stack_len = sizeof(stacks[i]), .argument = (void *)(uintptr_t)i};
    if (sys_thread_create(&attr, &tids[i]) != 0)
      fail("thread_create", 20);
    if (tids[i] < 2 || tids[i] >= (1u << 30) || tids[i] == me)
      fail("bad thread id", 21);
    set_join(&join[i], tids[i]);
  }
  while (!flag) {
    cw[1].clock.timeout = 10ull * 1000000000ull;  // generous
    ev = wait_one(cw, 2);
    if (ev.error != 0)
      fail("condvar wait failed", 22);
    if ((__atomic_load_n((uint32_t *)&flag_lock, __ATOMIC_ACQUIRE) & ~MANAGED) != (me | WR))
      fail("lock not held after the condvar wait", 23);
  }
  write_unlock(&flag_lock, me);

  // Join: a read lock on the join word is granted once the thread exited.
  for (size_t i = 0; i < NTHREADS; i++) {
    cloudabi_subscription_t j = {.type = CLOUDABI_EVENTTYPE_LOCK_RDLOCK,
                                 .lock = {.lock = &join[i], .lock_scope = CLOUDABI_SCOPE_PRIVATE}};
    uint32_t v = __atomic_load_n((uint32_t *)&join[i], __ATOMIC_ACQUIRE);
    if (v & WR) {
      ev = wait_one(&j, 1);
      if (ev.error != 0)
        fail("join wait failed", 24);
    }
  }
  if (counter != (unsigned long)NTHREADS * ROUNDS)
    fail("lost updates: the lock did not exclude", 25);
  say("threads ok\n");
  sys_proc_exit(0);
  for (;;)
    __builtin_trap();
}
