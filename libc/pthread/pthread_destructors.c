#include <stdlib.h>

#include "pthread_impl.h"

void __pthread_run_tls_dtors(struct __pthread *self) {
  while (self->tls_dtors != NULL) {
    struct pthread_tls_dtor *d = self->tls_dtors;
    self->tls_dtors = d->next;
    d->fn(d->obj);
    free(d);
  }
}

// thread_local objects first, then up to PTHREAD_DESTRUCTOR_ITERATIONS
// rounds over the keys for as long as destructors leave non-NULL values
// behind.  Values still set after the last round are dropped; thread_local
// destructors registered by key destructors always run.
void __pthread_run_destructors(struct __pthread *self) {
  for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
    __pthread_run_tls_dtors(self);
    bool called = false;
    for (size_t k = 0; k < PTHREAD_KEYS_MAX; k++) {
      void *value = self->keys[k].value;
      if (value == NULL)
        continue;
      struct pthread_key_slot *slot = &__pthread_keys[k];
      uint64_t generation =
          atomic_load_explicit(&slot->generation, memory_order_acquire);
      void (*destructor)(void *) =
          atomic_load_explicit(&slot->destructor, memory_order_relaxed);
      self->keys[k].value = NULL;
      if (self->keys[k].generation == generation && destructor != NULL) {
        destructor(value);
        called = true;
      }
    }
    if (!called)
      break;
  }
  __pthread_run_tls_dtors(self);
}
