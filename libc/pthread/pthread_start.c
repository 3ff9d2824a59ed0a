#include <stdint.h>

#include "pthread_impl.h"

_Noreturn void __pthread_start(struct __pthread *self) {
  // Whichever of creator and thread comes first publishes the owner of the
  // join word (ABI §7.3).
  cloudabi_lock_t bogus = CLOUDABI_LOCK_BOGUS;
  atomic_compare_exchange_strong_explicit(
      &self->join, &bogus, lock_self() | CLOUDABI_LOCK_WRLOCKED,
      memory_order_relaxed, memory_order_relaxed);
  if (self->start_c11 != NULL)
    self->result = (void *)(intptr_t)self->start_c11(self->arg);
  else
    self->result = self->start(self->arg);
  __pthread_terminate(self);
}
