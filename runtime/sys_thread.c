// Thread system calls.
#define _GNU_SOURCE
#include <sched.h>
#include <setjmp.h>
#include <stdlib.h>

#include "guest_thread.h"
#include "syscalls.h"

cloudabi_errno_t sys_thread_yield(void) {
  sched_yield();
  return 0;
}

void sys_thread_exit(_Atomic(cloudabi_lock_t) *lock, cloudabi_scope_t scope) {
  (void)lock;
  (void)scope;
  struct guest_thread *self = guest_thread_current();
  if (self == NULL)
    abort();
  longjmp(self->exit_to, 1);
}
