// C++ thread_local objects with destructors register them here (through
// the C++ runtime's __cxa_thread_atexit); they run when the thread exits,
// newest first, before pthread key destructors.
//
// A thread that ends the process with exit() (typically the initial thread
// returning from main) does not go through pthread_exit, so the first
// registration also installs an exit handler that runs the destructors of
// whichever thread calls exit.  Registered after the static objects
// constructed before the first thread_local, it runs before their
// destructors.
#include <stdlib.h>

#include "atexit.h"
#include "pthread_impl.h"

static void run_at_exit(void *arg) {
  (void)arg;
  __pthread_run_tls_dtors(pthread_current());
}

int __cxa_thread_atexit_impl(void (*fn)(void *), void *obj, void *dso) {
  (void)dso;  // static linking only: no shared object can go away
  static _Atomic(bool) exit_handler;
  if (!atomic_load_explicit(&exit_handler, memory_order_acquire) &&
      !atomic_exchange_explicit(&exit_handler, true, memory_order_acq_rel) &&
      __exit_handlers_add(&__atexit_handlers, run_at_exit, NULL, true) != 0) {
    atomic_store_explicit(&exit_handler, false, memory_order_release);
    return -1;
  }
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
