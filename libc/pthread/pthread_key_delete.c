#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_key_delete(pthread_key_t key) {
  if (key >= PTHREAD_KEYS_MAX)
    return EINVAL;
  struct pthread_key_slot *slot = &__pthread_keys[key];
  libc_lock_acquire(&__pthread_keys_lock);
  uint64_t generation =
      atomic_load_explicit(&slot->generation, memory_order_relaxed);
  if (generation % 2 == 0) {
    libc_lock_release(&__pthread_keys_lock);
    return EINVAL;
  }
  atomic_store_explicit(&slot->destructor, NULL, memory_order_relaxed);
  atomic_store_explicit(&slot->generation, generation + 1, memory_order_release);
  libc_lock_release(&__pthread_keys_lock);
  return 0;
}
