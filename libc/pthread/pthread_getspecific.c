#include <pthread.h>

#include "pthread_impl.h"

void *pthread_getspecific(pthread_key_t key) {
  if (key >= PTHREAD_KEYS_MAX)
    return NULL;
  struct __pthread *self = pthread_current();
  if (self->keys[key].generation !=
      atomic_load_explicit(&__pthread_keys[key].generation, memory_order_relaxed))
    return NULL;
  return self->keys[key].value;
}
