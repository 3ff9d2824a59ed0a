#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *)) {
  libc_lock_acquire(&__pthread_keys_lock);
  for (pthread_key_t k = 0; k < PTHREAD_KEYS_MAX; k++) {
    struct pthread_key_slot *slot = &__pthread_keys[k];
    uint64_t generation =
        atomic_load_explicit(&slot->generation, memory_order_relaxed);
    if (generation % 2 == 0) {
      atomic_store_explicit(&slot->destructor, destructor, memory_order_relaxed);
      // A new generation: values stored under an earlier key in this slot
      // read as NULL.
      atomic_store_explicit(&slot->generation, generation + 1,
                            memory_order_release);
      libc_lock_release(&__pthread_keys_lock);
      *key = k;
      return 0;
    }
  }
  libc_lock_release(&__pthread_keys_lock);
  return EAGAIN;
}
