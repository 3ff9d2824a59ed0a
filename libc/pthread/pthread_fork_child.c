#include "pthread_impl.h"

void __pthread_fork_child(cloudabi_tid_t tid) {
  __lock_tid = tid;
  struct __pthread *self = pthread_current();
  atomic_store_explicit(&self->join, tid | CLOUDABI_LOCK_WRLOCKED,
                        memory_order_relaxed);
  atomic_store_explicit(&__pthread_running, 1, memory_order_relaxed);
  libc_lock_reset(&__pthread_keys_lock);
  __pthread_zombies_fork_child();
  __pthread_cache_fork_child();
}
