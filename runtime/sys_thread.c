// Thread system calls.
//
// Each guest thread runs on a host thread of its own, on the host thread's
// stack rather than the one in the attributes: the guest may free that
// stack as soon as the join lock is released, while this thread is still
// leaving (cloudabi-abi.md §11.4).  thread_exit leaves the guest frames
// behind with longjmp and returns from the host thread's start routine.
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "errno_map.h"
#include "guest_mem.h"
#include "guest_thread.h"
#include "sync_wait.h"
#include "syscalls.h"

// Room for the runtime's own frames below the guest's.
#define HOST_STACK_MARGIN (256u * 1024)
#define MIN_STACK (512u * 1024)
#define MAX_STACK ((size_t)1 << 30)

struct thread_start {
  struct guest_thread thread;
  uintptr_t entry;
  uintptr_t argument;
};

static void *run_guest_thread(void *arg) {
  struct thread_start *s = arg;
  if (setjmp(s->thread.exit_to) == 0)
    guest_enter(s->entry, s->thread.tid, s->argument, &s->thread);
  guest_thread_set_current(NULL);
  free(s);
  return NULL;
}

cloudabi_errno_t sys_thread_create(cloudabi_threadattr_t *attr, cloudabi_tid_t *tid) {
  cloudabi_threadattr_t a;
  cloudabi_errno_t e = guest_copy_in(&a, attr, sizeof(a));
  if (e != 0)
    return e;
  if (a.entry_point == NULL)
    return CLOUDABI_EINVAL;
  cloudabi_tid_t t = guest_tid_alloc();
  if (t == 0)
    return CLOUDABI_EAGAIN;
  // The new thread may run (and look at its tid) before this call
  // returns, so the number is stored first.
  if ((e = guest_copy_out(tid, &t, sizeof(t))) != 0)
    return e;
  struct thread_start *s = calloc(1, sizeof(*s));
  if (s == NULL)
    return CLOUDABI_ENOMEM;
  s->thread.tid = t;
  s->entry = (uintptr_t)a.entry_point;
  s->argument = (uintptr_t)a.argument;

  size_t stack = a.stack_len < MAX_STACK ? a.stack_len + HOST_STACK_MARGIN : MAX_STACK;
  if (stack < MIN_STACK)
    stack = MIN_STACK;
  pthread_attr_t pa;
  pthread_attr_init(&pa);
  pthread_attr_setdetachstate(&pa, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&pa, stack);
  pthread_t pt;
  int r = pthread_create(&pt, &pa, run_guest_thread, s);
  pthread_attr_destroy(&pa);
  if (r != 0) {
    free(s);
    return errno_to_cloudabi(r);
  }
  return 0;
}

void sys_thread_exit(_Atomic(cloudabi_lock_t) *lock, cloudabi_scope_t scope) {
  if (sync_check_scope(scope) == 0)
    sync_release_on_exit((void *)lock);
  struct guest_thread *self = guest_thread_current();
  if (self == NULL)
    abort();  // not a guest thread: cannot happen through the vDSO
  longjmp(self->exit_to, 1);
}

cloudabi_errno_t sys_thread_yield(void) {
  sched_yield();
  return 0;
}
