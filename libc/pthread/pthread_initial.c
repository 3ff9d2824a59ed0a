// The initial thread's descriptor.  crt0 does not know about threads, so it
// is completed on first use, always by the initial thread itself: every
// other thread has __pthread_self_tls set before it runs any user code.
#include "pthread_impl.h"

_Thread_local struct __pthread *__pthread_self_tls;

static struct __pthread initial = {
    .join = CLOUDABI_LOCK_BOGUS,
    .state = PTHREAD_STATE_JOINABLE,
    .published = true,
};

struct __pthread *__pthread_initial_self(void) {
  // ABI §7.3: the initial thread's join word is its tid, write-locked, so
  // that another thread can join it after it called pthread_exit.
  atomic_store_explicit(&initial.join, lock_self() | CLOUDABI_LOCK_WRLOCKED,
                        memory_order_relaxed);
  __pthread_self_tls = &initial;
  return &initial;
}
