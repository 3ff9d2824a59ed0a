#include "pthread_impl.h"

// The runtime unlocks the join word in thread_exit once the thread no
// longer runs on its stacks.  A read lock on it is granted then (ABI §7.3).
// (The word is never still BOGUS here: the creator sets it before handing
// out the thread's handle, and the thread before running user code.)
int __pthread_wait_and_free(struct __pthread *t, void **result) {
  if (atomic_load_explicit(&t->join, memory_order_acquire) &
      CLOUDABI_LOCK_WRLOCKED) {
    cloudabi_errno_t error =
        __lock_rdlock_wait(&t->join, CLOUDABI_SCOPE_PRIVATE, NULL);
    if (error != 0)
      return error;
  }
  // The creator may still be between thread_create and its last store.
  while (!atomic_load_explicit(&t->published, memory_order_acquire))
    __builtin_ia32_pause();
  if (result != NULL)
    *result = t->result;
  __pthread_unmap(t);
  return 0;
}
