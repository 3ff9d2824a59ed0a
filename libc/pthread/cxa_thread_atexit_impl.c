// C++ thread_local objects with destructors register them here (through
// the C++ runtime's __cxa_thread_atexit); they run when the thread exits,
// newest first, before pthread key destructors.
#include <stdlib.h>

#include "pthread_impl.h"

int __cxa_thread_atexit_impl(void (*fn)(void *), void *obj, void *dso) {
  (void)dso;  // static linking only: no shared object can go away
  struct pthread_tls_dtor *d = malloc(sizeof(*d));
  if (d == NULL)
    return -1;
  struct __pthread *self = pthread_current();
  d->fn = fn;
  d->obj = obj;
  d->next = self->tls_dtors;
  self->tls_dtors = d;
  return 0;
}
