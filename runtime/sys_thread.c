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
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "errno_map.h"
#include "guest_mem.h"
#include "guest_thread.h"
#include "sync_wait.h"
#include "syscalls.h"

// Room for the runtime's own frames below the guest's.
#define HOST_STACK_MARGIN (256u * 1024)
#define MIN_STACK (512u * 1024)
#define MAX_STACK ((size_t)1 << 30)

// The creator learns the new thread's tid (its host tid) through this,
// on the creator's stack; the new thread stops touching it once `ready`.
struct tid_handshake {
  uint32_t ready;  // futex word
  cloudabi_tid_t tid;
};

struct thread_start {
  struct guest_thread thread;
  uintptr_t entry;
  uintptr_t argument;
  struct tid_handshake *handshake;
};

static void *run_guest_thread(void *arg) {
  struct thread_start *s = arg;
  s->thread.tid = guest_tid_self();
  struct tid_handshake *h = s->handshake;
  h->tid = s->thread.tid;
  __atomic_store_n(&h->ready, 1, __ATOMIC_RELEASE);
  syscall(SYS_futex, &h->ready, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
  if (setjmp(s->thread.exit_to) == 0)
    guest_enter(s->entry, s->thread.tid, s->argument, &s->thread);
  guest_thread_set_current(NULL);
  free(s);
  guest_thread_gone();
  return NULL;
}

cloudabi_errno_t sys_thread_create(cloudabi_threadattr_t *attr, cloudabi_tid_t *tid) {
  cloudabi_threadattr_t a;
  cloudabi_errno_t e = guest_copy_in(&a, attr, sizeof(a));
  if (e != 0)
    return e;
  if (a.entry_point == NULL)
    return CLOUDABI_EINVAL;
  // A bad output pointer is reported before any thread exists.
  cloudabi_tid_t none = 0;
  if ((e = guest_copy_out(tid, &none, sizeof(none))) != 0)
    return e;
  struct tid_handshake h = {0, 0};
  struct thread_start *s = calloc(1, sizeof(*s));
  if (s == NULL)
    return CLOUDABI_ENOMEM;
  s->handshake = &h;
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
  guest_thread_starting();
  int r = pthread_create(&pt, &pa, run_guest_thread, s);
  pthread_attr_destroy(&pa);
  if (r != 0) {
    guest_thread_start_failed();
    free(s);
    return errno_to_cloudabi(r);
  }
  while (__atomic_load_n(&h.ready, __ATOMIC_ACQUIRE) == 0)
    syscall(SYS_futex, &h.ready, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
  return guest_copy_out(tid, &h.tid, sizeof(h.tid));
}

void sys_thread_exit(_Atomic(cloudabi_lock_t) *lock, cloudabi_scope_t scope) {
  if (sync_check_scope(scope) == 0)
    sync_release_on_exit((void *)lock, scope);
  struct guest_thread *self = guest_thread_current();
  if (self == NULL)
    abort();  // not a guest thread: cannot happen through the vDSO
  longjmp(self->exit_to, 1);
}

cloudabi_errno_t sys_thread_yield(void) {
  sched_yield();
  return 0;
}
