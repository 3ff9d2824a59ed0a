#include <cloudabi_syscalls.h>
#include <stdlib.h>

#include "malloc_impl.h"
#include "pthread_impl.h"

_Noreturn void __pthread_terminate(struct __pthread *self) {
  __pthread_run_destructors(self);
  // Objects this thread cached go back to the allocator's shared pools.
  __malloc_thread_exit();

  // The last thread to finish ends the process, as if by exit(0).
  if (atomic_fetch_sub_explicit(&__pthread_running, 1, memory_order_acq_rel) == 1)
    exit(0);

  int state = PTHREAD_STATE_JOINABLE;
  if (!atomic_compare_exchange_strong_explicit(
          &self->state, &state, PTHREAD_STATE_EXITED, memory_order_acq_rel,
          memory_order_acquire) &&
      self->map != NULL) {
    // Detached: nobody will join, so whoever reaps zombies frees the
    // mapping once the runtime has unlocked the join word below.
    __pthread_zombie_add(self);
  }
  cloudabi_sys_thread_exit(&self->join, CLOUDABI_SCOPE_PRIVATE);
}
