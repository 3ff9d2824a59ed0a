#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_setspecific(pthread_key_t key, const void *value) {
  if (key >= PTHREAD_KEYS_MAX)
    return EINVAL;
  uint64_t generation = atomic_load_explicit(&__pthread_keys[key].generation,
                                             memory_order_acquire);
  if (generation % 2 == 0)
    return EINVAL;
  struct __pthread *self = pthread_current();
  self->keys[key].value = (void *)value;
  self->keys[key].generation = generation;
  return 0;
}
