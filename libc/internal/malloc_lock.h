// Internal: the allocator's mutual exclusion.
//
// A lock word with a test-and-test-and-set fast path.  Contended waiters spin
// with exponential backoff and then yield the CPU.  Every critical section in
// the allocator is short and never blocks, so spinning is reasonable; once the
// libc has futex-style CloudABI lock words this is the one place to swap.
#ifndef LIBC_INTERNAL_MALLOC_LOCK_H
#define LIBC_INTERNAL_MALLOC_LOCK_H

#include <stdatomic.h>

typedef struct {
  atomic_uint word;  // 0: free, 1: held
} malloc_lock_t;

#define MALLOC_LOCK_INITIALIZER \
  { 0 }

// Slow path: waits until the lock could be taken.
void __malloc_lock_contended(malloc_lock_t *);

static inline void malloc_lock(malloc_lock_t *l) {
  if (atomic_exchange_explicit(&l->word, 1, memory_order_acquire) != 0)
    __malloc_lock_contended(l);
}

static inline void malloc_unlock(malloc_lock_t *l) {
  atomic_store_explicit(&l->word, 0, memory_order_release);
}

#endif
